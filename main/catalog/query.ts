/**
 * Turns what a citizen typed into search terms: the synonym list's everyday phrases read as the
 * catalog's words, intent-free words ("làm", "xin", "cho con") kept only as optional, and each
 * remaining word with the ways it may match (as typed, as the start of a word, as two words run
 * together, or one typo away). Only folded letters, digits and dots reach FTS5, each inside
 * quotes, so nothing a user types is ever read as FTS syntax.
 */
import { looksLikeCode, searchFold } from './search-text';
import { phraseAt, SYNONYM_LIST, type SynonymList } from './synonyms';
import { hasPrefix, nearWords, splitWord, type Vocab } from './vocab';

/** One way a term may match: one or more consecutive words; the last part may be a prefix. */
export interface Alternative {
  parts: string[];
  prefix: boolean;
  /** How much a match this way counts: as typed 1, prefix 0.9, split 0.8, typo 0.6. */
  weight: number;
  /** Factor applied when a prefix alternative matched a longer word ("hon" in "hỏng"). */
  extension?: number;
  typo?: boolean;
}

export interface Term {
  typed: string;
  code: boolean;
  /** Intent-free words and typos of short words: they add to the score, never decide a match. */
  optional: boolean;
  alternatives: Alternative[];
  /** How much the term counts in a partial match (rarer terms more); 1 unless set. */
  importance?: number;
  /** Where the term was typed (index among the typed words and phrases). */
  pos?: number;
}

export interface ParsedQuery {
  terms: Term[];
  /** Typed words of 3 letters or more that match nothing in the catalog (shorter ones are noise). */
  unknown: string[];
  /** True when every word typed carries no intent ("làm thủ tục"). */
  onlyIntentFree: boolean;
}

/** Longest query we read, and most words: a 10 KB paste costs what 200 characters cost. */
export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 8;
/** A word this short that matches only through a typo is too unsure to decide a result. */
const SHORT_WORD = 3;

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
  for (const piece of searchFold(head).split(' ')) {
    if (!piece) continue;
    if (looksLikeCode(piece.replace(/\.+$/u, ''))) codes.push(piece.replace(/\.+$/u, ''));
    else words.push(...piece.split('.').filter(Boolean));
  }
  return { words: words.slice(0, MAX_TERMS * 2), codes: codes.slice(0, 2), stillTyping };
}

/** The ways one typed word may match the catalog's words. */
export function alternativesFor(v: Vocab, word: string, isLast: boolean): Alternative[] {
  const exact = v.words.has(word);
  const isPrefix = !exact && hasPrefix(v, word);
  const out: Alternative[] = [];
  if (exact) out.push({ parts: [word], prefix: isLast, weight: 1, extension: 0.5 });
  else if (isPrefix) out.push({ parts: [word], prefix: true, weight: 0.9 });
  if (exact) return out;
  const split = word.length >= 4 ? splitWord(v, word, isLast) : undefined;
  if (split) out.push({ parts: split, prefix: isLast, weight: 0.8 });
  if (!isPrefix)
    out.push(
      ...nearWords(v, word)
        .map((near) => ({
          parts: [near],
          prefix: false,
          weight: typoWeight(word, near),
          typo: true,
        }))
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 6),
    );
  return out;
}

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether two letters sit side by side on the on-screen keyboard (QWERTY rows). */
function neighbours(a: string, b: string): boolean {
  return KEY_ROWS.some((row) => {
    const i = row.indexOf(a);
    return i >= 0 && (row[i - 1] === b || row[i + 1] === b);
  });
}

/** A typo weighs 0.6, or 0.7 when it is one letter hit beside the right key ("hom" for "hon"). */
export function typoWeight(typed: string, word: string): number {
  if (typed.length !== word.length) return 0.6;
  const diff = [...typed].flatMap((ch, i) => (ch === word[i] ? [] : [i]));
  return diff.length === 1 && neighbours(typed[diff[0]], word[diff[0]]) ? 0.7 : 0.6;
}

type Piece =
  { kind: 'word' | 'free'; word: string } | { kind: 'synonym'; say: string; means: string[][] };

/** Reads the synonym list's phrases and the intent-free words out of the folded words, longest first. */
export function readPhrases(words: readonly string[], l: SynonymList = SYNONYM_LIST): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < words.length) {
    const syn = l.synonyms.find((s) => phraseAt(words, i, s.say));
    if (syn) {
      out.push({ kind: 'synonym', say: syn.say.join(' '), means: syn.means });
      i += syn.say.length;
      continue;
    }
    const free = l.intentFree.find((p) => phraseAt(words, i, p));
    const n = free ? free.length : 1;
    for (const word of words.slice(i, i + n)) out.push({ kind: free ? 'free' : 'word', word });
    i += n;
  }
  return out;
}

function termOf(v: Vocab, p: Piece, isLast: boolean): Term | undefined {
  if (p.kind === 'synonym') {
    const alternatives = p.means.map((parts) => ({ parts, prefix: false, weight: 1 }));
    return { typed: p.say, code: false, optional: false, alternatives };
  }
  if (p.kind === 'free') {
    if (!v.words.has(p.word)) return undefined;
    const alternatives = [{ parts: [p.word], prefix: false, weight: 1 }];
    return { typed: p.word, code: false, optional: true, alternatives };
  }
  const alternatives = alternativesFor(v, p.word, isLast);
  if (alternatives.length === 0) return undefined;
  const onlyTypos = alternatives.every((a) => a.typo);
  const optional = onlyTypos && p.word.length <= SHORT_WORD;
  return { typed: p.word, code: false, optional, alternatives };
}

/** Builds the terms of a query against the catalog's vocabulary; words matching nothing are listed apart. */
export function parseQuery(v: Vocab, query: string): ParsedQuery {
  const { words, codes, stillTyping } = queryWords(query);
  const terms: Term[] = codes.map((c) => ({
    typed: c,
    code: true,
    optional: false,
    alternatives: [{ parts: [c], prefix: true, weight: 1 }],
  }));
  const pieces = readPhrases(words);
  const unknown: string[] = [];
  pieces.forEach((p, i) => {
    const isLast = stillTyping && i === pieces.length - 1;
    const t = termOf(v, p, isLast);
    if (t) terms.push({ ...t, pos: i });
    else if (p.kind === 'word' && p.word.length >= 3) unknown.push(p.word);
  });
  const onlyIntentFree =
    codes.length === 0 && pieces.length > 0 && pieces.every((p) => p.kind === 'free');
  return { terms: terms.slice(0, MAX_TERMS), unknown, onlyIntentFree };
}

const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;

function alternativeExpr(a: Alternative): string {
  return `${quote(a.parts.join(' '))}${a.prefix ? '*' : ''}`;
}

function termExpr(t: Term): string {
  const alts = t.alternatives.map(alternativeExpr).join(' OR ');
  return t.code ? `(codes : (${alts}))` : `(${alts})`;
}

/** The FTS5 MATCH expression: every required term must match, each in one of its ways. */
export function ftsExpression(terms: readonly Term[]): string {
  return terms
    .filter((t) => !t.optional)
    .map(termExpr)
    .join(' AND ');
}
