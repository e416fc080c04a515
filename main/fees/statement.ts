/**
 * The bank's statement as a simple CSV (documented in the README): `date,amount,description,reference`,
 * comma-separated, fields with commas in double quotes, an optional header line; date YYYY-MM-DD
 * or DD/MM/YYYY; amount whole đồng (dots or spaces as thousands separators allowed). Each credit is
 * matched to a dossier whose code appears in the description (punctuation ignored, as bank apps
 * drop it) and whose QR asked for the same amount.
 */
import type { Db } from '../db/database';
import { recordPayment } from './service';
import type { StatementLine, StatementResult } from './types';

/** Splits one CSV line (RFC 4180 quotes, no line breaks inside fields). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((f) => f.trim());
}

function parseDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(text);
  if (vn) return `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}`;
  return undefined;
}

/** Parses the statement; unreadable lines are returned as rejected, never thrown. */
export function parseStatement(content: string): {
  lines: StatementLine[];
  rejected: StatementResult['rejected'];
} {
  const lines: StatementLine[] = [];
  const rejected: StatementResult['rejected'] = [];
  content.split(/\r?\n/u).forEach((raw, index) => {
    const text = raw.replace(/^\uFEFF/u, '');
    if (!text.trim()) return;
    const f = csvFields(text);
    if (index === 0 && /^(date|ngay)/iu.test(f[0] ?? '')) return;
    const date = parseDate(f[0] ?? '');
    const digits = (f[1] ?? '').replace(/[.\s]/gu, '');
    const reason =
      f.length < 4
        ? 'cần 4 cột: ngày, số tiền, nội dung, mã giao dịch'
        : !date
          ? 'ngày không đúng dạng YYYY-MM-DD hoặc DD/MM/YYYY'
          : !/^\d{1,12}$/u.test(digits)
            ? 'số tiền không phải số nguyên đồng'
            : !f[3]
              ? 'thiếu mã giao dịch'
              : undefined;
    if (reason || !date) {
      rejected.push({ line: index + 1, text: text.slice(0, 200), reason: reason ?? '' });
      return;
    }
    lines.push({
      line: index + 1,
      date,
      amount: Number(digits),
      description: f[2],
      reference: f[3].toUpperCase(),
    });
  });
  return { lines, rejected };
}

const squash = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/gu, '');

interface Request {
  dossier: string;
  amount: number;
  purpose: string;
  procedure_name: string;
}

/** Matches every line, records the new matches as transfers, lists what is left for a person to check. */
export function importStatement(db: Db, content: string, actor: string): StatementResult {
  const { lines, rejected } = parseStatement(content);
  const requests = db
    .prepare<[], Request>(
      `SELECT r.dossier, r.amount, r.purpose, d.procedure_name FROM fee_requests r
       JOIN dossiers d ON d.code = r.dossier GROUP BY r.dossier, r.amount`,
    )
    .all();
  const known = db.prepare<[string], { dossier: string }>(
    'SELECT dossier FROM fee_payments WHERE reference = ?',
  );
  const result: StatementResult = { matched: [], unmatched: [], rejected };
  for (const line of lines) {
    const text = squash(line.description);
    const byCode = requests.filter((r) => text.includes(squash(r.dossier)));
    const hit = byCode.find((r) => r.amount === line.amount);
    if (!hit) {
      const reason = byCode.length
        ? `số tiền ${line.amount} khác số tiền đã yêu cầu của hồ sơ ${byCode[0].dossier}`
        : 'nội dung không có mã hồ sơ nào đã tạo mã QR';
      result.unmatched.push({ ...line, reason });
      continue;
    }
    const recorded = known.get(line.reference);
    if (!recorded)
      recordPayment(db, {
        code: hit.dossier,
        procedureName: hit.procedure_name,
        amount: line.amount,
        purpose: hit.purpose,
        reference: line.reference,
        paidAt: new Date(`${line.date}T12:00:00+07:00`),
        source: 'statement',
        recordedBy: actor,
      });
    result.matched.push({ ...line, code: hit.dossier, alreadyRecorded: Boolean(recorded) });
  }
  return result;
}
