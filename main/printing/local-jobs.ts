/**
 * The hub's side of printing on a device's own printer. A device printer URI `local` means "the
 * device prints": the job is journalled as queued and the document handed back; the device's
 * `printing.reportLocal` closes it. Called by the print service for a device whose printer is
 * `local` (the per-device printer choice lives in main/printing/service.ts).
 */
import type { Handlers } from '../core/handlers';
import { conflict, notFound } from '../core/errors';
import { toVnIso } from '../calendar/vn-time';
import type { Db } from '../db/database';
import type { SlipDocument } from '../slips/types';
import type { PaperWidth } from './types';
import { PrintJournal } from './journal';
import type { localPrintContract } from './local/contract';

/** The printer URI value that makes the device print its slips itself. */
export const LOCAL_PRINTER = 'local';

/** What an operation answers in `print` when the device prints. */
export interface LocalHandOver {
  jobId: number;
  status: 'local';
  printer: typeof LOCAL_PRINTER;
  document: SlipDocument;
}

/** Journals the job as queued on the `local` printer and answers the document to print. */
export function handOverLocal(
  journal: PrintJournal,
  doc: SlipDocument,
  opts: { subject: string | null; now: Date; paperWidth?: PaperWidth },
): LocalHandOver {
  const jobId = journal.open({
    at: toVnIso(opts.now),
    doc,
    subject: opts.subject,
    printer: LOCAL_PRINTER,
    paperWidth: opts.paperWidth ?? 576,
    reprintOf: null,
  });
  return { jobId, status: 'local', printer: LOCAL_PRINTER, document: doc };
}

/** `printing.reportLocal`: closes a handed-over job once; anything else is refused. */
export function localPrintHandlers(deps: { db: Db }): Handlers<typeof localPrintContract> {
  const journal = new PrintJournal(deps.db);
  return {
    'printing.reportLocal': (input, ctx) => {
      const job = journal.get(input.jobId);
      if (!job || job.printer !== LOCAL_PRINTER)
        throw notFound(`Không có lệnh in tại chỗ số ${input.jobId}.`);
      if (job.status !== 'queued') throw conflict(`Lệnh in số ${input.jobId} đã được báo kết quả.`);
      const status = input.ok ? 'printed' : 'failed';
      const error = input.ok ? null : (input.error ?? 'Máy in tại chỗ báo lỗi');
      journal.close(input.jobId, toVnIso(ctx.now), status, error, 0);
      return { jobId: input.jobId, status };
    },
  };
}
