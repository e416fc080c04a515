/** Dates the officer types (date and time inputs, Vietnam local) turned into instants, and back. */
import { vnDate, vnParts } from '../../../main/calendar/vn-time';

/** "2026-03-05" + "16:00" → "2026-03-05T16:00:00+07:00". */
export function vnInput(date: string, time: string): string {
  return `${date}T${time || '00:00'}:00+07:00`;
}

/** The local date (YYYY-MM-DD) of an instant, for a date input. */
export function vnDateInput(iso: string): string {
  return vnDate(new Date(iso));
}

/** The local time (HH:MM) of an instant, for a time input. */
export function vnTimeInput(iso: string): string {
  const p = vnParts(new Date(iso));
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** The first Monday–Friday after the local day of `iso` (holidays are checked by the core). */
export function nextWeekday(iso: string): string {
  const d = new Date(`${vnDate(new Date(iso))}T00:00:00Z`);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6);
  return d.toISOString().slice(0, 10);
}
