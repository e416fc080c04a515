/** ESC/POS over the network (port 9100): status first, then the job, each step under a timeout. */
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
}

/** Sends one job; resolves with an optional warning, rejects with a PrinterFault. */
export function sendTcp(job: TcpSend): Promise<{ warning?: string }> {
  const where = `${job.host}:${job.port}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: job.host, port: job.port });
    let phase: 'connect' | 'status' | 'send' = 'connect';
    let reply = Buffer.alloc(0);
    let warning: string | undefined;
    let settled = false;
    const finish = (fault: PrinterFault | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (fault) {
        socket.destroy();
        reject(fault);
      } else {
        resolve(warning ? { warning } : {});
      }
    };
    let timer = setTimeout(() => finish(stallFault(where, job.timeoutMs, phase)), job.timeoutMs);
    const restartTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(stallFault(where, job.timeoutMs, phase)), job.timeoutMs);
    };
    const send = () => {
      phase = 'send';
      restartTimer();
      socket.end(job.bytes, () => finish(null));
    };
    socket.on('connect', () => {
      if (!job.status) return send();
      phase = 'status';
      restartTimer();
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
      if (phase !== 'send')
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
