/**
 * What citizens say for what the catalog writes, and the words that carry no intent, read from
 * the reviewed, versioned list `synonyms-vi.json`. Everything is folded (search-text.ts) so a
 * phrase typed with or without marks meets the same entry.
 */
import list from './synonyms-vi.json';
import { searchFold } from './search-text';

export interface SynonymEntry {
  say: string[];
  means: string[][];
}

export interface SynonymList {
  version: number;
  intentFree: string[][];
  synonyms: SynonymEntry[];
}

const words = (s: string) => searchFold(s).split(' ').filter(Boolean);

/** Folds a raw list (the JSON file's shape) into word arrays, longest phrases first. */
export function foldList(raw: {
  version: number;
  intentFree: string[];
  synonyms: { say: string; means: string[] }[];
}): SynonymList {
  const byLength = <T extends { length: number }>(a: T, b: T) => b.length - a.length;
  return {
    version: raw.version,
    intentFree: raw.intentFree.map(words).sort(byLength),
    synonyms: raw.synonyms
      .map((s) => ({ say: words(s.say), means: s.means.map(words) }))
      .sort((a, b) => b.say.length - a.say.length),
  };
}

export const SYNONYM_LIST: SynonymList = foldList(list);

const has = (hay: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && hay.some((_, i) => needle.every((w, k) => hay[i + k] === w));

/**
 * The review rules of the list: no entry means itself, and no meaning contains a phrase that
 * another entry (or the same) rewrites, so a rewrite never feeds another rewrite (no loops).
 */
export function reviewProblems(l: SynonymList): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of l.synonyms) {
    const say = s.say.join(' ');
    if (seen.has(say)) out.push(`"${say}" appears twice`);
    seen.add(say);
    for (const m of s.means) {
      if (m.join(' ') === say) out.push(`"${say}" maps to itself`);
      for (const other of l.synonyms)
        if (has(m, other.say))
          out.push(`"${say}" → "${m.join(' ')}" holds "${other.say.join(' ')}" (loop)`);
    }
  }
  return out;
}

/** Whether `words` holds `phrase` starting at `i`. */
export function phraseAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((w, k) => words[i + k] === w);
}
