/** The admin's catalog upkeep behind the operations: imports from a request, edits, hiding, with audit. */
import type { Caller } from '../core/types';
import { badInput, notFound } from '../core/errors';
import { actorOf, appendAudit } from '../audit/log';
import type { Db } from '../db/database';
import { recordAdminEdit } from './admin-fields';
import { importJsonText } from './import-json';
import { decodeMaybeGzip, importNationalText } from './import-national';
import { findProcedure, saveProcedure, setHidden, type SaveOutcome } from './repo';
import { getScope, LEVEL_NAMES, scopeCounts, setScope, type LevelName } from './scope';
import type { CatalogScope, FieldCount, ImportReport, Level, Procedure } from './types';

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
    conflicts: report.conflicts?.length ?? 0,
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

/** Saves the admin's edit of one procedure (history keeps the previous version), records the fields the admin set, and audits it. */
export function updateByAdmin(
  db: Db,
  p: Procedure,
  caller: Caller | null,
  now: Date,
): { outcome: SaveOutcome; procedure: Procedure } {
  return db.transaction(() => {
    const before = findProcedure(db, p.code);
    const outcome = saveProcedure(db, p, 'admin', now.toISOString());
    const adminFields = recordAdminEdit(db, before, p);
    appendAudit(db, {
      at: now,
      actor: actorOf(caller),
      action: 'catalog.update',
      subject: p.code,
      detail: { outcome, adminFields },
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

/** Whether the caller is signed-in staff (officer or admin), who see the whole catalog. */
export function isStaff(caller: Caller | null): boolean {
  return caller !== null && caller.role !== 'kiosk';
}

/** The scope the caller's lists are limited to: the unit's scope for the kiosk, none for staff. */
export function kioskScope(db: Db, caller: Caller | null): CatalogScope | undefined {
  return isStaff(caller) ? undefined : getScope(db);
}

/** A procedure for a caller: hidden or out-of-scope ones exist only for signed-in staff. */
export function getForCaller(db: Db, code: string, caller: Caller | null): Procedure {
  const p = findProcedure(db, code);
  const scope = kioskScope(db, caller);
  const outOfScope =
    scope !== undefined &&
    p !== undefined &&
    (!scope.levels.some((l) => p.levels.includes(l)) ||
      (scope.fields !== undefined && !scope.fields.includes(p.field)));
  if (!p || (p.hidden && !isStaff(caller)) || outOfScope)
    throw notFound(`Không tìm thấy thủ tục mã "${code}".`);
  return p;
}

/** Sets the unit's scope, audited; refused (nothing written) when it would leave the kiosk empty. */
export function setScopeByAdmin(
  db: Db,
  input: { levels: LevelName[]; fields?: string[] },
  caller: Caller | null,
  now: Date,
): ReturnType<typeof setScope> {
  return db.transaction(() => {
    const out = setScope(db, input, now);
    appendAudit(db, {
      at: now,
      actor: actorOf(caller),
      action: 'catalog.setScope',
      subject: 'catalog',
      detail: { levels: out.scope.levels, fields: out.scope.fields ?? null, count: out.count },
    });
    return out;
  })();
}

/** The scope (or a proposed set of levels) with what it leaves, per level and per field, for the admin screen. */
export function scopeOverview(
  db: Db,
  proposed?: LevelName[],
): {
  scope: CatalogScope | null;
  count: number;
  total: number;
  levels: { level: Level; count: number }[];
  fields: FieldCount[];
} {
  const saved = getScope(db);
  const scope: CatalogScope | undefined = proposed
    ? {
        levels: proposed.map((l) => LEVEL_NAMES[l]),
        ...(saved?.fields ? { fields: saved.fields } : {}),
      }
    : saved;
  const all: Level[] = ['bo', 'tinh', 'huyen', 'xa'];
  const counts = scopeCounts(db, scope ?? { levels: all });
  const levels = all.map((level) => ({ level, count: scopeCounts(db, { levels: [level] }).count }));
  const total = scopeCounts(db, { levels: all }).count;
  return { scope: saved ?? null, count: counts.count, total, levels, fields: counts.fields };
}
