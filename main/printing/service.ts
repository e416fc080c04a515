/**
 * The print service: records every job, renders the document once into the bitmap that is both
 * printed and previewed, sends it, and turns every printer fault into a `failed` outcome with the
 * Vietnamese cause. Jobs run one at a time so two slips never interleave on one printer.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { notFound } from '../core/errors';
import { toVnIso } from '../calendar/vn-time';
import type { Db } from '../db/database';
import { testPage } from '../slips/kiosk';
import type { SlipDocument } from '../slips/types';
import { bitmapToPng, type Bitmap1 } from './bitmap';
import { encodeEscPos } from './escpos';
import { PrinterFault } from './faults';
import { PrintJournal } from './journal';
import { renderBitmap } from './render-bitmap';
import { sendTcp } from './transport-tcp';
import { sendDevice, sendQueue } from './transport-local';
import type {
  PaperWidth,
  PrinterInfo,
  PrinterProfile,
  PrinterTarget,
  PrintJobFilter,
  PrintJobSummary,
  PrintOutcome,
} from './types';
import { describeTarget, parsePrinterUri } from './uri';

export interface PrintServiceOptions {
  db: Db;
  printerUri: string;
  dataDir: string;
  /** Default paper when the URI does not say `?width=`: 576 dots (80 mm). */
  paperWidth?: PaperWidth;
  beep?: boolean;
  now?: () => Date;
  /** Per step (connect, status, send); default 5000 ms. */
  timeoutMs?: number;
  /** Replaces `lp` for `printer:NAME` (tests). */
  queueCommand?: string;
}

export interface PrintService {
  print(doc: SlipDocument, opts?: { subject?: string }): Promise<PrintOutcome>;
  reprint(jobId: number): Promise<PrintOutcome>;
  jobs(filter?: PrintJobFilter): PrintJobSummary[];
  testPrint(): Promise<PrintOutcome>;
  printerInfo(): PrinterInfo;
  /** The bitmap of a journal job as a data URL, rendered again from its stored document. */
  preview(jobId: number): { jobId: number; preview: string };
}

/** The profile: defaults for the target's kind, overridden by the URI's own parameters. */
export function resolveProfile(
  target: PrinterTarget,
  paperWidth: PaperWidth = 576,
): PrinterProfile {
  return {
    widthDots: paperWidth,
    cut: true,
    maxBand: 255,
    status: target.kind === 'tcp',
    ...target.profile,
  };
}

/** Builds the service for one configured printer; an invalid URI throws badInput here, at configuration. */
export function createPrintService(opts: PrintServiceOptions): PrintService {
  const target = parsePrinterUri(opts.printerUri);
  const profile = resolveProfile(target, opts.paperWidth);
  const journal = new PrintJournal(opts.db);
  const now = opts.now ?? (() => new Date());
  const timeoutMs = opts.timeoutMs ?? 5000;
  const ctx: JobContext = { target, profile, journal, now, timeoutMs, opts };
  let chain: Promise<unknown> = Promise.resolve();
  const queued = (doc: SlipDocument, subject: string | null, reprintOf: number | null) => {
    const next = chain.then(() => runJob(ctx, doc, subject, reprintOf));
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    print: (doc, o) => queued(doc, o?.subject ?? null, null),
    reprint: (jobId) => {
      const { doc, job } = storedJob(journal, jobId);
      return queued(doc, job.subject, jobId);
    },
    jobs: (filter) => journal.list(filter),
    testPrint: () =>
      queued(
        testPage({ printer: target.uri, widthDots: profile.widthDots, printedAt: toVnIso(now()) }),
        null,
        null,
      ),
    printerInfo: () => ({
      uri: target.uri,
      kind: target.kind,
      label: describeTarget(target),
      profile,
      beep: opts.beep ?? false,
    }),
    preview: (jobId) => ({
      jobId,
      preview: dataUrl(bitmapToPng(renderBitmap(storedJob(journal, jobId).doc, profile.widthDots))),
    }),
  };
}

interface JobContext {
  target: PrinterTarget;
  profile: PrinterProfile;
  journal: PrintJournal;
  now: () => Date;
  timeoutMs: number;
  opts: PrintServiceOptions;
}

function storedJob(
  journal: PrintJournal,
  jobId: number,
): { doc: SlipDocument; job: PrintJobSummary } {
  const job = journal.get(jobId);
  const doc = job ? journal.document(jobId) : null;
  if (!job || !doc) throw notFound(`Không tìm thấy lệnh in số ${jobId} trong sổ in.`);
  return { doc, job };
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** One attempt: journal first, then render, encode, send; never throws for a printer fault. */
async function runJob(
  ctx: JobContext,
  doc: SlipDocument,
  subject: string | null,
  reprintOf: number | null,
): Promise<PrintOutcome> {
  const { journal, profile, target } = ctx;
  const id = journal.open({
    at: toVnIso(ctx.now()),
    doc,
    subject,
    printer: target.uri,
    paperWidth: profile.widthDots,
    reprintOf,
  });
  let bytes = 0;
  let preview = '';
  try {
    const bitmap = renderBitmap(doc, profile.widthDots);
    const png = bitmapToPng(bitmap);
    preview = dataUrl(png);
    const job = encodeEscPos(bitmap, profile, { beep: ctx.opts.beep });
    bytes = job.length;
    const { warning } = await send(ctx, id, doc, job, png, bitmap);
    journal.close(id, toVnIso(ctx.now()), 'printed', null, bytes);
    return {
      jobId: id,
      status: 'printed',
      printer: target.uri,
      bytes,
      preview,
      ...(warning ? { warning } : {}),
    };
  } catch (err) {
    const message =
      err instanceof PrinterFault
        ? err.message
        : `Lỗi khi tạo bản in: ${err instanceof Error ? err.message : String(err)}`;
    journal.close(id, toVnIso(ctx.now()), 'failed', message, bytes);
    return { jobId: id, status: 'failed', printer: target.uri, message, bytes, preview };
  }
}

async function send(
  ctx: JobContext,
  id: number,
  doc: SlipDocument,
  job: Buffer,
  png: Buffer,
  bitmap: Bitmap1,
): Promise<{ warning?: string }> {
  const { target, timeoutMs } = ctx;
  switch (target.kind) {
    case 'tcp':
      return sendTcp({
        host: target.host,
        port: target.port,
        bytes: job,
        timeoutMs,
        status: ctx.profile.status,
      });
    case 'device':
      await sendDevice(target.path, job, timeoutMs);
      return {};
    case 'queue':
      await sendQueue(target.name, job, timeoutMs, ctx.opts.queueCommand);
      return {};
    case 'preview':
      await writePreview(ctx.opts.dataDir, id, doc, job, png, bitmap);
      return {};
  }
}

/** The `preview` printer: the PNG and the ESC/POS bytes of every job under <data>/prints/. */
async function writePreview(
  dataDir: string,
  id: number,
  doc: SlipDocument,
  job: Buffer,
  png: Buffer,
  bitmap: Bitmap1,
): Promise<void> {
  const dir = path.join(dataDir, 'prints');
  const base = path.join(dir, `${String(id).padStart(6, '0')}-${doc.kind}-${bitmap.width}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(`${base}.png`, png);
    await writeFile(`${base}.bin`, job);
  } catch (err) {
    const cause = err instanceof Error ? err.message : String(err);
    throw new PrinterFault('denied', `Không lưu được bản xem trước vào thư mục ${dir}: ${cause}`);
  }
}
