/**
 * The working/off state of every day 1989–2110, filled a year at a time on first use and
 * dropped per year when the calendar is edited. One typed-array read per day keeps the
 * due-date engine in microseconds.
 */
import { dayNumber, dayOf, weekdayOf, yearOf } from './day-number';
import type { CalendarDay } from './types';

export const FIRST_YEAR = 1989;
export const LAST_YEAR = 2110;
const BASE = dayOf(FIRST_YEAR, 1, 1);
const END = dayOf(LAST_YEAR + 1, 1, 1);
const UNKNOWN = 0;
const WORKING = 1;
const OFF = 2;

/** Where the explicit days of a year come from (the database, or the statutory rules). */
export type DaysOfYear = (year: number) => readonly CalendarDay[];

export class DayTable {
  private readonly states = new Uint8Array(END - BASE);

  constructor(
    private readonly daysOfYear: DaysOfYear,
    private readonly weekdays: readonly number[],
  ) {}

  /** Whether a day is worked: a weekly working day not marked off, or a day marked `work`. */
  isWorking(day: number): boolean {
    const i = day - BASE;
    if (i < 0 || i >= this.states.length)
      throw new RangeError(`ngày ngoài khoảng ${FIRST_YEAR}–${LAST_YEAR}`);
    let state = this.states[i];
    if (state === UNKNOWN) {
      this.load(yearOf(day));
      state = this.states[i];
    }
    return state === WORKING;
  }

  /** Forgets a year (or every year) so the next lookup reads it again. */
  invalidate(year?: number): void {
    if (year === undefined) {
      this.states.fill(UNKNOWN);
      return;
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) return;
    this.states.fill(UNKNOWN, dayOf(year, 1, 1) - BASE, dayOf(year + 1, 1, 1) - BASE);
  }

  private load(year: number): void {
    const first = dayOf(year, 1, 1);
    const last = dayOf(year + 1, 1, 1);
    const explicit = new Map<number, CalendarDay['kind']>();
    for (const d of this.daysOfYear(year)) explicit.set(dayNumber(d.date), d.kind);
    for (let day = first; day < last; day += 1) {
      const kind = explicit.get(day);
      const worked = kind === 'work' || (kind !== 'off' && this.weekdays.includes(weekdayOf(day)));
      this.states[day - BASE] = worked ? WORKING : OFF;
    }
  }
}
