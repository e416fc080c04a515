/** Local printers: a device file (USB, serial, parallel) and a raw job to an OS print queue. */
import { spawn } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { faultFromError, PrinterFault, stallFault } from './faults';

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Writes the job to a device path such as /dev/usb/lp0 or \\.\COM3. */
export async function sendDevice(device: string, bytes: Buffer, timeoutMs: number): Promise<void> {
  const write = async () => {
    const handle = await open(device, 'w');
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
  };
  try {
    await withTimeout(write(), timeoutMs, () => stallFault(device, timeoutMs, 'send'));
  } catch (err) {
    throw faultFromError(err, device, timeoutMs);
  }
}

/** The command that hands raw bytes to the OS queue: CUPS `lp -o raw`, or a shared printer on Windows. */
export function queueCommand(
  name: string,
  file: string,
  platform = process.platform,
): { cmd: string; args: string[] } {
  if (platform === 'win32')
    return { cmd: 'cmd.exe', args: ['/d', '/c', 'copy', '/b', file, `\\\\localhost\\${name}`] };
  return { cmd: 'lp', args: ['-d', name, '-o', 'raw', '--', file] };
}

/** Sends a raw job to the OS print queue `name`; `command` replaces `lp` in tests. */
export async function sendQueue(
  name: string,
  bytes: Buffer,
  timeoutMs: number,
  command?: string,
): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'motcua-print-'));
  const file = path.join(dir, 'job.bin');
  try {
    await writeFile(file, bytes);
    const { cmd, args } = queueCommand(name, file);
    await run(command ?? cmd, args, name, timeoutMs);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], name: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill();
      reject(
        new PrinterFault(
          'timeout',
          `Hàng đợi in "${name}" không nhận lệnh in sau ${timeoutMs / 1000} giây.`,
        ),
      );
    }, timeoutMs);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = err.code === 'ENOENT';
      reject(
        missing
          ? new PrinterFault(
              'queue',
              `Máy tính này không có dịch vụ in của hệ điều hành (không có lệnh ${cmd}). Hãy cài CUPS hoặc dùng máy in mạng tcp://.`,
            )
          : faultFromError(err, `"${name}"`, timeoutMs),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new PrinterFault(
            'queue',
            `Hàng đợi in "${name}" từ chối lệnh in: ${stderr.trim() || `mã lỗi ${code}`}.`,
          ),
        );
    });
  });
}
