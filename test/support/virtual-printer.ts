/**
 * A virtual ESC/POS network printer on 127.0.0.1 for development and tests: records every job's
 * bytes, answers DLE EOT status requests, and can refuse connections, stall, or report paper out
 * or an open cover. Standalone: `tsx test/support/virtual-printer.ts --port N --out DIR [--mode M]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeEscPosRaster, rasterToPng } from './raster-decoder';

/**
 * `stall`: never reads anything (no status answer, the job never read); `never_read`: answers
 * the status request, then never reads the job; `refuse`: down (connections refused).
 */
export type VirtualPrinterMode =
  'ok' | 'refuse' | 'stall' | 'never_read' | 'paper_out' | 'cover_open' | 'near_end';

export interface VirtualPrinter {
  port: number;
  uri: string;
  /** Bytes of every job printed (status requests stripped), in order. */
  jobs: Buffer[];
  /** DLE EOT requests answered so far. */
  statusRequests: number;
  waitForJobs(n: number, timeoutMs?: number): Promise<Buffer[]>;
  /** Switches behaviour; resolves once the listener is closed (refuse) or open again. */
  setMode(mode: VirtualPrinterMode): Promise<void>;
  close(): Promise<void>;
}

/** Status byte for DLE EOT n in a mode (Epson: bits 1 and 4 always set). */
function statusByte(n: number, mode: VirtualPrinterMode): number {
  const base = 0x12;
  if (n === 1) return base | (mode === 'paper_out' || mode === 'cover_open' ? 0x08 : 0);
  if (n === 2) return base | (mode === 'cover_open' ? 0x04 : 0) | (mode === 'paper_out' ? 0x20 : 0);
  if (n === 4) return base | (mode === 'paper_out' ? 0x60 : 0) | (mode === 'near_end' ? 0x0c : 0);
  return base;
}

/** Starts the printer on `port` (0: a free one); `onJob` sees each recorded job. */
export async function startVirtualPrinter(
  opts: {
    mode?: VirtualPrinterMode;
    port?: number;
    silentStatus?: boolean;
    onJob?: (job: Buffer, index: number) => void;
  } = {},
): Promise<VirtualPrinter> {
  let mode: VirtualPrinterMode = opts.mode ?? 'ok';
  const jobs: Buffer[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<net.Socket>();
  const state = { statusRequests: 0 };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (mode === 'stall') return void socket.pause();
    handleConnection(
      socket,
      () => mode,
      opts.silentStatus ?? false,
      state,
      (job) => {
        jobs.push(job);
        opts.onJob?.(job, jobs.length);
        for (const w of waiters) w();
      },
    );
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const port = await listen(opts.port ?? 0);
  if (mode === 'refuse') await stop();
  return {
    port,
    uri: `tcp://127.0.0.1:${port}`,
    jobs,
    get statusRequests() {
      return state.statusRequests;
    },
    waitForJobs: (n, timeoutMs = 5000) => waitFor(jobs, waiters, n, timeoutMs),
    async setMode(next) {
      mode = next;
      if (next === 'refuse') await stop();
      else if (!server.listening) await listen(port);
    },
    async close() {
      for (const s of sockets) s.destroy();
      await stop();
    },
  };
}

function waitFor(
  jobs: Buffer[],
  waiters: Set<() => void>,
  n: number,
  timeoutMs: number,
): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (jobs.length < n) return;
      cleanup();
      resolve(jobs.slice());
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`virtual printer: ${jobs.length} of ${n} jobs after ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      waiters.delete(check);
    };
    waiters.add(check);
    check();
  });
}

/** Answers leading DLE EOT requests, then takes everything else as the job until the client ends. */
function handleConnection(
  socket: net.Socket,
  mode: () => VirtualPrinterMode,
  silentStatus: boolean,
  state: { statusRequests: number },
  record: (job: Buffer) => void,
): void {
  let pending = Buffer.alloc(0);
  const job: Buffer[] = [];
  let inJob = false;
  socket.on('data', (chunk: Buffer) => {
    if (inJob) return void job.push(chunk);
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 3 && pending[0] === 0x10 && pending[1] === 0x04) {
      state.statusRequests += 1;
      if (!silentStatus) socket.write(Buffer.from([statusByte(pending[2], mode())]));
      pending = pending.subarray(3);
    }
    if (mode() === 'never_read' && pending.length === 0) return void socket.pause();
    if (pending.length > 0 && !(pending[0] === 0x10 && pending.length < 3)) {
      inJob = true;
      job.push(pending);
    }
  });
  socket.on('end', () => {
    const bytes = Buffer.concat(job);
    if (bytes.length > 0 && (mode() === 'ok' || mode() === 'near_end')) record(bytes);
    socket.end();
  });
}

/** Standalone: listen, save each job's bytes and decoded PNG into --out, take `mode M` lines on stdin. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      out: { type: 'string' },
      mode: { type: 'string', default: 'ok' },
    },
  });
  const out = values.out;
  if (out) mkdirSync(out, { recursive: true });
  const printer = await startVirtualPrinter({
    port: Number(values.port),
    mode: values.mode as VirtualPrinterMode,
    onJob: (job, index) => {
      if (!out) return;
      const base = path.join(out, `job-${String(index).padStart(4, '0')}`);
      writeFileSync(`${base}.bin`, job);
      try {
        writeFileSync(`${base}.png`, rasterToPng(decodeEscPosRaster(job)));
      } catch (err) {
        console.error(`job ${index}: not decodable: ${(err as Error).message}`);
      }
      console.log(`job ${index}: ${job.length} bytes`);
    },
  });
  console.log(`virtual printer on ${printer.uri}`);
  createInterface({ input: process.stdin }).on('line', (line) => {
    const m = /^mode\s+(ok|refuse|stall|never_read|paper_out|cover_open|near_end)$/u.exec(
      line.trim(),
    );
    if (m) void printer.setMode(m[1] as VirtualPrinterMode).then(() => console.log(`mode ${m[1]}`));
  });
  const shutdown = () => void printer.close().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
