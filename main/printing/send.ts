/** Hands one encoded job to its printer by kind: network, device path, OS queue, or preview files. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SlipDocument } from '../slips/types';
import type { Bitmap1 } from './bitmap';
import { PrinterFault } from './faults';
import type { Lane } from './lanes';
import { sendTcp } from './transport-tcp';
import { sendDevice, sendQueue } from './transport-local';

export interface SendJob {
  id: number;
  doc: SlipDocument;
  bytes: Buffer;
  image: { png: Buffer; bitmap: Bitmap1 };
  opts: { dataDir: string; timeoutMs?: number; statusWaitMs?: number; queueCommand?: string };
}

/** Sends the job; resolves with an optional warning, rejects with a PrinterFault. */
export async function sendTo(lane: Lane, job: SendJob): Promise<{ warning?: string }> {
  const { target, profile } = lane;
  const timeoutMs = job.opts.timeoutMs ?? 5000;
  switch (target.kind) {
    case 'tcp':
      return sendTcp({
        host: target.host,
        port: target.port,
        bytes: job.bytes,
        timeoutMs,
        status: profile.status,
        statusWaitMs: job.opts.statusWaitMs,
      });
    case 'device':
      await sendDevice(target.path, job.bytes, timeoutMs);
      return {};
    case 'queue':
      await sendQueue(target.name, job.bytes, timeoutMs, job.opts.queueCommand);
      return {};
    case 'preview':
      await writePreview(job);
      return {};
  }
}

/** The `preview` printer: the PNG and the ESC/POS bytes of every job under <data>/prints/. */
async function writePreview(job: SendJob): Promise<void> {
  const dir = path.join(job.opts.dataDir, 'prints');
  const base = path.join(
    dir,
    `${String(job.id).padStart(6, '0')}-${job.doc.kind}-${job.image.bitmap.width}`,
  );
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(`${base}.png`, job.image.png);
    await writeFile(`${base}.bin`, job.bytes);
  } catch (err) {
    const cause = err instanceof Error ? err.message : String(err);
    throw new PrinterFault('denied', `Không lưu được bản xem trước vào thư mục ${dir}: ${cause}`);
  }
}
