/** The working calendar's model. Node-free: the renderer shows and edits these. */
import type { TimeUnit } from '../catalog/types';

export type { TimeUnit };

export interface CalendarDay {
  /** YYYY-MM-DD in Vietnam (UTC+7). */
  date: string;
  /**
   * `off`: a day off (a holiday; weekend days of a holiday span may be stored too, for their note);
   * `work`: an extra working day on a weekend (make-up Saturday).
   */
  kind: 'off' | 'work';
  /** `official`: the Government's schedule; `provisional`: generated from the Labour Code; `admin`: set or confirmed by the unit. */
  source: 'official' | 'provisional' | 'admin';
  note: string;
}

export interface DueDateRequest {
  /** The receipt instant. */
  from: Date;
  amount: number;
  unit: TimeUnit;
  /** HH:MM local: received after it → counted from the next working day. */
  cutoff?: string;
}

/** The due-date engine as the rest of the core sees it. */
export interface WorkingCalendar {
  /** The instant the result is due, in the unit's working time. */
  dueDate(request: DueDateRequest): Date;
  /** Whether a local date (YYYY-MM-DD) is a working day. */
  isWorkingDay(date: string): boolean;
}

/** Office hours as configured and shown: weekly working days (0 = Sunday … 6 = Saturday) and periods. */
export interface OfficeHours {
  weekdays: number[];
  periods: { start: string; end: string }[];
}

/** Office hours in minutes after local midnight, sorted; what the engine reads. */
export interface OfficeSchedule {
  weekdays: readonly number[];
  periods: readonly { start: number; end: number }[];
  /** Start of the first period. */
  open: number;
  /** End of the last period: a receipt after it counts from the next working day. */
  close: number;
}

/**
 * What the engine needs to count working time. Day numbers are days since 1970-01-01 in Vietnam's
 * local calendar (UTC+7), so that a loop over days is integer arithmetic.
 */
export interface WorkingTime {
  readonly schedule: OfficeSchedule;
  isWorkingDayNumber(day: number): boolean;
}

/** One year of the calendar as the admin month grid and the kiosk read it. */
export interface YearCalendar {
  year: number;
  /** False while the year exists only as generated statutory days (nothing saved yet). */
  stored: boolean;
  /** True while any day of the year is still provisional (not confirmed by an admin). */
  provisional: boolean;
  officeHours: OfficeHours;
  days: CalendarDay[];
}

/** An admin's edit of one day: `normal` removes the explicit entry (back to the weekly rule). */
export interface DayEdit {
  date: string;
  kind: 'off' | 'work' | 'normal';
  note?: string;
}

export type CalendarFormat = 'json' | 'ical';

/** An exported year as text, with what a browser needs to save it as a file. */
export interface CalendarExport {
  year: number;
  format: CalendarFormat;
  filename: string;
  mimeType: string;
  content: string;
}
