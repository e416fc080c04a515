/**
 * Local day numbers: days since 1970-01-01 in Vietnam (UTC+7). The engine counts in these so
 * that walking over working days is integer arithmetic, with no Date objects on the hot path.
 */
import { VN_OFFSET_MINUTES } from './vn-time';

export const DAY_MS = 86_400_000;
const OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The local day number of an instant. */
export function localDay(instant: Date): number {
  return Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS);
}

/** Minutes (fractional) after local midnight of an instant. */
export function minuteOfDay(instant: Date): number {
  const local = instant.getTime() + OFFSET_MS;
  return (local - Math.floor(local / DAY_MS) * DAY_MS) / 60_000;
}

/** The instant of a local day number and a minute of that day. */
export function instantOf(day: number, minute: number): Date {
  return new Date(day * DAY_MS + Math.round(minute * 60_000) - OFFSET_MS);
}

/** The weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day number of a YYYY-MM-DD date (the caller has validated the text). */
export function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    DAY_MS
  );
}

/** The day number of a year, month, day. */
export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** YYYY-MM-DD of a day number. */
export function dateOf(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The Gregorian year a day number falls in. */
export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Whether a text is a real YYYY-MM-DD date. */
export function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return false;
  return dateOf(dayNumber(date)) === date;
}
