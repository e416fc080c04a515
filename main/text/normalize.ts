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

/** Thrown by `nfcDeep` when a value nests deeper than allowed (a request built to exhaust the stack). */
export class TooDeepError extends Error {
  constructor(readonly limit: number) {
    super(`nested deeper than ${limit} levels`);
    this.name = 'TooDeepError';
  }
}

/** How deep a request body or imported record may nest; real inputs stay under 8. */
export const MAX_DEPTH = 32;

const define = (o: Record<string, unknown>, k: string, value: unknown) =>
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

type Slot = { value: unknown; depth: number; put: (v: unknown) => void };

/**
 * Deep-normalises every string in a JSON-like value to NFC (request bodies, imported records).
 * Walks with an explicit stack, never recursion, and throws `TooDeepError` past `maxDepth`, so no
 * input can overflow the call stack.
 */
export function nfcDeep<T>(value: T, maxDepth = MAX_DEPTH): T {
  let result: unknown;
  const stack: Slot[] = [{ value, depth: 0, put: (v) => (result = v) }];
  for (let slot = stack.pop(); slot; slot = stack.pop()) {
    const { value: v, depth, put } = slot;
    if (typeof v === 'string') put(nfc(v));
    else if (v === null || typeof v !== 'object') put(v);
    else {
      if (depth >= maxDepth) throw new TooDeepError(maxDepth);
      if (Array.isArray(v)) {
        const out: unknown[] = new Array<unknown>(v.length);
        put(out);
        for (let i = v.length - 1; i >= 0; i--)
          stack.push({ value: v[i] as unknown, depth: depth + 1, put: (x) => (out[i] = x) });
      } else {
        const out: Record<string, unknown> = {};
        put(out);
        // Pushed in reverse so keys are set in their original order; defineProperty so that a
        // `__proto__` key stays a plain key.
        for (const [k, item] of Object.entries(v as Record<string, unknown>).reverse())
          stack.push({ value: item, depth: depth + 1, put: (x) => define(out, k, x) });
      }
    }
  }
  return result as T;
}
