/**
 * The due-date engine: pure functions over a WorkingTime (which days are worked, office hours).
 *
 * Rules, in the order they apply:
 * 1. The effective receipt day is the local day of receipt, unless the receipt falls on a day off,
 *    after the close of office hours, or after the procedure's cut-off: then it is the next working
 *    day. A receipt before opening or during the lunch break stays on its day.
 * 2. `working_day` N: the period starts the day after the effective receipt day (Civil Code 2015,
 *    Art. 147(2)); the result is due at the close of the N-th working day after it.
 * 3. `calendar_day` N: the last day is the effective receipt day + N; when it is a day off it moves
 *    to the next working day (Civil Code Art. 148(5)); due at the close of that day.
 * 4. `working_hour` N: counted from the receipt instant (Art. 147(1)), or from the opening of the
 *    effective receipt day, through office periods only.
 * 5. `same_day`: due at the close of the effective receipt day.
 * Make-up Saturdays are working days with the normal office hours; every due instant lies on a
 * working day.
 */
import { instantOf, localDay, minuteOfDay } from './day-number';
import { parseHhmm } from './office-hours';
import type { DueDateRequest, WorkingTime } from './types';

/** The next working day strictly after `day`. */
export function nextWorkingDay(wt: WorkingTime, day: number): number {
  let d = day + 1;
  while (!wt.isWorkingDayNumber(d)) d += 1;
  return d;
}

/** The first working day on or after `day`. */
export function workingDayOnOrAfter(wt: WorkingTime, day: number): number {
  let d = day;
  while (!wt.isWorkingDayNumber(d)) d += 1;
  return d;
}

/**
 * The day a receipt counts as received on (rule 1). `cutoff` is minutes after midnight; a receipt
 * exactly at the cut-off or at the close still counts for that day.
 */
export function effectiveDay(wt: WorkingTime, instant: Date, cutoff = Infinity): number {
  const day = localDay(instant);
  if (!wt.isWorkingDayNumber(day)) return nextWorkingDay(wt, day);
  const minute = minuteOfDay(instant);
  if (minute > wt.schedule.close || minute > cutoff) return nextWorkingDay(wt, day);
  return day;
}

/** Adds `minutes` of office time to a local day and minute, skipping breaks and days off. */
export function addOfficeMinutes(
  wt: WorkingTime,
  day: number,
  minute: number,
  minutes: number,
): Date {
  const periods = wt.schedule.periods;
  let d = workingDayOnOrAfter(wt, day);
  let m = d === day ? minute : 0;
  let remaining = minutes;
  for (;;) {
    for (const p of periods) {
      if (m >= p.end) continue;
      const start = Math.max(m, p.start);
      const available = p.end - start;
      if (remaining <= available) return instantOf(d, start + remaining);
      remaining -= available;
      m = p.end;
    }
    d = nextWorkingDay(wt, d);
    m = 0;
  }
}

/** Office minutes between two instants (0 when `to` is not after `from`). */
export function officeMinutesBetween(wt: WorkingTime, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  const firstDay = localDay(from);
  const lastDay = localDay(to);
  let total = 0;
  for (let d = firstDay; d <= lastDay; d += 1) {
    if (!wt.isWorkingDayNumber(d)) continue;
    const lo = d === firstDay ? minuteOfDay(from) : 0;
    const hi = d === lastDay ? minuteOfDay(to) : 1440;
    for (const p of wt.schedule.periods)
      total += Math.max(0, Math.min(hi, p.end) - Math.max(lo, p.start));
  }
  return total;
}

/** The close of office hours on the N-th working day after `day`. */
function afterWorkingDays(wt: WorkingTime, day: number, amount: number): Date {
  let d = day;
  for (let i = 0; i < amount; i += 1) d = nextWorkingDay(wt, d);
  return instantOf(d, wt.schedule.close);
}

/** Computes the instant a result is due; the request has been validated by the contract. */
export function computeDueDate(wt: WorkingTime, request: DueDateRequest): Date {
  const cutoff = request.cutoff === undefined ? Infinity : parseHhmm(request.cutoff);
  const day = effectiveDay(wt, request.from, cutoff);
  switch (request.unit) {
    case 'same_day':
      return instantOf(day, wt.schedule.close);
    case 'working_day':
      return afterWorkingDays(wt, day, request.amount);
    case 'calendar_day':
      return instantOf(workingDayOnOrAfter(wt, day + request.amount), wt.schedule.close);
    case 'working_hour': {
      const sameDay = day === localDay(request.from);
      return addOfficeMinutes(
        wt,
        day,
        sameDay ? minuteOfDay(request.from) : 0,
        request.amount * 60,
      );
    }
  }
}
