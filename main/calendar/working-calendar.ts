/** A working calendar in memory: the day table, the office schedule and the engine bound together. */
import { badInput } from '../core/errors';
import { computeDueDate } from './due-date';
import { dayNumber, isRealDate } from './day-number';
import { DayTable, type DaysOfYear } from './day-table';
import { compileOfficeHours } from './office-hours';
import { officialDays } from './official';
import { statutoryDays } from './statutory';
import type {
  DueDateRequest,
  OfficeHours,
  OfficeSchedule,
  WorkingCalendar,
  WorkingTime,
} from './types';

export interface CachedCalendar extends WorkingCalendar, WorkingTime {
  /** Drops the cached days of a year (or all years) after an edit. */
  invalidate(year?: number): void;
}

/** The shipped days of a year without a database: the official schedule, else the Labour Code rules. */
export const shippedDaysOfYear: DaysOfYear = (year) => officialDays(year) ?? statutoryDays(year);

/** Binds a source of explicit days and office hours into a calendar that caches the day set. */
export function createWorkingCalendar(
  daysOfYear: DaysOfYear,
  officeHours?: Partial<OfficeHours>,
): CachedCalendar {
  const schedule: OfficeSchedule = compileOfficeHours(officeHours);
  const table = new DayTable(daysOfYear, schedule.weekdays);
  const calendar: CachedCalendar = {
    schedule,
    isWorkingDayNumber: (day) => table.isWorking(day),
    isWorkingDay(date) {
      if (!isRealDate(date))
        throw badInput(`Ngày "${date}" không hợp lệ (cần dạng YYYY-MM-DD)`, 'date');
      return table.isWorking(dayNumber(date));
    },
    dueDate: (request: DueDateRequest) => computeDueDate(calendar, request),
    invalidate: (year) => table.invalidate(year),
  };
  return calendar;
}
