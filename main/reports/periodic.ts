/**
 * The unit's periodic report on administrative procedures (DOMAIN.md "Periodic report"): dossiers
 * carried over, newly received (by channel), resolved early / on time / late, in progress within
 * time / overdue, withdrawn, stopped. Each dossier of the period falls into exactly one bucket, as
 * it stood at the end of the period, so carriedOver + received = resolved + inProgress + withdrawn
 * + stopped. Lateness is judged against the statutory date (original_due_at), never an override.
 * Dossiers refused at the counter were never received and are not counted.
 */
import type { Db } from '../db/database';
import { toVnIso, vnDate } from '../calendar/vn-time';
import { toPeriod } from './range';
import type { Caller } from '../core/types';
import { reportTitle, type ReportsDeps } from './logbook';
import { periodicXlsx } from './periodic-xlsx';
import { periodicPdf } from './report-pdf';
import type { PeriodicReport, PeriodicResult } from './types';

export type { PeriodicReport };

interface Row {
  received_at: string;
  original_due_at: string;
  result_at: string | null;
  closed_at: string | null;
  status: string;
  channel: number;
}

const before = (t: string | null, end: string): t is string => t !== null && t < end;

/**
 * The period's figures, computed from each dossier's times as they stood at the period's end, or
 * now for a period still running (a dossier due at 17:00 today is not overdue at 14:00).
 */
export function periodic(db: Db, input: { from: string; to: string }, now?: Date): PeriodicReport {
  const p = toPeriod(input.from, input.to);
  const asOf = now && now.toISOString() < p.end ? now.toISOString() : p.end;
  const rows = db
    .prepare<[string, string, string], Row>(
      `SELECT received_at, original_due_at, result_at, closed_at, status, channel FROM dossiers
       WHERE status <> 'refused' AND received_at < ?
         AND (received_at >= ? OR result_at IS NULL OR result_at >= ?)`,
    )
    .all(p.end, p.start, p.start);
  const r: PeriodicReport = {
    from: p.from,
    to: p.to,
    carriedOver: 0,
    received: 0,
    receivedByChannel: { inPerson: 0, post: 0, online: 0 },
    resolved: { early: 0, onTime: 0, late: 0 },
    inProgress: { withinTime: 0, overdue: 0 },
    withdrawn: 0,
    stopped: 0,
  };
  for (const d of rows) {
    const ended = d.status === 'withdrawn' || d.status === 'stopped';
    // Closed before the period began: not the period's business.
    if (d.received_at < p.start && ended && before(d.closed_at, p.start)) continue;
    if (d.received_at < p.start) r.carriedOver += 1;
    else {
      r.received += 1;
      const key = d.channel === 3 ? 'post' : d.channel === 2 ? 'online' : 'inPerson';
      r.receivedByChannel[key] += 1;
    }
    if (before(d.result_at, p.end)) {
      const at = new Date(d.result_at);
      const due = new Date(d.original_due_at);
      if (at > due) r.resolved.late += 1;
      else if (vnDate(at) < vnDate(due)) r.resolved.early += 1;
      else r.resolved.onTime += 1;
    } else if (ended && before(d.closed_at, p.end)) {
      if (d.status === 'withdrawn') r.withdrawn += 1;
      else r.stopped += 1;
    } else if (d.original_due_at < asOf) r.inProgress.overdue += 1;
    else r.inProgress.withinTime += 1;
  }
  return r;
}

/** reports.periodic: the figures, and with `format: "xlsx"` or `"pdf"` the report file beside them. */
export async function periodicReport(
  deps: ReportsDeps,
  input: { from: string; to: string; format?: 'json' | 'xlsx' | 'pdf' },
  caller: Caller | null,
  now: Date,
): Promise<PeriodicResult> {
  const r = periodic(deps.db, input, now);
  if (input.format !== 'xlsx' && input.format !== 'pdf') return r;
  const p = toPeriod(input.from, input.to);
  const title = reportTitle(deps, p, caller, now);
  const last = toVnIso(new Date(Date.parse(p.end) - 1)).slice(0, 10);
  const name = `bao-cao-dinh-ky_${p.from.slice(0, 10)}_${last}`;
  if (input.format === 'pdf') {
    const { pdf } = await periodicPdf(r, title);
    const base64 = pdf.toString('base64');
    return { ...r, format: 'pdf', filename: `${name}.pdf`, mimeType: 'application/pdf', base64 };
  }
  const buffer = await periodicXlsx(r, title);
  return {
    ...r,
    format: 'xlsx',
    filename: `${name}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}
