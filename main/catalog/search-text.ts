/**
 * The text the search index and the queries share: Vietnamese folded (no marks, đ → d, lower
 * case) and then y → i, because citizens write "ki"/"ky", "li"/"ly", "qui"/"quy" either way.
 */
import { fold } from '../text/normalize';

/** Folds one text for matching: `fold` plus y → i, so "Đăng ký" and "dang ki" become "dang ki". */
export function searchFold(text: string): string {
  return fold(text).replace(/y/gu, 'i');
}

/** The words of a name or query as the index stores them (no dots: they belong to codes only). */
export function wordTokens(text: string): string[] {
  return searchFold(text)
    .split(/[\s.]+/u)
    .filter((t) => t.length > 0);
}

/** Whether a typed token looks like a procedure code (digits and dots, e.g. "1.001193", "2.0008"). */
export function looksLikeCode(token: string): boolean {
  return /^\d+(\.[\da-z]*)+$/u.test(token) || /^\d{5,}$/u.test(token);
}

/** The code tokens a procedure is found by: whole codes, lower-cased, and their digit parts. */
export function codeTokens(codes: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    if (!code) continue;
    const c = code.trim().toLowerCase();
    out.add(c);
    for (const part of c.split('.')) if (/^\d{5,}$/u.test(part)) out.add(part);
  }
  return [...out];
}

/**
 * Splits a name into words with their offsets, each folded on its own, so a match found on the
 * folded text can be highlighted on the original (NFC letters fold one code point to one).
 */
export function wordsWithOffsets(name: string): { start: number; end: number; folded: string[] }[] {
  const out: { start: number; end: number; folded: string[] }[] = [];
  for (const m of name.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, folded: [...m[0]].map(foldChar) });
  }
  return out;
}

const charCache = new Map<string, string>();

/** Folds one character, memoised: highlighting folds every letter of every shown name. */
function foldChar(ch: string): string {
  let f = charCache.get(ch);
  if (f === undefined) {
    f = searchFold(ch);
    if (charCache.size < 5000) charCache.set(ch, f);
  }
  return f;
}
