/** Dossier and declaration codes. */
import { randomInt } from 'node:crypto';
import type { Db } from '../db/database';
import { vnDate, vnYymmdd } from '../calendar/vn-time';
import { statement } from '../db/statements';

/**
 * Takes the next number of the unit's day. Must run inside the transaction that stores the
 * dossier, so a number is never reused and never skipped, even under concurrency or a crash.
 */
export function nextDayNumber(db: Db, agency: string, at: Date): number {
  const row = statement<[string, string], { last: number }>(
    db,
    `INSERT INTO day_counters (unit, day, last) VALUES (?, ?, 1)
       ON CONFLICT (unit, day) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(agency, vnDate(at));
  return row!.last;
}

/**
 * Takes the next entry of the unit's Sổ theo dõi hồ sơ for the year of `at` (Vietnam time). Runs
 * inside the accept transaction: a refused or failed accept rolls it back, so no number is lost.
 */
export function nextLedgerNo(db: Db, unit: string, at: Date): { year: number; no: number } {
  const year = Number(vnDate(at).slice(0, 4));
  const row = statement<[string, number], { last: number }>(
    db,
    `INSERT INTO ledger_counters (unit, year, last) VALUES (?, ?, 1)
       ON CONFLICT (unit, year) DO UPDATE SET last = last + 1 RETURNING last`,
  ).get(unit, year);
  return { year, no: row!.last };
}

/** Formats a dossier code from the configured pattern. */
export function formatDossierCode(format: string, agency: string, at: Date, n: number): string {
  return format
    .replaceAll('{agency}', agency)
    .replaceAll('{yymmdd}', vnYymmdd(at))
    .replaceAll('{nnnn}', String(n).padStart(4, '0'));
}

// Crockford's alphabet: no I, L, O, U, so a code read aloud or typed on a touch screen is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random code of `length` characters from the unambiguous alphabet. */
export function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** A declaration code such as `TK-7Q3K9M`: short enough to say at the counter, random enough not to guess. */
export const newDeclarationCode = () => `TK-${randomCode(6)}`;

/** The short secret printed in the slip's QR next to the dossier code. */
export const newLookupSecret = () => randomCode(6);

/** Splits what a scanner or a citizen typed: `CODE` or `CODE#SECRET`. */
export function parseLookupInput(raw: string): { code: string; secret?: string } {
  const [code, secret] = raw.trim().toUpperCase().split('#');
  return secret ? { code, secret } : { code };
}
