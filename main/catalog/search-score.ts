/**
 * The scorer behind search.ts: how well a candidate's folded name holds the query's terms, and
 * which parts of the name to highlight. Pure functions over folded text, so they are cheap and
 * tested on their own.
 */
import type { Alternative, Term } from './query';
import { wordsWithOffsets } from './search-text';
import type { CatalogScope } from './types';

/** A term matched only in the field counts this much of a name match. */
const FIELD_ONLY = 0.4;
/** The importance of a typed word no name holds (about the idf of a word found once). */
const UNKNOWN_IMPORTANCE = 7;

function altMatchesAt(words: readonly string[], j: number, a: Alternative): number {
  let factor = 1;
  for (let k = 0; k < a.parts.length; k += 1) {
    const w = words[j + k];
    const part = a.parts[k];
    if (w === undefined) return 0;
    if (w === part) continue;
    if (!(a.prefix && k === a.parts.length - 1 && w.startsWith(part))) return 0;
    factor = a.extension ?? 1;
  }
  return a.weight * factor;
}

/** Where a term first matches in the folded words, its length in words and its weight. */
function findTerm(
  words: readonly string[],
  t: Term,
  from: number,
): { at: number; len: number; weight: number } | undefined {
  let best: { at: number; len: number; weight: number } | undefined;
  for (const a of t.alternatives) {
    for (let j = from; j < words.length; j += 1) {
      const weight = altMatchesAt(words, j, a);
      if (weight === 0) continue;
      if (!best || weight > best.weight || (weight === best.weight && j < best.at))
        best = { at: j, len: a.parts.length, weight };
      break;
    }
  }
  return best;
}

function endsAt(words: readonly string[], at: number, t: Term | undefined): boolean {
  return !!t && t.alternatives.some((a) => a.parts[a.parts.length - 1] === words[at - 1]);
}

function startsAt(words: readonly string[], at: number, t: Term | undefined): boolean {
  return !!t && t.alternatives.some((a) => a.parts[0] === words[at]);
}

/** One-stop counters serve communes and provinces: without a scope, theirs come before ministry-only ones. */
function levelBonus(levels: string, scope: CatalogScope | undefined): number {
  if (scope) {
    const inLevel = scope.levels.some((l) => levels.includes(` ${l} `));
    return inLevel ? 6 : 0;
  }
  if (levels.includes(' xa ') || levels.includes(' huyen ')) return 3;
  return levels.includes(' tinh ') ? 2 : 0;
}

/**
 * Scores a candidate: a code typed exactly wins; then a name that is exactly the typed words
 * (after "Thủ tục"), a phrase at the start of the name, all words in the name; shorter names
 * first; FTS5's bm25 breaks the remaining ties. `coverage` is the share of the required terms
 * the name holds (a field-only match counts 0.4, a prefix run into a longer word half).
 */
export function scoreCandidate(
  row: { folded: string; codes: string; rank: number; levels: string; field?: string },
  terms: readonly Term[],
  scope?: CatalogScope,
  /** Typed words the catalog does not know: they count as missing, as rare as a word can be. */
  unknown = 0,
): { score: number; coverage: number } {
  const words = row.folded.split(' ');
  const lead = words[0] === 'thu' && words[1] === 'tuc' ? 2 : 0;
  const codes = row.codes.split(' ');
  let score = -row.rank * 0.5 - Math.min(words.length, 14) * 0.6 + levelBonus(row.levels, scope);
  const required = terms.filter((t) => !t.code && !t.optional);
  let codeHit = false;
  for (const t of terms)
    if (t.code && codes.some((c) => c === t.typed || c.startsWith(t.typed))) {
      codeHit = true;
      if (codes.includes(t.typed)) score += 1000;
    }
  const isTypo = (t: Term) => t.optional && t.alternatives.every((a) => a.typo);
  for (const t of terms) {
    if (!t.optional || isTypo(t)) continue;
    const hit = findTerm(words, t, 0);
    if (hit) score += 1.5 * hit.weight;
  }
  // Required terms and typos of short words, in typed order. A short typo decides no match
  // (it is left out of the coverage) but, found beside the word typed next to it ("ket hom" →
  // "kết hôn"), it completes the phrase; elsewhere it counts as a word not found.
  const scored = terms.filter((t) => !t.code && (!t.optional || isTypo(t)));
  if (required.length === 0) return { score, coverage: codeHit ? 1 : 0 };
  let found = 0;
  let inOrder = true;
  let covered = 0;
  let cursor = lead;
  let firstAt = -1;
  let lastEnd = -1;
  let ascending = true;
  let weights = 0;
  let mass = unknown * UNKNOWN_IMPORTANCE;
  scored.forEach((t) => {
    const importance = t.importance ?? 1;
    if (!t.optional) mass += importance;
    let hit = findTerm(words, t, cursor) ?? findTerm(words, t, 0);
    if (hit && t.optional) {
      const at = hit.at;
      const before = terms.find((o) => o.pos !== undefined && o.pos === (t.pos ?? -9) - 1);
      const after = terms.find((o) => o.pos !== undefined && o.pos === (t.pos ?? -9) + 1);
      const beside = endsAt(words, at, before) || startsAt(words, at + hit.len, after);
      if (!beside) hit = undefined;
    }
    if (!hit) {
      inOrder = false;
      if (!t.optional) weights += FIELD_ONLY * importance;
      return;
    }
    if (firstAt < 0) firstAt = hit.at;
    if (hit.at !== cursor && found > 0) inOrder = false;
    if (hit.at < lastEnd) ascending = false;
    lastEnd = Math.max(lastEnd, hit.at + hit.len);
    found += 1;
    covered += hit.len;
    if (!t.optional) weights += Math.min(1, hit.weight) * importance;
    score += 8 * hit.weight;
    cursor = hit.at + hit.len;
  });
  const coverage = weights / mass;
  const all = found === scored.length;
  if (all) score += 20;
  // Words in the typed order, close together, read as one request even with words between.
  if (all && ascending) score += 8 + (10 * covered) / Math.max(covered, lastEnd - firstAt);
  if (all && inOrder) score += 30;
  if (all && inOrder && firstAt === lead) score += 15;
  if (all && inOrder && firstAt === lead && covered === words.length - lead) score += 60;
  return { score, coverage: codeHit ? Math.max(coverage, 1) : coverage };
}

/** The name cut into matched and plain parts: matched words whole, a typed prefix as far as typed; typos are never marked. */
export function highlightName(
  name: string,
  terms: readonly Term[],
): { text: string; match: boolean }[] {
  const alts = terms.filter((t) => !t.code).flatMap((t) => t.alternatives.filter((a) => !a.typo));
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
