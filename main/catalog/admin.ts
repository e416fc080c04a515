/** The admin's catalog upkeep behind the operations: imports from a request, edits, hiding, with audit. */
import type { Caller } from '../core/types';
import { badInput, notFound } from '../core/errors';
import { actorOf, appendAudit } from '../audit/log';
import type { Db } from '../db/database';
import { importJsonText } from './import-json';
import { decodeMaybeGzip, importNationalText } from './import-national';
import { findProcedure, saveProcedure, setHidden, type SaveOutcome } from './repo';
import type { ImportReport, Procedure } from './types';

/** Imports what the admin uploaded; base64 content may be gzip (a *.jsonl.gz file as is). */
export function importUpload(
  db: Db,
  input: {
    format: 'json' | 'national';
    content: string;
    encoding?: 'text' | 'base64';
    name?: string;
  },
  caller: Caller | null,
  now: Date,
): ImportReport {
  let text = input.content;
  if (input.encoding === 'base64') {
    const bytes = Buffer.from(input.content, 'base64');
    if (bytes.length === 0) throw badInput('Nội dung tệp (base64) không đọc được.', 'content');
    text = decodeMaybeGzip(bytes);
  }
  const source = input.name ?? (input.format === 'json' ? 'tải lên (JSON)' : 'tải lên (JSONL)');
  const report =
    input.format === 'json'
      ? importJsonText(db, text, source)
      : importNationalText(db, text, source, now);
  const counts = {
    source: report.source,
    imported: report.imported,
    updated: report.updated,
    rejected: report.rejected,
  };
  appendAudit(db, {
    at: now,
    actor: actorOf(caller),
    action: 'catalog.import',
    subject: 'catalog',
    detail: counts,
  });
  return report;
}

/** Saves the admin's edit of one procedure (history keeps the previous version) and audits it. */
export function updateByAdmin(
  db: Db,
  p: Procedure,
  caller: Caller | null,
  now: Date,
): { outcome: SaveOutcome; procedure: Procedure } {
  return db.transaction(() => {
    const outcome = saveProcedure(db, p, 'admin', now.toISOString());
    appendAudit(db, {
      at: now,
      actor: actorOf(caller),
      action: 'catalog.update',
      subject: p.code,
      detail: { outcome },
    });
    const procedure = findProcedure(db, p.code);
    if (!procedure) throw notFound(`Không tìm thấy thủ tục ${p.code}.`);
    return { outcome, procedure };
  })();
}

/** Hides or shows a procedure at the kiosk, audited; unknown codes are a 404. */
export function setHiddenByAdmin(
  db: Db,
  code: string,
  hidden: boolean,
  caller: Caller | null,
  now: Date,
): { code: string; hidden: boolean } {
  return db.transaction(() => {
    if (!setHidden(db, code, hidden)) throw notFound(`Không có thủ tục mã ${code} trong danh mục.`);
    appendAudit(db, {
      at: now,
      actor: actorOf(caller),
      action: 'catalog.setHidden',
      subject: code,
      detail: { hidden },
    });
    return { code, hidden };
  })();
}

/** A procedure for a caller: hidden ones exist only for signed-in staff. */
export function getForCaller(db: Db, code: string, caller: Caller | null): Procedure {
  const p = findProcedure(db, code);
  const staff = caller !== null && caller.role !== 'kiosk';
  if (!p || (p.hidden && !staff)) throw notFound(`Không tìm thấy thủ tục mã "${code}".`);
  return p;
}
