/**
 * What a kiosk field accepts: NFC text without control characters, bidi controls, zero-width
 * characters or emoji, cut to a maximum length; numeric fields keep digits only. Pure, no DOM.
 */

/** `email`: plain text without spaces, typed on the email layout (no Telex). */
export type FieldMode = 'text' | 'numeric' | 'email';

// Cc controls (tabs and new lines included: kiosk fields are one line), Cf format characters (bidi
// embeddings/overrides/isolates, LRM/RLM, zero-width space/joiners, BOM), Co private use, Cs lone surrogates, Cn unassigned.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/gu;
// Pictographs, skin-tone modifiers, flag letters, keycap and emoji variation selectors.
const EMOJI =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u20E3\uFE0E\uFE0F]/gu;

export interface SanitizeOptions {
  mode?: FieldMode;
  /** Maximum length in characters (code points after NFC). */
  maxLength?: number;
}

/** Cleans what reaches a kiosk field (typed, pasted or scanned) so that the core only ever sees plain NFC text. */
export function sanitizeField(raw: string, options: SanitizeOptions = {}): string {
  const nfc = raw.normalize('NFC');
  let out =
    options.mode === 'numeric'
      ? nfc.replace(/[^0-9]/gu, '')
      : nfc
          .replace(/[\t\n\r\v\f]/gu, ' ')
          .replace(INVISIBLE, '')
          .replace(EMOJI, '')
          .replace(/\s/gu, ' ')
          .replace(/ {2,}/gu, ' ')
          .replace(/^ +/u, '');
  if (options.mode === 'email') out = out.replace(/ /gu, '');
  out = out.normalize('NFC');
  const max = options.maxLength;
  if (max !== undefined && max >= 0) {
    const chars = Array.from(out);
    if (chars.length > max) out = chars.slice(0, max).join('');
  }
  return out;
}

/** Removes the last character (one code point of NFC text, so "ễ" goes in one touch). */
export function deleteLastChar(text: string): string {
  const chars = Array.from(text.normalize('NFC'));
  chars.pop();
  return chars.join('');
}

/** The length a field's limit counts: code points of the NFC text. */
export const fieldLength = (text: string): number => Array.from(text.normalize('NFC')).length;
