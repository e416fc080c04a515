/**
 * Procedure search for the kiosk: FTS5 over folded names finds the candidates, then a small
 * scorer puts first the procedure a citizen means: an exact short name before long names that
 * merely contain the words, a phrase before scattered words, the name before the field, the
 * unit's own procedures before the rest. When no procedure holds every word, the ones holding
 * most of them come back marked `partial`, so the kiosk can offer them as suggestions.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/database';
import { ftsExpression, parseQuery, type ParsedQuery, type Term } from './query';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './repo';
import { scopeWhere } from './scope';
import { scoreCandidate, highlightName } from './search-score';
import type { CatalogScope, Level, ProcedureSummary, SearchMatch } from './types';
import { vocabOf, type Vocab } from './vocab';

export { highlightName, scoreCandidate } from './search-score';

export interface SearchQuery {
  query: string;
  limit?: number;
  field?: string;
  level?: Level;
  includeHidden?: boolean;
  /** The unit's scope: ranks its procedures first; with `onlyScope`, leaves the rest out. */
  scope?: CatalogScope;
  onlyScope?: boolean;
}

export interface SearchResult {
  items: ProcedureSummary[];
  total: number;
  /** `all`: every word matched; `partial`: the closest procedures; `none`: nothing to show. */
  match: SearchMatch;
  /** A Vietnamese hint for the citizen when the query says nothing searchable. */
  message?: string;
}

interface CandidateRow extends SummaryRow {
  folded: string;
  codes: string;
  rank: number;
}

/** How many candidates FTS5 hands to the scorer; enough for every realistic query. */
const CANDIDATES = 150;
/** Candidates per left-out term when no procedure holds every term. */
const RELAXED_CANDIDATES = 40;
const stmtCache = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, sql: string): Statement {
  let m = stmtCache.get(db);
  if (!m) stmtCache.set(db, (m = new Map<string, Statement>()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

const RANK = 'bm25(procedure_search, 10.0, 2.0, 5.0)';

/** The SQL conditions of a search: visibility, field, level and the unit's scope. */
export function filters(q: Omit<SearchQuery, 'query'>): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!q.includeHidden) where.push('p.hidden = 0');
  if (q.field) {
    where.push('p.field = ?');
    params.push(q.field);
  }
  if (q.level) {
    where.push('instr(p.levels, ?) > 0');
    params.push(` ${q.level} `);
  }
  if (q.onlyScope && q.scope) {
    const scope = scopeWhere(q.scope);
    where.push(scope.sql);
    params.push(...scope.params);
  }
  return { where: where.map((w) => ` AND ${w}`).join(''), params };
}

/** The best candidates by bm25, after the filters, joined with what the scorer and the list need. */
function candidates(db: Db, q: SearchQuery, match: string, limit = CANDIDATES): CandidateRow[] {
  const { where, params } = filters(q);
  const cols = `${SUMMARY_COLUMNS}, p.search_name AS folded, p.search_codes AS codes`;
  const sql = `SELECT ${cols}, ${RANK} AS rank FROM procedure_search s JOIN procedures p ON p.id = s.rowid
    WHERE procedure_search MATCH ?${where} ORDER BY rank LIMIT ${limit}`;
  return prepared(db, sql).all(match, ...params) as CandidateRow[];
}

/** How many procedures match in all, after the filters. */
function countMatches(db: Db, q: SearchQuery, match: string): number {
  const { where, params } = filters(q);
  const sql = `SELECT count(*) AS n FROM procedure_search s JOIN procedures p ON p.id = s.rowid WHERE procedure_search MATCH ?${where}`;
  return (prepared(db, sql).get(match, ...params) as { n: number }).n;
}

const ONLY_INTENT_FREE =
  'Xin cho biết giấy tờ hoặc việc cần làm, ví dụ "khai sinh", "căn cước", "kết hôn".';
const NOTHING_KNOWN =
  'Không tìm thấy thủ tục phù hợp. Ông/bà có thể xem theo lĩnh vực hoặc hỏi cán bộ.';

/** Searches the catalog the way a citizen types; never throws on odd input, best match first. */
export function searchProcedures(db: Db, q: SearchQuery): SearchResult {
  const limit = Math.max(1, Math.min(q.limit ?? 20, 100));
  const vocab = vocabOf(db);
  const parsed = parseQuery(vocab, typeof q.query === 'string' ? q.query : '');
  const required = parsed.terms.filter((t) => !t.optional);
  if (required.length === 0) return emptyAnswer(parsed);
  // A word the catalog does not know ("xe" in a catalog without vehicles) leaves at best a partial match.
  const exact = parsed.unknown.length > 0 ? [] : ranked(db, q, parsed.terms, false);
  if (exact.length > 0) {
    const total = countMatches(db, q, ftsExpression(parsed.terms));
    return { items: summaries(exact, parsed.terms, q, limit), total, match: 'all' };
  }
  if (required.length + parsed.unknown.length < 2)
    return { items: [], total: 0, match: 'none', message: NOTHING_KNOWN };
  const near = ranked(db, q, weighByRarity(vocab, parsed.terms), true, parsed.unknown.length);
  if (near.length === 0) return { items: [], total: 0, match: 'none', message: NOTHING_KNOWN };
  return { items: summaries(near, parsed.terms, q, limit), total: near.length, match: 'partial' };
}

/** Gives each required term an importance from how rare its words are in names (idf). */
function weighByRarity(v: Vocab, terms: readonly Term[]): Term[] {
  const docs = Math.max(1, v.docs);
  return terms.map((t) => {
    if (t.optional || t.code) return t;
    const df = Math.min(
      ...t.alternatives.map((a) => Math.min(...a.parts.map((w) => v.df.get(w) ?? 1))),
    );
    return { ...t, importance: Math.log(1 + docs / Math.max(1, df)) };
  });
}

function emptyAnswer(parsed: ParsedQuery): SearchResult {
  if (parsed.onlyIntentFree)
    return { items: [], total: 0, match: 'none', message: ONLY_INTENT_FREE };
  if (parsed.unknown.length > 0 || parsed.terms.length > 0)
    return { items: [], total: 0, match: 'none', message: NOTHING_KNOWN };
  return { items: [], total: 0, match: 'none' };
}

/**
 * Scores and orders the candidates, dropping those far weaker than the best: a procedure that
 * matches a word only in its field, or through the longer word a prefix runs into, does not
 * follow a name that holds every word. Relaxed (any word), a result must hold half the words.
 */
function ranked(
  db: Db,
  q: SearchQuery,
  terms: readonly Term[],
  relaxed: boolean,
  unknown = 0,
): CandidateRow[] {
  const rows = relaxed ? allButOne(db, q, terms, unknown) : candidates(db, q, ftsExpression(terms));
  const scored = rows.map((row) => ({ row, ...scoreCandidate(row, terms, q.scope, unknown) }));
  const best = Math.max(0, ...scored.map((s) => s.coverage));
  const floor = relaxed ? Math.max(0.5, 0.75 * best) : 0.5 * best;
  return scored
    .filter((s) => s.coverage >= floor && s.coverage > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.row.name.length - b.row.name.length ||
        a.row.code.localeCompare(b.row.code),
    )
    .map((s) => s.row);
}

/**
 * The candidates holding every required term but one, for each term left out in turn: a few
 * selective AND queries cost far less than one OR over common words ("đăng", "ký").
 */
function allButOne(
  db: Db,
  q: SearchQuery,
  terms: readonly Term[],
  unknown: number,
): CandidateRow[] {
  const required = terms.filter((t) => !t.optional);
  const byId = new Map<number, CandidateRow>();
  if (unknown === 1 && required.length > 0)
    for (const row of candidates(db, q, ftsExpression(required))) byId.set(row.id, row);
  if (unknown > 0) return [...byId.values()];
  required.forEach((left) => {
    const rest = required.filter((t) => t !== left);
    for (const row of candidates(db, q, ftsExpression(rest), RELAXED_CANDIDATES))
      if (!byId.has(row.id)) byId.set(row.id, row);
  });
  if (byId.size > 0 || required.length < 3) return [...byId.values()];
  // Two or more words missing: pairs of the three rarest terms (common words match everything).
  const rare = [...required].sort((a, b) => (b.importance ?? 1) - (a.importance ?? 1)).slice(0, 3);
  rare.forEach((a, i) => {
    for (const b of rare.slice(i + 1))
      for (const row of candidates(db, q, ftsExpression([a, b]), RELAXED_CANDIDATES))
        if (!byId.has(row.id)) byId.set(row.id, row);
  });
  return [...byId.values()];
}

function summaries(
  rows: readonly CandidateRow[],
  terms: readonly Term[],
  q: SearchQuery,
  limit: number,
): ProcedureSummary[] {
  return rows.slice(0, limit).map((row) => ({
    ...toSummary(row, q.level),
    highlight: highlightName(row.name, terms),
  }));
}
