/**
 * The calendar service over the database: the due-date engine with a cached day set, and the
 * admin's edits, confirmation, export and import of a year. Official years ship with the code and
 * are seeded on creation; a year never saved is generated from the Labour Code (provisional) and
 * saved only when an admin edits, confirms or imports it.
 */
import { badInput } from '../core/errors';
import type { Db } from '../db/database';
import { checkDateInYear, checkYearDays } from './day-list';
import { parseICalendar, toICalendar } from './ical';
import { parseCalendarJson, toCalendarJson } from './json-io';
import { describeSchedule } from './office-hours';
import { OFFICIAL_YEARS, officialDays } from './official';
import { isYearStored, readYearDays, writeYear } from './repo';
import { statutoryDays } from './statutory';
import type {
  CalendarDay,
  CalendarExport,
  CalendarFormat,
  DayEdit,
  OfficeHours,
  YearCalendar,
} from './types';
import { createWorkingCalendar, type CachedCalendar } from './working-calendar';

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export interface CalendarService extends CachedCalendar {
  /** A year's explicit days, saved or generated. */
  days(year: number): YearCalendar;
  /** Applies an admin's edits to a year (saving the generated days first if needed). */
  setDays(year: number, edits: readonly DayEdit[]): YearCalendar;
  /** Marks every provisional day of a year as confirmed by the admin. */
  confirmYear(year: number): YearCalendar;
  exportYear(year: number, format: CalendarFormat): CalendarExport;
  /** Replaces a year's days with those of a JSON or iCalendar text. */
  importYear(
    year: number,
    format: CalendarFormat,
    content: string,
  ): YearCalendar & { imported: number; skipped: number };
}

export interface CalendarServiceOptions {
  officeHours?: Partial<OfficeHours>;
  now?: () => Date;
}

/**
 * Saves the shipped official schedules for the years not saved yet, so an admin's own version of a
 * year is never overwritten. Idempotent; createCalendarService calls it. Returns the years seeded.
 */
export function seedCalendar(db: Db, now: Date = new Date()): number[] {
  const seeded: number[] = [];
  for (const year of OFFICIAL_YEARS) {
    if (isYearStored(db, year)) continue;
    writeYear(db, year, officialDays(year) ?? [], now);
    seeded.push(year);
  }
  return seeded;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw badInput(`Năm: phải là số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR}`, 'year');
}

const display = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** Applies edits to a day list: `normal` removes a date, `off`/`work` set it as the admin's. */
export function applyEdits(base: readonly CalendarDay[], edits: readonly DayEdit[]): CalendarDay[] {
  const byDate = new Map(base.map((d) => [d.date, d]));
  const edited = new Map<string, DayEdit>();
  for (const e of edits) {
    const prior = edited.get(e.date);
    if (prior && prior.kind !== e.kind) {
      const both = new Set([prior.kind, e.kind]);
      throw badInput(
        both.has('off') && both.has('work')
          ? `Ngày ${display(e.date)} không thể vừa là ngày nghỉ vừa là ngày làm việc bù`
          : `Ngày ${display(e.date)} được sửa hai lần với hai loại khác nhau`,
        'days',
      );
    }
    edited.set(e.date, e);
  }
  for (const e of edited.values()) {
    if (e.kind === 'normal') {
      byDate.delete(e.date);
      continue;
    }
    const old = byDate.get(e.date);
    const note = e.note ?? (old && old.kind === e.kind ? old.note : '');
    byDate.set(e.date, { date: e.date, kind: e.kind, source: 'admin', note });
  }
  return [...byDate.values()];
}

/** Builds the calendar service; seeds the official years and caches the day set until an edit. */
export function createCalendarService(
  db: Db,
  options: CalendarServiceOptions = {},
): CalendarService {
  const now = options.now ?? (() => new Date());
  seedCalendar(db, now());
  const current = (year: number) =>
    isYearStored(db, year) ? readYearDays(db, year) : statutoryDays(year);
  const calendar = createWorkingCalendar(current, options.officeHours);
  const officeHours = describeSchedule(calendar.schedule);

  const view = (year: number): YearCalendar => {
    const stored = isYearStored(db, year);
    const days = stored ? readYearDays(db, year) : statutoryDays(year);
    return {
      year,
      stored,
      provisional: days.some((d) => d.source === 'provisional'),
      officeHours,
      days,
    };
  };
  const save = (year: number, days: readonly CalendarDay[]) => {
    writeYear(db, year, checkYearDays(year, days), now());
    calendar.invalidate(year);
  };

  return {
    ...calendar,
    days(year) {
      checkYear(year);
      return view(year);
    },
    setDays(year, edits) {
      checkYear(year);
      for (const e of edits) checkDateInYear(year, e.date);
      save(year, applyEdits(current(year), edits));
      return view(year);
    },
    confirmYear(year) {
      checkYear(year);
      save(
        year,
        current(year).map((d) =>
          d.source === 'provisional' ? { ...d, source: 'admin' as const } : d,
        ),
      );
      return view(year);
    },
    exportYear(year, format) {
      checkYear(year);
      const days = current(year);
      return format === 'json'
        ? {
            year,
            format,
            filename: `lich-lam-viec-${year}.json`,
            mimeType: 'application/json',
            content: toCalendarJson(year, days),
          }
        : {
            year,
            format,
            filename: `lich-lam-viec-${year}.ics`,
            mimeType: 'text/calendar; charset=utf-8',
            content: toICalendar(year, days, now()),
          };
    },
    importYear(year, format, content) {
      checkYear(year);
      const parsed =
        format === 'json'
          ? { days: parseCalendarJson(content, year), skipped: 0 }
          : parseICalendar(content, year);
      save(year, parsed.days);
      return { ...view(year), imported: parsed.days.length, skipped: parsed.skipped };
    },
  };
}

/**
 * The calendar the running hub uses: when the admin changes office hours, every later call (due
 * dates, the calendar screens) reaches a service built on the new hours; the day set stays in SQLite.
 */
export function createLiveCalendar(
  db: Db,
  officeHours: Partial<OfficeHours> | undefined,
): { service: CalendarService; setOfficeHours(hours: Partial<OfficeHours>): void } {
  let current = createCalendarService(db, { officeHours });
  const service = new Proxy({} as CalendarService, {
    get: (_target, key) => Reflect.get(current, key) as unknown,
  });
  return {
    service,
    setOfficeHours(hours) {
      current = createCalendarService(db, { officeHours: hours });
    },
  };
}
