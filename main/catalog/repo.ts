/** The catalog's tables: procedures with their search index, their change history, import reports. */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/database';
import { nfcDeep } from '../text/normalize';
import { codeTokens, wordTokens } from './search-text';
import { feeText, inPersonProcessing, timeText } from './time-fee';
import { invalidateVocab } from './vocab';
import { scopeWhere } from './scope';
import type {
  CatalogScope,
  FieldCount,
  ImportReport,
  Level,
  Procedure,
  ProcedureSummary,
} from './types';

export type CatalogSource = 'sample' | 'json' | 'national' | 'admin';
export type SaveOutcome = 'imported' | 'updated' | 'unchanged';

/** The columns a list or a search result is built from. */
export interface SummaryRow {
  id: number;
  code: string;
  local_code: string | null;
  name: string;
  field: string;
  levels: string;
  time_text: string;
  fee_text: string;
  hidden: number;
}

export const SUMMARY_COLUMNS =
  'p.id, p.code, p.local_code, p.name, p.field, p.levels, p.time_text, p.fee_text, p.hidden';
const LOCAL_FIRST: readonly Level[] = ['xa', 'huyen', 'tinh', 'bo'];

interface Statements {
  byCode: Statement;
  byLocal: Statement;
  data: Statement;
  insert: Statement;
  update: Statement;
  history: Statement;
  ftsDelete: Statement;
  ftsInsert: Statement;
}
const cache = new WeakMap<Db, Statements>();

/** What says whether a parsed record is still the stored one, without reading the record. */
const VERSION_COLUMNS = 'id, hidden, updated_at, length(data) AS size';
interface VersionRow {
  id: number;
  hidden: number;
  updated_at: string;
  size: number;
}
/**
 * Parsed records by row id with the version they were parsed at. The officer's queue names 50
 * declarations and an accept reads its procedure: parsing a national record (tens of KB of JSON)
 * each time was 4 % of the hub's time under load. A write moves `updated_at` (and usually the
 * size), so a stale entry is never returned, a rolled-back one never matches again.
 */
const parsed = new WeakMap<Db, Map<number, { version: string; procedure: Procedure }>>();

function statements(db: Db): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      byCode: db.prepare(`SELECT ${VERSION_COLUMNS} FROM procedures WHERE code = ?`),
      byLocal: db.prepare(`SELECT ${VERSION_COLUMNS} FROM procedures WHERE local_code = ?`),
      data: db.prepare('SELECT data FROM procedures WHERE id = ?').pluck(),
      insert: db.prepare(
        `INSERT INTO procedures (code, local_code, name, field, levels, time_text, fee_text, search_name, search_codes, hidden, source, data, created_at, updated_at)
         VALUES (@code, @local_code, @name, @field, @levels, @time_text, @fee_text, @search_name, @search_codes, @hidden, @source, @data, @at, @at)`,
      ),
      update: db.prepare(
        `UPDATE procedures SET local_code = @local_code, name = @name, field = @field, levels = @levels,
         time_text = @time_text, fee_text = @fee_text, search_name = @search_name, search_codes = @search_codes, hidden = @hidden, source = @source, data = @data, updated_at = @at
         WHERE id = @id`,
      ),
      history: db.prepare(
        'INSERT INTO procedure_history (code, at, source, changed, previous) VALUES (?, ?, ?, ?, ?)',
      ),
      ftsDelete: db.prepare('DELETE FROM procedure_search WHERE rowid = ?'),
      ftsInsert: db.prepare(
        'INSERT INTO procedure_search (rowid, name, field, codes) VALUES (?, ?, ?, ?)',
      ),
    };
    cache.set(db, s);
  }
  return s;
}

/** Levels are stored as " xa tinh " so a filter is one `instr` on a short text. */
export function levelsColumn(levels: readonly Level[]): string {
  return ` ${levels.join(' ')} `;
}

/** The summary line of a row: the most local level, or the one the caller filtered by. */
export function toSummary(row: SummaryRow, level?: Level): ProcedureSummary {
  const levels = row.levels.trim().split(' ').filter(Boolean) as Level[];
  const shown =
    level && levels.includes(level) ? level : (LOCAL_FIRST.find((l) => levels.includes(l)) ?? 'bo');
  return {
    code: row.code,
    ...(row.local_code ? { localCode: row.local_code } : {}),
    name: row.name,
    field: row.field,
    level: shown,
    levels,
    timeText: row.time_text,
    feeText: row.fee_text,
    ...(row.hidden ? { hidden: true } : {}),
  };
}

/** The top-level keys whose value differs, so the history says what an import or an edit changed. */
export function changedKeys(before: Procedure, after: Procedure): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => k !== 'hidden')
    .filter(
      (k) =>
        JSON.stringify(before[k as keyof Procedure]) !==
        JSON.stringify(after[k as keyof Procedure]),
    )
    .sort();
}

/**
 * Inserts or updates one procedure in place, keeping the admin's hidden flag and writing what
 * changed (with the previous record) to the history; identical records are left untouched.
 */
export function saveProcedure(
  db: Db,
  input: Procedure,
  source: CatalogSource,
  at: string,
): SaveOutcome {
  const s = statements(db);
  const { hidden: hiddenInput, ...p } = nfcDeep(input);
  const existing = s.byCode.get(p.code) as VersionRow | undefined;
  const hidden = hiddenInput === undefined ? (existing?.hidden ?? 0) : hiddenInput ? 1 : 0;
  const row = {
    code: p.code,
    local_code: p.localCode ?? null,
    name: p.name,
    field: p.field,
    levels: levelsColumn(p.levels),
    time_text: timeText(inPersonProcessing(p)),
    fee_text: feeText(p),
    search_name: wordTokens(p.name).join(' '),
    search_codes: codeTokens([p.code, p.localCode]).join(' '),
    hidden,
    source,
    data: JSON.stringify(p),
    at,
  };
  if (!existing) {
    const id = Number(s.insert.run(row).lastInsertRowid);
    indexProcedure(db, id, p, row);
    return 'imported';
  }
  const previous = s.data.get(existing.id) as string;
  const changed = changedKeys(JSON.parse(previous) as Procedure, p);
  if (changed.length === 0 && existing.hidden === hidden) return 'unchanged';
  if (changed.length > 0) s.history.run(p.code, at, source, JSON.stringify(changed), previous);
  s.update.run({ ...row, id: existing.id });
  parsed.get(db)?.delete(existing.id);
  indexProcedure(db, existing.id, p, row);
  return changed.length > 0 ? 'updated' : 'unchanged';
}

function indexProcedure(
  db: Db,
  id: number,
  p: Procedure,
  row: { search_name: string; search_codes: string },
): void {
  const s = statements(db);
  invalidateVocab(db);
  s.ftsDelete.run(id);
  s.ftsInsert.run(id, row.search_name, wordTokens(p.field).join(' '), row.search_codes);
}

/** A whole procedure by national or local code (hidden ones too; callers decide who may see them). */
export function findProcedure(db: Db, code: string): Procedure | undefined {
  const s = statements(db);
  const c = code.trim();
  const row = (s.byCode.get(c) ?? s.byLocal.get(c) ?? s.byLocal.get(c.toUpperCase())) as
    VersionRow | undefined;
  if (!row) return undefined;
  const p = parsedRecord(db, s, row);
  return row.hidden ? { ...p, hidden: true } : p;
}

/** Shared records must not be changed by a reader: frozen, a mutation throws (strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parsedRecord(db: Db, s: Statements, row: VersionRow): Procedure {
  let byId = parsed.get(db);
  if (!byId) {
    byId = new Map<number, { version: string; procedure: Procedure }>();
    parsed.set(db, byId);
  }
  const version = `${row.updated_at}|${row.size}`;
  const hit = byId.get(row.id);
  if (hit?.version === version) return hit.procedure;
  const procedure = deepFreeze(JSON.parse(s.data.get(row.id) as string) as Procedure);
  byId.set(row.id, { version, procedure });
  return procedure;
}

/** A visible procedure by national or local code: what the kiosk, the officer and slips read. */
export function getProcedure(db: Db, code: string): Procedure | undefined {
  const p = findProcedure(db, code);
  return p && !p.hidden ? p : undefined;
}

/** Hides a procedure from the kiosk (a unit does not handle it) without losing it on re-import. */
export function setHidden(db: Db, code: string, hidden: boolean): boolean {
  const r = db
    .prepare('UPDATE procedures SET hidden = ? WHERE code = ? OR local_code = ?')
    .run(hidden ? 1 : 0, code, code);
  return r.changes > 0;
}

/** How many procedures the catalog holds, hidden ones included. */
export function countProcedures(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM procedures').get() as { n: number }).n;
}

/** The fields with their number of visible procedures (in the scope, when given), largest first, for browsing. */
export function listFields(db: Db, scope?: CatalogScope): FieldCount[] {
  const w = scope ? scopeWhere(scope) : { sql: '1', params: [] };
  return db
    .prepare(
      `SELECT p.field AS name, count(*) AS count FROM procedures p WHERE p.hidden = 0 AND ${w.sql}
       GROUP BY p.field ORDER BY count DESC, p.field`,
    )
    .all(...w.params) as FieldCount[];
}

/** One page of a field's visible procedures (in the scope, when given) in name order, with the total. */
export function listByField(
  db: Db,
  q: { field: string; limit?: number; offset?: number },
  scope?: CatalogScope,
): { items: ProcedureSummary[]; total: number } {
  const w = scope ? scopeWhere(scope) : { sql: '1', params: [] };
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM procedures p WHERE p.field = ? AND p.hidden = 0 AND ${w.sql} ORDER BY p.name LIMIT ? OFFSET ?`,
    )
    .all(q.field, ...w.params, q.limit ?? 50, q.offset ?? 0) as SummaryRow[];
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM procedures p WHERE p.field = ? AND p.hidden = 0 AND ${w.sql}`,
      )
      .get(q.field, ...w.params) as { n: number }
  ).n;
  return { items: rows.map((r) => toSummary(r)), total };
}

/** The unit's most used procedures (by dossiers received), in the scope when given; the shortest names fill up a new unit's list. */
export function popularProcedures(db: Db, scope?: CatalogScope, limit = 6): ProcedureSummary[] {
  const w = scope ? scopeWhere(scope) : { sql: '1', params: [] };
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM procedures p
       LEFT JOIN (SELECT procedure_code, count(*) AS n FROM dossiers GROUP BY procedure_code) d ON d.procedure_code = p.code
       WHERE p.hidden = 0 AND ${w.sql} ORDER BY coalesce(d.n, 0) DESC, length(p.name), p.code LIMIT ?`,
    )
    .all(...w.params, limit) as SummaryRow[];
  return rows.map((r) => toSummary(r));
}

/** The changes recorded for a procedure, newest first. */
export function procedureHistory(
  db: Db,
  code: string,
): { at: string; source: string; changed: string[] }[] {
  const rows = db
    .prepare('SELECT at, source, changed FROM procedure_history WHERE code = ? ORDER BY id DESC')
    .all(code) as { at: string; source: string; changed: string }[];
  return rows.map((r) => ({
    at: r.at,
    source: r.source,
    changed: JSON.parse(r.changed) as string[],
  }));
}

/** Keeps an import's report so the admin screen can show the last one. */
export function recordImport(db: Db, report: ImportReport): void {
  db.prepare('INSERT INTO catalog_imports (at, format, source, report) VALUES (?, ?, ?, ?)').run(
    report.at,
    report.format,
    report.source,
    JSON.stringify(report),
  );
}

/** The most recent import's report, if any. */
export function lastImport(db: Db): ImportReport | undefined {
  const row = db.prepare('SELECT report FROM catalog_imports ORDER BY id DESC LIMIT 1').get() as
    { report: string } | undefined;
  return row ? (JSON.parse(row.report) as ImportReport) : undefined;
}
