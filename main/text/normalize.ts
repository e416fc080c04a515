/** Text helpers used at every boundary: input, import, search and print all see NFC. */

/** NFC-normalises a string; every text that enters the core passes through here. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** NFC plus trimmed, with runs of white space folded to one space (names, addresses). */
export function cleanText(text: string): string {
  return nfc(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Folds Vietnamese for matching: no tone or vowel marks, `đ` as `d`, lower case, one space
 * between words. A citizen typing "dang ky khai sinh" on a touch screen matches "Đăng ký khai sinh".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Deep-normalises every string in a JSON-like value to NFC (request bodies, imported records). */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => nfcDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = nfcDeep(v);
    return out as T;
  }
  return value;
}
