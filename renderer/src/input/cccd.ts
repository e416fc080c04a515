/**
 * The QR code on the chip căn cước card, as a keyboard-wedge scanner types it:
 * `ID|old ID|full name|DDMMYYYY birth|gender|address|DDMMYYYY issue date`. Only the five fields the
 * declaration needs come out; anything else (another QR, a partial read, noise) is refused whole.
 * Pure, no DOM.
 */

export interface CccdData {
  idNumber: string;
  fullName: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  gender: 'Nam' | 'Nữ';
  address: string;
}

export type CccdResult = { ok: true; data: CccdData } | { ok: false; reason: string };

/** Longer than any real card's QR: a scan beyond this is noise. */
export const MAX_CCCD_QR = 600;

const fail = (reason: string): CccdResult => ({ ok: false, reason });

function isoDate(ddmmyyyy: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{4})$/u.exec(ddmmyyyy);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const valid =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return valid && y >= 1900 ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

function gender(raw: string): CccdData['gender'] | null {
  const g = raw.normalize('NFC').trim().toLocaleLowerCase('vi');
  if (g === 'nam') return 'Nam';
  if (g === 'nữ') return 'Nữ';
  return null;
}

/** Whether a typed or scanned text looks like a CCCD QR at all (so the form treats it as a scan). */
export const looksLikeCccd = (raw: string): boolean => (raw.match(/\|/gu) ?? []).length >= 4;

/** Reads a CCCD QR string; any field out of shape refuses the whole scan. */
export function parseCccdQr(raw: string): CccdResult {
  if (raw.length > MAX_CCCD_QR) return fail('too_long');
  // A scanner may end with CR/LF or send other controls; they are not part of the data.
  const text = raw
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim();
  const parts = text.split('|').map((p) => p.trim());
  if (parts.length !== 7) return fail('shape');
  const [id, oldId, name, birth, sex, address, issued] = parts;
  if (!/^\d{12}$/u.test(id)) return fail('id');
  if (oldId && !/^\d{9}$/u.test(oldId)) return fail('old_id');
  if (!name || name.length > 100 || !/^[\p{L} '.-]+$/u.test(name)) return fail('name');
  const birthDate = isoDate(birth);
  if (!birthDate) return fail('birth');
  const g = gender(sex);
  if (!g) return fail('gender');
  if (!address || address.length > 200) return fail('address');
  if (!isoDate(issued)) return fail('issued');
  return { ok: true, data: { idNumber: id, fullName: name, birthDate, gender: g, address } };
}
