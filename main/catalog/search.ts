/**
 * Procedure search for the kiosk: FTS5 over folded names finds the candidates, then a small
 * scorer puts first the procedure a citizen means: an exact short name before long names that
 * merely contain the words, a phrase before scattered words, the name before the field.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/database';
import { ftsExpression, parseQuery, type Alternative, type Term } from './query';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './repo';
import { wordsWithOffsets } from './search-text';
import type { Level, ProcedureSummary } from './types';
import { vocabOf } from './vocab';

export interface SearchQuery {
  query: string;
  limit?: number;
  field?: string;
  level?: Level;
  includeHidden?: boolean;
}

interface CandidateRow extends SummaryRow {
  folded: string;
  codes: string;
  rank: number;
}

/** How many candidates FTS5 hands to the scorer; enough for every realistic query. */
const CANDIDATES = 150;
const stmtCache = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, sql: string): Statement {
  let m = stmtCache.get(db);
  if (!m) stmtCache.set(db, (m = new Map<string, Statement>()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

/** Whether the candidates must be filtered in SQL (by field or level): then FTS5 ranks after the filter. */
function filtered(q: SearchQuery): boolean {
  return Boolean(q.field || q.level);
}

const RANK = 'bm25(procedure_search, 10.0, 2.0, 5.0)';

/**
 * The best candidates by bm25. Without a field or level filter, FTS5 ranks first and only the
 * top rows are joined (a one-letter query matches most of the catalog); with one, the filter
 * applies before ranking so no match in the field is lost.
 */
function candidates(db: Db, q: SearchQuery, match: string): CandidateRow[] {
  const { where, params } = filters(q);
  const cols = `${SUMMARY_COLUMNS}, p.search_name AS folded, p.search_codes AS codes`;
  if (filtered(q)) {
    const sql = `SELECT ${cols}, ${RANK} AS rank FROM procedure_search s JOIN procedures p ON p.id = s.rowid
      WHERE procedure_search MATCH ?${where} ORDER BY rank LIMIT ${CANDIDATES}`;
    return prepared(db, sql).all(match, ...params) as CandidateRow[];
  }
  const sql = `SELECT ${cols}, t.rank AS rank
    FROM (SELECT rowid AS id, ${RANK} AS rank FROM procedure_search WHERE procedure_search MATCH ? ORDER BY rank LIMIT ${CANDIDATES}) t
    JOIN procedures p ON p.id = t.id WHERE 1${where}`;
  return prepared(db, sql).all(match, ...params) as CandidateRow[];
}

/** How many procedures match in all (the count alone is cheap in FTS5). */
function countMatches(db: Db, q: SearchQuery, match: string): number {
  const { where, params } = filters(q);
  if (filtered(q)) {
    const sql = `SELECT count(*) AS n FROM procedure_search s JOIN procedures p ON p.id = s.rowid WHERE procedure_search MATCH ?${where}`;
    return (prepared(db, sql).get(match, ...params) as { n: number }).n;
  }
  const all = (
    prepared(db, 'SELECT count(*) AS n FROM procedure_search WHERE procedure_search MATCH ?').get(
      match,
    ) as { n: number }
  ).n;
  return q.includeHidden ? all : all - hiddenMatches(db, match);
}

function hiddenMatches(db: Db, match: string): number {
  const anyHidden = prepared(db, 'SELECT 1 FROM procedures WHERE hidden = 1 LIMIT 1').get();
  if (!anyHidden) return 0;
  const sql =
    'SELECT count(*) AS n FROM procedure_search s JOIN procedures p ON p.id = s.rowid WHERE procedure_search MATCH ? AND p.hidden = 1';
  return (prepared(db, sql).get(match) as { n: number }).n;
}

function filters(q: SearchQuery): { where: string; params: unknown[] } {
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
  return { where: where.map((w) => ` AND ${w}`).join(''), params };
}

/** Searches the catalog the way a citizen types; never throws on odd input, best match first. */
export function searchProcedures(
  db: Db,
  q: SearchQuery,
): { items: ProcedureSummary[]; total: number } {
  const limit = Math.max(1, Math.min(q.limit ?? 20, 100));
  const terms = parseQuery(vocabOf(db), typeof q.query === 'string' ? q.query : '');
  if (terms.length === 0) return { items: [], total: 0 };
  const match = ftsExpression(terms);
  const rows = candidates(db, q, match);
  const total = countMatches(db, q, match);
  const ranked = rows
    .map((row) => ({ row, score: scoreCandidate(row, terms) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.row.name.length - b.row.name.length ||
        a.row.code.localeCompare(b.row.code),
    );
  const items = ranked.slice(0, limit).map(({ row }) => ({
    ...toSummary(row, q.level),
    highlight: highlightName(row.name, terms),
  }));
  return { items, total };
}

function altMatchesAt(words: readonly string[], j: number, a: Alternative): boolean {
  return a.parts.every((part, k) => {
    const w = words[j + k];
    if (w === undefined) return false;
    return a.prefix && k === a.parts.length - 1 ? w.startsWith(part) : w === part;
  });
}

/** Where a term first matches in the folded name, its length in words and its weight. */
function findTerm(
  words: readonly string[],
  t: Term,
  from: number,
): { at: number; len: number; weight: number } | undefined {
  let best: { at: number; len: number; weight: number } | undefined;
  for (const a of t.alternatives) {
    for (let j = from; j < words.length; j += 1) {
      if (!altMatchesAt(words, j, a)) continue;
      if (!best || a.weight > best.weight || (a.weight === best.weight && j < best.at))
        best = { at: j, len: a.parts.length, weight: a.weight };
      break;
    }
  }
  return best;
}

/**
 * Scores a candidate: a code typed exactly wins; then a name that is exactly the typed words
 * (after "Thủ tục"), a phrase at the start of the name, all words in the name; shorter names
 * first; FTS5's bm25 breaks the remaining ties.
 */
export function scoreCandidate(
  row: { folded: string; codes: string; rank: number; levels: string },
  terms: readonly Term[],
): number {
  const words = row.folded.split(' ');
  const lead = words[0] === 'thu' && words[1] === 'tuc' ? 2 : 0;
  const codes = row.codes.split(' ');
  let score = -row.rank * 0.5 - Math.min(words.length, 14) * 0.6 + localBonus(row.levels);
  const nameTerms = terms.filter((t) => !t.code);
  for (const t of terms) if (t.code && codes.includes(t.typed)) score += 1000;
  if (nameTerms.length === 0) return score;
  let found = 0;
  let inOrder = true;
  let covered = 0;
  let cursor = lead;
  let firstAt = -1;
  for (const t of nameTerms) {
    const hit = findTerm(words, t, cursor) ?? findTerm(words, t, 0);
    if (!hit) {
      inOrder = false;
      continue;
    }
    if (firstAt < 0) firstAt = hit.at;
    if (hit.at !== cursor && found > 0) inOrder = false;
    found += 1;
    covered += hit.len;
    score += 8 * hit.weight;
    cursor = hit.at + hit.len;
  }
  const all = found === nameTerms.length;
  if (all) score += 20;
  if (all && inOrder) score += 30;
  if (all && inOrder && firstAt === lead) score += 15;
  if (all && inOrder && firstAt === lead && covered === words.length - lead) score += 60;
  return score;
}

/** One-stop counters serve communes and provinces: their procedures come before ministry-only ones on a tie. */
function localBonus(levels: string): number {
  if (levels.includes(' xa ') || levels.includes(' huyen ')) return 3;
  return levels.includes(' tinh ') ? 2 : 0;
}

/** The name cut into matched and plain parts: matched words whole, a typed prefix as far as typed. */
export function highlightName(
  name: string,
  terms: readonly Term[],
): { text: string; match: boolean }[] {
  const alts = terms.filter((t) => !t.code).flatMap((t) => t.alternatives);
  const marks: [number, number][] = [];
  for (const w of wordsWithOffsets(name)) {
    const folded = w.folded.join('');
    let upTo = 0;
    for (const a of alts) {
      for (const part of a.parts) {
        if (folded === part) upTo = Math.max(upTo, folded.length);
        else if (a.prefix && folded.startsWith(part)) upTo = Math.max(upTo, part.length);
      }
    }
    if (upTo === 0) continue;
    let end = w.start;
    let seen = 0;
    for (const f of w.folded) {
      if (seen >= upTo) break;
      seen += f.length;
      end += 1;
    }
    marks.push([w.start, end]);
  }
  return segments(name, marks);
}

function segments(
  name: string,
  marks: readonly [number, number][],
): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.match === match) last.text += text;
    else out.push({ text, match });
  };
  let pos = 0;
  for (const [s, e] of marks) {
    push(name.slice(pos, s), false);
    push(name.slice(s, e), true);
    pos = e;
  }
  push(name.slice(pos), false);
  return out;
}
