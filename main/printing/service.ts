/**
 * The print service: records every job, renders the document once into the bitmap that is both
 * printed and previewed, sends it, and turns every printer fault into a `failed` outcome with the
 * Vietnamese cause. A slip goes to the printer of the device that asked (see core/call-scope),
 * else the hub's `--printer`; each printer has its own queue (lanes.ts), and an answer never
 * waits more than `answerWithinMs` (2 s): a job still going is answered `printing`.
 * A future "local" branch (a desk printing on its own USB printer) plugs in at `printerFor`.
 */
import { notFound } from '../core/errors';
import { currentScope } from '../core/call-scope';
import { toVnIso } from '../calendar/vn-time';
import type { Db } from '../db/database';
import { testPage } from '../slips/kiosk';
import { slipTime } from '../slips/format';
import type { SlipDocument } from '../slips/types';
import { encodeEscPos } from './escpos';
import { PrinterFault } from './faults';
import { PrintJournal } from './journal';
import { createLanes, downMessage, type Lane } from './lanes';
import { sendTo } from './send';
import type {
  PaperWidth,
  PrinterInfo,
  PrintJobFilter,
  PrintJobState,
  PrintJobSummary,
  PrintOutcome,
} from './types';
import { describeTarget, parsePrinterUri } from './uri';
import { LOCAL_PRINTER, handOverLocal } from './local-jobs';
import { inlineRenderer, type RenderPool } from './render-pool';

export { resolveProfile } from './lanes';

export interface PrintServiceOptions {
  db: Db;
  printerUri: string;
  dataDir: string;
  /** Default paper when the URI does not say `?width=`: 576 dots (80 mm). */
  paperWidth?: PaperWidth;
  beep?: boolean;
  now?: () => Date;
  /** Per step (connect, send); default 5000 ms. */
  timeoutMs?: number;
  /** How long a status request may go unanswered before printing anyway; default 500 ms. */
  statusWaitMs?: number;
  /** The longest an operation waits for its printer, counted from the operation's start; default 2000 ms. */
  answerWithinMs?: number;
  /**
   * How long an answer waits for its slip once the slip is queued (within answerWithinMs); past
   * it the outcome is `printing` and the screen follows the job. Default: answerWithinMs.
   */
  printWaitMs?: number;
  /** Replaces `lp` for `printer:NAME` (tests). */
  queueCommand?: string;
  /** Where slips are drawn; the hub passes the worker pool, tests default to inline. */
  renderer?: RenderPool;
}

export interface PrintService {
  print(doc: SlipDocument, opts?: { subject?: string }): Promise<PrintOutcome>;
  reprint(jobId: number): Promise<PrintOutcome>;
  jobs(filter?: PrintJobFilter): PrintJobSummary[];
  /** One job's state, for a screen following a `printing` outcome to its end. */
  job(jobId: number): PrintJobState;
  /** A test page on the calling device's printer (else the hub's). */
  testPrint(): Promise<PrintOutcome>;
  printerInfo(): PrinterInfo;
  /** The bitmap of a journal job as a data URL: a recent job's own, else drawn again from its stored document. */
  preview(jobId: number): Promise<{ jobId: number; preview: string }>;
  /** Resolves once every job queued so far has finished (tests, shutdown). */
  idle(): Promise<void>;
}

interface Submit {
  doc: SlipDocument;
  subject: string | null;
  reprintOf: number | null;
  /** Test pages and reprints try a printer that is down; other jobs fail fast. */
  force: boolean;
}

/** Builds the service; an invalid hub printer URI throws badInput here, at configuration. */
export function createPrintService(opts: PrintServiceOptions): PrintService {
  const hubTarget = parsePrinterUri(opts.printerUri);
  const lanes = createLanes(opts.paperWidth);
  const journal = new PrintJournal(opts.db);
  const now = opts.now ?? (() => new Date());
  const renderer = opts.renderer ?? inlineRenderer();
  const previews = recentPreviews();
  const inFlight = new Set<Promise<unknown>>();
  const printerFor = () => currentScope()?.device?.printer ?? hubTarget.uri;
  const submit = (s: Submit): Promise<PrintOutcome> => {
    if (printerFor() === LOCAL_PRINTER) {
      // The desk prints it on its own printer and reports back (printing.reportLocal).
      const handed = handOverLocal(journal, s.doc, {
        subject: s.subject,
        now: now(),
        paperWidth: opts.paperWidth,
      });
      return Promise.resolve({ ...handed, bytes: 0, preview: '' });
    }
    return runJob(
      { opts, journal, now, renderer, previews, inFlight, lane: lanes.get(printerFor()) },
      s,
    );
  };
  return {
    print: (doc, o) => submit({ doc, subject: o?.subject ?? null, reprintOf: null, force: false }),
    reprint: (jobId) => {
      const { doc, job } = storedJob(journal, jobId);
      const first = journal.first(jobId) ?? job;
      return submit({
        doc: reprinted(doc, first.createdAt),
        subject: job.subject,
        reprintOf: jobId,
        force: true,
      });
    },
    jobs: (filter) => journal.list(filter),
    job: (jobId) => jobState(storedJob(journal, jobId).job),
    testPrint: () => {
      const lane = lanes.get(printerFor());
      const doc = testPage({
        printer: lane.target.uri,
        widthDots: lane.profile.widthDots,
        printedAt: toVnIso(now()),
      });
      return runJob(
        { opts, journal, now, renderer, previews, inFlight, lane },
        { doc, subject: null, reprintOf: null, force: true },
      );
    },
    printerInfo: () => {
      const lane = lanes.get(printerFor());
      return {
        uri: lane.target.uri,
        kind: lane.target.kind,
        label: describeTarget(lane.target),
        profile: lane.profile,
        beep: opts.beep ?? false,
      };
    },
    preview: async (jobId) => {
      const { doc, job } = storedJob(journal, jobId);
      const recent = previews.get(jobId);
      if (recent) return { jobId, preview: await recent };
      const { png } = await renderer.render(doc, lanes.get(job.printer).profile.widthDots);
      return { jobId, preview: dataUrl(png) };
    },
    idle: async () => {
      while (inFlight.size > 0) await Promise.all(inFlight);
      await lanes.idle();
    },
  };
}

/** The stored document with "IN LẠI" and the time of the first print at its top. */
function reprinted(doc: SlipDocument, firstAt: string): SlipDocument {
  const mark = {
    kind: 'text' as const,
    text: `IN LẠI – bản in đầu lúc ${slipTime(firstAt)}`,
    align: 'center' as const,
    bold: true,
  };
  const blocks =
    doc.blocks[0]?.kind === 'text' && doc.blocks[0].text.startsWith('IN LẠI')
      ? doc.blocks.slice(1)
      : doc.blocks;
  return { ...doc, blocks: [mark, ...blocks] };
}

function jobState(job: PrintJobSummary): PrintJobState {
  const status = job.status === 'queued' ? 'printing' : job.status;
  return {
    jobId: job.id,
    status,
    printer: job.printer,
    ...(status === 'failed' && job.error ? { message: job.error } : {}),
    ...(job.note ? { warning: job.note } : {}),
  };
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

const RECENT_PREVIEWS = 100;

/** The previews of the latest jobs (being drawn or drawn), so a screen asking for one draws nothing again. */
function recentPreviews() {
  const map = new Map<number, Promise<string>>();
  return {
    get: (jobId: number) => map.get(jobId),
    set(jobId: number, preview: Promise<string>) {
      map.set(jobId, preview);
      preview.catch(() => map.delete(jobId));
      if (map.size > RECENT_PREVIEWS) map.delete(map.keys().next().value!);
    },
  };
}

interface JobContext {
  opts: PrintServiceOptions;
  journal: PrintJournal;
  now: () => Date;
  renderer: RenderPool;
  previews: ReturnType<typeof recentPreviews>;
  /** Jobs not finished yet (drawing or on their lane), for idle(). */
  inFlight: Set<Promise<unknown>>;
  lane: Lane;
}

/**
 * Journal first, then draw and queue on the printer's lane. The answer does not wait for either
 * past its budget (waitBudget): drawing waits its turn in the render worker when many desks
 * accept at once, and a printer may be slow; then the outcome is `printing`, the preview follows
 * through `printing.preview` and the status through `printing.job`.
 */
async function runJob(ctx: JobContext, s: Submit): Promise<PrintOutcome> {
  const { journal, lane } = ctx;
  const scope = currentScope();
  const id = journal.open({
    at: toVnIso(ctx.now()),
    doc: s.doc,
    subject: s.subject,
    printer: lane.target.uri,
    paperWidth: lane.profile.widthDots,
    reprintOf: s.reprintOf,
    deviceId: scope?.device?.id ?? null,
    printedBy: scope?.actor ?? null,
  });
  const base = { jobId: id, printer: lane.target.uri, bytes: 0, preview: '' };
  const rendered = ctx.renderer.render(s.doc, lane.profile.widthDots);
  ctx.previews.set(
    id,
    rendered.then(({ png }) => (base.preview = dataUrl(png))),
  );
  const done = rendered
    .then(({ bitmap, png }) => {
      const bytes = encodeEscPos(bitmap, lane.profile, { beep: ctx.opts.beep });
      base.bytes = bytes.length;
      return lane.enqueue(() => sendJob(ctx, s, id, bytes, { png, bitmap }));
    })
    .catch((err: unknown): Result => {
      const message = `Lỗi khi tạo bản in: ${err instanceof Error ? err.message : String(err)}`;
      journal.close(id, toVnIso(ctx.now()), 'failed', message, base.bytes);
      return { status: 'failed', message };
    });
  ctx.inFlight.add(done);
  void done.finally(() => ctx.inFlight.delete(done));
  return answerWithin(
    done,
    waitBudget(ctx.opts, scope?.startedAt),
    () => ({ ...base, status: 'printing' as const }),
    base,
  );
}

/**
 * What is left of the answer's bound for the printer: the operation's own work counts in it, and
 * a tenth of the bound stays for what follows the print (the stored answer, the reply's way back),
 * so the caller sees the answer within the bound, not a few milliseconds past it.
 */
function waitBudget(opts: PrintServiceOptions, startedAt: number | undefined): number {
  const within = opts.answerWithinMs ?? 2000;
  const forPrinter = within * 0.9;
  const left = startedAt === undefined ? forPrinter : forPrinter - (performance.now() - startedAt);
  return Math.max(0, Math.min(left, opts.printWaitMs ?? within));
}

type Result = { status: 'printed'; warning?: string } | { status: 'failed'; message: string };

async function answerWithin(
  done: Promise<Result>,
  ms: number,
  pending: () => PrintOutcome,
  base: Omit<PrintOutcome, 'status'>,
): Promise<PrintOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<PrintOutcome>((resolve) => {
    timer = setTimeout(() => resolve(pending()), ms);
  });
  const finished = done.then((r): PrintOutcome => ({ ...base, ...r }));
  try {
    return await Promise.race([finished, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Sends one job on its lane; a printer that is down fails fast unless the job is forced. */
async function sendJob(
  ctx: JobContext,
  s: Submit,
  id: number,
  bytes: Buffer,
  image: Parameters<typeof sendTo>[1]['image'],
): Promise<Result> {
  const { journal, lane } = ctx;
  const at = () => toVnIso(ctx.now());
  if (lane.down && !s.force) {
    const message = downMessage(lane);
    journal.close(id, at(), 'failed', message, bytes.length);
    return { status: 'failed', message };
  }
  try {
    const { warning } = await sendTo(lane, { id, doc: s.doc, bytes, image, opts: ctx.opts });
    lane.down = null;
    journal.close(id, at(), 'printed', null, bytes.length, warning ?? null);
    if (s.reprintOf !== null) journal.markReprinted(s.reprintOf, id);
    return warning ? { status: 'printed', warning } : { status: 'printed' };
  } catch (err) {
    const message =
      err instanceof PrinterFault
        ? err.message
        : `Lỗi khi in: ${err instanceof Error ? err.message : String(err)}`;
    lane.down = message;
    journal.close(id, at(), 'failed', message, bytes.length);
    return { status: 'failed', message };
  }
}
