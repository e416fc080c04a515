/**
 * Whether an instant is office time (a working day, inside an office period) and the next instant
 * that is: what an officer's chosen date must be, and what a 400 suggests instead.
 */
import { instantOf, localDay, minuteOfDay } from './day-number';
import { nextWorkingDay } from './due-date';
import type { WorkingTime } from './types';

/** True on a working day within one of the office periods (its start and end included). */
export function isOfficeTime(wt: WorkingTime, at: Date): boolean {
  if (!wt.isWorkingDayNumber(localDay(at))) return false;
  const m = minuteOfDay(at);
  return wt.schedule.periods.some((p) => m >= p.start && m <= p.end);
}

/** The first office instant at or after `at`: itself, the next period's opening, or the next working day's. */
export function nextOfficeTime(wt: WorkingTime, at: Date): Date {
  if (isOfficeTime(wt, at)) return at;
  const day = localDay(at);
  const first = wt.schedule.periods[0].start;
  if (wt.isWorkingDayNumber(day)) {
    const m = minuteOfDay(at);
    const later = wt.schedule.periods.find((p) => p.start > m);
    if (later) return instantOf(day, later.start);
  }
  return instantOf(nextWorkingDay(wt, day), first);
}

/** The close of the `n`-th working day after the local day of `at` (n = 0: that day's close). */
export function closeAfterWorkingDays(wt: WorkingTime, at: Date, n: number): Date {
  let day = localDay(at);
  for (let i = 0; i < n; i += 1) day = nextWorkingDay(wt, day);
  return instantOf(day, wt.schedule.close);
}
