/**
 * Cleaning of numbers pasted, scanned or typed into a kiosk field, done BEFORE the length limit so
 * "0912 345 678" stays 0912345678 and "+84 912 345 678" becomes 0912345678. Pure, no DOM.
 */

/** A phone number: spaces, dots, dashes and brackets out, "+84"/"84" in front of 9 digits → "0", digits only. */
export function cleanPhone(raw: string): string {
  let s = raw.normalize('NFC').replace(/[\s.\-()]/gu, '');
  if (s.startsWith('+84')) s = `0${s.slice(3)}`;
  else if (/^84\d{9}$/u.test(s)) s = `0${s.slice(2)}`;
  return s.replace(/\D/gu, '');
}

/** An ID number: digits only (spaces, dots and dashes of a pasted number dropped). */
export const cleanIdNumber = (raw: string): string => raw.normalize('NFC').replace(/\D/gu, '');

/** The cleaner of a field kind, cutting to `max` characters after cleaning. */
export function cleanNumber(kind: 'phone' | 'id', raw: string, max: number): string {
  return (kind === 'phone' ? cleanPhone(raw) : cleanIdNumber(raw)).slice(0, max);
}
