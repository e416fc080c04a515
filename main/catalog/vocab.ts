/**
 * The words the catalog's names and fields use (folded), cached per database. Search asks it
 * whether a typed word exists, which words it begins, how to split a word typed without its space
 * ("khaisinh"), and which words are one typo away ("khia" → "khai").
 */
import type { Db } from '../db/database';

export interface Vocab {
  words: Set<string>;
  /** Sorted, for prefix look-ups by binary search. */
  sorted: string[];
  /** Each word with one letter deleted → the words it came from (SymSpell, distance 1). */
  deletes: Map<string, string[]>;
  /** How many names hold each word, and how many names there are (for rarity weights). */
  df: Map<string, number>;
  docs: number;
}

const cache = new WeakMap<Db, Vocab>();

/** Drops the cached vocabulary after the catalog changed (imports, edits). */
export function invalidateVocab(db: Db): void {
  cache.delete(db);
}

/** The vocabulary of the catalog, built once from the index and reused until it changes. */
export function vocabOf(db: Db): Vocab {
  let v = cache.get(db);
  if (!v) {
    const rows = db.prepare('SELECT name, field FROM procedure_search').raw().all() as [
      string,
      string,
    ][];
    v = buildVocab(rows.flatMap(([name, field]) => `${name} ${field}`.split(' ')));
    for (const [name] of rows)
      for (const w of new Set(name.split(' '))) v.df.set(w, (v.df.get(w) ?? 0) + 1);
    v.docs = rows.length;
    cache.set(db, v);
  }
  return v;
}

/** Builds the look-up structures from a list of folded words (duplicates allowed). */
export function buildVocab(all: readonly string[]): Vocab {
  const words = new Set(all.filter((w) => w.length > 0));
  const deletes = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 3 || /\d/u.test(w)) continue;
    for (const d of oneDeleted(w)) {
      const list = deletes.get(d);
      if (list) list.push(w);
      else deletes.set(d, [w]);
    }
  }
  return { words, sorted: [...words].sort(), deletes, df: new Map(), docs: 0 };
}

function oneDeleted(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i += 1) out.add(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Whether some word of the catalog begins with `prefix`. */
export function hasPrefix(v: Vocab, prefix: string): boolean {
  let lo = 0;
  let hi = v.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < v.sorted.length && v.sorted[lo].startsWith(prefix);
}

/** Two catalog words that `token` is made of when typed without a space; the right one may be a prefix. */
export function splitWord(
  v: Vocab,
  token: string,
  rightMayBePrefix: boolean,
): [string, string] | undefined {
  for (let i = token.length - 1; i >= 2; i -= 1) {
    const left = token.slice(0, i);
    const right = token.slice(i);
    if (!v.words.has(left)) continue;
    if (v.words.has(right) || (rightMayBePrefix && hasPrefix(v, right))) return [left, right];
  }
  return undefined;
}

/**
 * Catalog words one edit (insert, delete, replace, swap) away from `token`, for typos; at most 16,
 * same-length words first (a wrong or swapped letter is the commonest slip on a touch keyboard).
 */
export function nearWords(v: Vocab, token: string): string[] {
  if (token.length < 3 || /\d/u.test(token)) return [];
  const same = new Set<string>();
  const other = new Set<string>();
  for (const d of oneDeleted(token)) {
    for (const w of v.deletes.get(d) ?? []) if (w.length === token.length) same.add(w);
    if (v.words.has(d) && d.length >= 2) other.add(d);
  }
  for (const w of v.deletes.get(token) ?? []) other.add(w);
  same.delete(token);
  other.delete(token);
  return [...same, ...other].slice(0, 16);
}
