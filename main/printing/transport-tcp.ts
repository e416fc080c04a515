/**
 * ESC/POS over the network (port 9100): status first, then the job, each step under a timeout.
 * A printer that does not answer the status request within `statusWaitMs` is printed to anyway
 * (the outcome says the status was unknown); a job counts as printed only once the printer has
 * read it all and closed its side, so a printer that never reads is never reported "printed".
 */
import net from 'node:net';
import { ESC_POS } from './escpos';
import { faultFromError, stallFault, type PrinterFault } from './faults';
import { readStatus } from './status';

export interface TcpSend {
  host: string;
  port: number;
  bytes: Buffer;
  timeoutMs: number;
  /** Ask DLE EOT status before sending (printers that never answer need false). */
  status: boolean;
  /** How long to wait for the status reply before printing anyway; default 500 ms. */
  statusWaitMs?: number;
}

/** The warning of a job printed without knowing the printer's status. */
export const STATUS_UNKNOWN = (where: string) =>
  `Máy in ${where} không trả lời yêu cầu trạng thái: đã in mà không kiểm tra được giấy và nắp máy (trạng thái không rõ).`;

/** Sends one job; resolves with an optional warning, rejects with a PrinterFault. */
export function sendTcp(job: TcpSend): Promise<{ warning?: string }> {
  const where = `${job.host}:${job.port}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: job.host, port: job.port });
    let phase: 'connect' | 'status' | 'send' = 'connect';
    let reply = Buffer.alloc(0);
    let warning: string | undefined;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (fault: PrinterFault | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (fault) reject(fault);
      else resolve(warning ? { warning } : {});
    };
    const arm = (ms: number, onTimeout: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(onTimeout, ms);
    };
    const stall = () => finish(stallFault(where, job.timeoutMs, phase));
    arm(job.timeoutMs, stall);
    const send = () => {
      phase = 'send';
      arm(job.timeoutMs, stall);
      socket.end(job.bytes);
    };
    socket.on('connect', () => {
      if (!job.status) return send();
      phase = 'status';
      arm(job.statusWaitMs ?? 500, () => {
        warning = STATUS_UNKNOWN(where);
        send();
      });
      socket.write(ESC_POS.statusRequest);
    });
    socket.on('data', (chunk: Buffer) => {
      if (phase !== 'status') return;
      reply = Buffer.concat([reply, chunk]);
      if (reply.length < 2) return;
      const status = readStatus(reply, where);
      if (status.fault) return finish(status.fault);
      warning = status.warning;
      send();
    });
    socket.on('error', (err) => finish(faultFromError(err, where, job.timeoutMs)));
    socket.on('close', () => {
      // The printer closed its side after reading everything: the job is in the printer.
      if (phase === 'send' && socket.writableFinished) return finish(null);
      finish(
        faultFromError(
          Object.assign(new Error('closed'), { code: 'ECONNRESET' }),
          where,
          job.timeoutMs,
        ),
      );
    });
  });
}
