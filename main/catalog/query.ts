/**
 * Turns what a citizen typed into search terms: each word with the ways it may match (as typed,
 * as the start of a word, as two words run together, or one typo away), and the FTS5 expression
 * for them. Only folded letters, digits and dots reach FTS5, each inside quotes, so nothing a
 * user types is ever read as FTS syntax.
 */
import { looksLikeCode, searchFold } from './search-text';
import { expandSynonyms } from './synonyms';
import { hasPrefix, nearWords, splitWord, type Vocab } from './vocab';

/** One way a term may match: one or two consecutive words; the last part may be a prefix. */
export interface Alternative {
  parts: string[];
  prefix: boolean;
  /** How much a match this way counts: as typed 1, prefix 0.9, split 0.8, typo 0.6. */
  weight: number;
}

export interface Term {
  typed: string;
  code: boolean;
  alternatives: Alternative[];
}

/** Longest query we read, and most words: a 10 KB paste costs what 200 characters cost. */
export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 8;

/** The typed words, folded, with codes kept whole; control characters and syntax fall away. */
export function queryWords(query: string): {
  words: string[];
  codes: string[];
  stillTyping: boolean;
} {
  const head = query
    .slice(0, MAX_QUERY_CHARS * 2)
    .normalize('NFC')
    .slice(0, MAX_QUERY_CHARS);
  const stillTyping = !/\s$/u.test(head);
  const words: string[] = [];
  const codes: string[] = [];
  const folded = searchFold(head);
  const expanded = expandSynonyms(folded);
  for (const piece of expanded.split(' ')) {
    if (!piece) continue;
    if (looksLikeCode(piece.replace(/\.+$/u, ''))) codes.push(piece.replace(/\.+$/u, ''));
    else words.push(...piece.split('.').filter(Boolean));
  }
  return { words: words.slice(0, MAX_TERMS), codes: codes.slice(0, 2), stillTyping };
}

/** The ways one typed word may match the catalog's words. */
export function alternativesFor(v: Vocab, word: string, isLast: boolean): Alternative[] {
  const exact = v.words.has(word);
  const isPrefix = !exact && hasPrefix(v, word);
  const out: Alternative[] = [];
  if (exact) out.push({ parts: [word], prefix: isLast, weight: 1 });
  else if (isPrefix) out.push({ parts: [word], prefix: true, weight: 0.9 });
  if (exact) return out;
  const split = word.length >= 4 || !isPrefix ? splitWord(v, word, isLast) : undefined;
  if (split) out.push({ parts: split, prefix: isLast, weight: 0.8 });
  if (!isPrefix)
    for (const near of nearWords(v, word)) out.push({ parts: [near], prefix: false, weight: 0.6 });
  return out;
}

/** Builds the terms of a query against the catalog's vocabulary; words matching nothing are dropped. */
export function parseQuery(v: Vocab, query: string): Term[] {
  const { words, codes, stillTyping } = queryWords(query);
  const terms: Term[] = codes.map((c) => ({
    typed: c,
    code: true,
    alternatives: [{ parts: [c], prefix: true, weight: 1 }],
  }));
  words.forEach((word, i) => {
    const isLast = stillTyping && i === words.length - 1;
    const alternatives = alternativesFor(v, word, isLast);
    if (alternatives.length > 0) terms.push({ typed: word, code: false, alternatives });
  });
  return terms;
}

const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;

function alternativeExpr(a: Alternative): string {
  return `${quote(a.parts.join(' '))}${a.prefix ? '*' : ''}`;
}

/** The FTS5 MATCH expression: every term must match, each in one of its ways. */
export function ftsExpression(terms: readonly Term[]): string {
  return terms
    .map((t) => {
      const alts = t.alternatives.map(alternativeExpr).join(' OR ');
      return t.code ? `(codes : (${alts}))` : `(${alts})`;
    })
    .join(' AND ');
}
