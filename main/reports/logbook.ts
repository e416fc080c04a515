/**
 * The log book's rows: dossiers received in a period, filtered by procedure and state, oldest first.
 * STT is the dossier's entry in the Sổ theo dõi hồ sơ (one sequence per year), whatever the filter.
 */
import { badInput } from '../core/errors';
import { appendAudit } from '../audit/log';
import { toVnIso } from '../calendar/vn-time';
import type { Db } from '../db/database';
import type { Caller } from '../core/types';
import type { UnitSettings } from '../settings/types';
import { DOSSIER_STATES, type DossierState } from '../dossiers/lifecycle';
import { statement } from '../db/statements';
import { toPeriod, type Period } from './range';
import { logbookXlsx } from './logbook-xlsx';
import { logbookHtml } from './logbook-html';
import { logbookPdf } from './report-pdf';
import type { LogbookTitle } from './columns';
import type { LogbookFormat, LogbookResult, LogbookRow } from './types';

export interface ReportsDeps {
  db: Db;
  settings(): UnitSettings;
}

export interface LogbookQuery {
  from: string;
  to: string;
  format: LogbookFormat;
  procedureCode?: string;
  status?: DossierState;
}

interface Row {
  code: string;
  ledger_no: number | null;
  procedure_code: string;
  procedure_name: string;
  sets: number;
  applicant_name: string;
  applicant_address: string;
  applicant_phone: string;
  handling_unit: string | null;
  received_at: string;
  due_at: string;
  original_due_at: string;
  sent_at: string | null;
  result_at: string | null;
  returned_at: string | null;
  status: DossierState;
  note: string;
}

/** More rows than this is not a log book page but an archive dump: narrow the period. */
export const MAX_LOGBOOK_ROWS = 50_000;

const vn = (s: string | null) => (s ? toVnIso(new Date(s)) : undefined);

function where(q: LogbookQuery, p: Period): { sql: string; params: string[] } {
  const parts = ['received_at >= ?', 'received_at < ?'];
  const params = [p.start, p.end];
  if (q.procedureCode) {
    parts.push('procedure_code = ?');
    params.push(q.procedureCode);
  }
  if (q.status) {
    parts.push('status = ?');
    params.push(q.status);
  }
  return { sql: parts.join(' AND '), params };
}

function toRow(r: Row, unitName: string): LogbookRow {
  return {
    no: r.ledger_no ?? 0,
    code: r.code,
    procedureCode: r.procedure_code,
    procedureName: r.procedure_name,
    sets: r.sets,
    applicantName: r.applicant_name,
    address: r.applicant_address,
    phone: r.applicant_phone,
    handlingUnit: r.handling_unit ?? unitName,
    receivedAt: vn(r.received_at)!,
    dueAt: vn(r.due_at)!,
    ...(r.original_due_at !== r.due_at ? { originalDueAt: vn(r.original_due_at) } : {}),
    sentAt: vn(r.sent_at),
    resultAt: vn(r.result_at),
    returnedAt: vn(r.returned_at),
    status: r.status,
    statusLabel: DOSSIER_STATES[r.status].label,
    note: r.note,
  };
}

/** The rows of the log book for a period; refuses more than MAX_LOGBOOK_ROWS. */
export function logbookRows(deps: ReportsDeps, q: LogbookQuery, p: Period): LogbookRow[] {
  const w = where(q, p);
  const total =
    statement<string[], { n: number }>(
      deps.db,
      `SELECT count(*) AS n FROM dossiers WHERE ${w.sql}`,
    ).get(...w.params)?.n ?? 0;
  if (total > MAX_LOGBOOK_ROWS)
    throw badInput(
      `Khoảng thời gian: có ${total.toLocaleString('vi-VN')} hồ sơ, quá ${MAX_LOGBOOK_ROWS.toLocaleString('vi-VN')} dòng; hãy chọn khoảng ngắn hơn.`,
      'to',
    );
  const unitName = deps.settings().unitName;
  return statement<string[], Row>(
    deps.db,
    `SELECT code, ledger_no, procedure_code, procedure_name, sets, applicant_name, applicant_address, applicant_phone, handling_unit,
         received_at, due_at, original_due_at, sent_at, result_at, returned_at, status, note
       FROM dossiers WHERE ${w.sql} ORDER BY received_at, code`,
  )
    .all(...w.params)
    .map((r) => toRow(r, unitName));
}

/** The printed heading and signers of a register: the unit settings, the caller, the time. */
export function reportTitle(
  deps: ReportsDeps,
  p: Period,
  caller: Caller | null,
  now: Date,
): LogbookTitle {
  const s = deps.settings();
  return {
    unitName: s.unitName,
    from: p.start,
    to: p.end,
    parentAgency: s.parentAgency,
    place: s.place,
    headName: s.headName,
    officerName: caller?.fullName,
    issuedAt: now.toISOString(),
  };
}

/** The log book in the asked format; reading many citizens' data at once is audited. */
export async function logbook(
  deps: ReportsDeps,
  q: LogbookQuery,
  caller: Caller,
  now: Date,
): Promise<LogbookResult> {
  const p = toPeriod(q.from, q.to);
  const rows = logbookRows(deps, q, p);
  appendAudit(deps.db, {
    at: now,
    actor: caller.username,
    action: 'reports.logbook',
    detail: {
      from: p.from,
      to: p.to,
      format: q.format,
      procedureCode: q.procedureCode,
      status: q.status,
      rows: rows.length,
    },
  });
  const base = { from: p.from, to: p.to, total: rows.length };
  const name = `so-theo-doi-ho-so_${p.from.slice(0, 10)}_${toVnIso(new Date(Date.parse(p.end) - 1)).slice(0, 10)}`;
  const title = reportTitle(deps, p, caller, now);
  if (q.format === 'json') return { ...base, format: 'json', rows };
  if (q.format === 'pdf') {
    const { pdf, pages } = await logbookPdf(rows, title);
    return {
      ...base,
      format: 'pdf',
      filename: `${name}.pdf`,
      mimeType: 'application/pdf',
      base64: pdf.toString('base64'),
      pages,
    };
  }
  if (q.format === 'html')
    return {
      ...base,
      format: 'html',
      filename: `${name}.html`,
      mimeType: 'text/html; charset=utf-8',
      content: logbookHtml(rows, title),
    };
  const buffer = await logbookXlsx(rows, title);
  return {
    ...base,
    format: 'xlsx',
    filename: `${name}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}
