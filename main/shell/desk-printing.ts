/**
 * A desk's own printer when the hub is remote (workstation mode). The hub, asked to print on a
 * device whose printer is `local`, answers `print: {status: "local", jobId, document}`; the hub's
 * page hands the document to this desk's main process, which renders and sends it with the same
 * print service the hub uses (main/printing) and reports the outcome back with
 * `printing.reportLocal {"jobId", "ok", "error"?}`, so the hub's journal stays true.
 */
import { z } from 'zod';
import type { SlipDocument } from '../slips/types';
import type { PrintOutcome } from '../printing/types';

/** Just enough of a slip document to refuse anything else before rendering. */
const documentSchema = z
  .object({
    kind: z.string(),
    title: z.string(),
    paper: z.enum(['thermal', 'A5', 'A4']),
    copies: z.array(z.string()).optional(),
    blocks: z.array(z.object({ kind: z.string() }).loose()).max(2000),
  })
  .loose();

export interface DeskPrintingDeps {
  /** The desk's print service (createPrintService over a small local journal). */
  print: (doc: SlipDocument, opts?: { subject?: string }) => Promise<PrintOutcome>;
  /** Tells the hub how the job ended. */
  report: (jobId: number, ok: boolean, error?: string) => Promise<void>;
}

export type LocalPrintAnswer =
  { ok: true; outcome: PrintOutcome; reported: boolean } | { ok: false; message: string };

/** Prints one hub job locally and reports it; a printer fault is an outcome, never a throw. */
export function createDeskPrinting(deps: DeskPrintingDeps) {
  return async (jobId: number, document: unknown): Promise<LocalPrintAnswer> => {
    const parsed = documentSchema.safeParse(document);
    if (!parsed.success) return { ok: false, message: 'Phiếu máy chủ gửi về không hợp lệ' };
    const outcome = await deps.print(parsed.data as unknown as SlipDocument, {
      subject: `hub:${jobId}`,
    });
    const printed = outcome.status === 'printed';
    const reported = await deps
      .report(jobId, printed, printed ? undefined : outcome.message)
      .then(() => true)
      .catch(() => false);
    return { ok: true, outcome, reported };
  };
}

/** `printing.reportLocal` on the hub, sent as this paired device. */
export function hubReporter(
  hubUrl: string,
  deviceToken: string,
  fetchImpl: typeof fetch = fetch,
): DeskPrintingDeps['report'] {
  return async (jobId, ok, error) => {
    const response = await fetchImpl(new URL('/api/printing.reportLocal', hubUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Motcua-Device': deviceToken },
      body: JSON.stringify(error ? { jobId, ok, error } : { jobId, ok }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`printing.reportLocal: ${response.status}`);
  };
}
