/** Checking a list of explicit days before it is saved: real dates, in the year, no day both off and worked. */
import { badInput } from '../core/errors';
import { cleanText } from '../text/normalize';
import { isRealDate } from './day-number';
import type { CalendarDay } from './types';

export const MAX_NOTE = 200;
const display = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** Refuses a date that is not real or not in the year, naming it. */
export function checkDateInYear(year: number, date: string): void {
  if (!isRealDate(date))
    throw badInput(`Ngày: "${date}" không phải ngày có thật (cần dạng YYYY-MM-DD)`, 'days');
  if (!date.startsWith(`${year}-`))
    throw badInput(`Ngày ${display(date)} không thuộc năm ${year}`, 'days');
}

/**
 * The days of one year, sorted, with notes cleaned. Two entries of one date and kind are merged
 * (their notes joined); a date both `off` and `work` is refused with a 400 naming the day.
 */
export function checkYearDays(year: number, days: readonly CalendarDay[]): CalendarDay[] {
  const byDate = new Map<string, CalendarDay>();
  for (const d of days) {
    checkDateInYear(year, d.date);
    const note = cleanText(d.note).slice(0, MAX_NOTE);
    const seen = byDate.get(d.date);
    if (!seen) {
      byDate.set(d.date, { ...d, note });
      continue;
    }
    if (seen.kind !== d.kind)
      throw badInput(
        `Ngày ${display(d.date)} không thể vừa là ngày nghỉ vừa là ngày làm việc bù`,
        'days',
      );
    if (note && !seen.note.split('; ').includes(note))
      seen.note = (seen.note ? `${seen.note}; ${note}` : note).slice(0, MAX_NOTE);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
