/** Office hours: which weekdays the unit works and its periods, with the common default. */
import type { OfficeHours, OfficeSchedule } from './types';

/** Monday to Friday, 07:00–11:30 and 13:30–17:00: the most common hours of one-stop counters. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
};

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/u;

/** Minutes after midnight of "HH:MM"; throws on anything else (24:00 is allowed as an end). */
export function parseHhmm(text: string): number {
  if (text === '24:00') return 1440;
  const m = HHMM.exec(text);
  if (!m) throw new Error(`giờ "${text}" phải có dạng HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** "HH:MM" of minutes after midnight. */
export function formatHhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Checks and compiles office hours for the engine: at least one working weekday and one period,
 * periods in order and not overlapping. A bad configuration fails at start-up, not at a counter.
 */
export function compileOfficeHours(input: Partial<OfficeHours> = {}): OfficeSchedule {
  const weekdays = [...new Set(input.weekdays ?? DEFAULT_OFFICE_HOURS.weekdays)].sort(
    (a, b) => a - b,
  );
  if (weekdays.length === 0 || weekdays.some((d) => !Number.isInteger(d) || d < 0 || d > 6))
    throw new Error(
      'Giờ làm việc: ngày làm việc trong tuần phải là 0 (Chủ nhật) … 6 (thứ Bảy), ít nhất một ngày',
    );
  const periods = (input.periods ?? DEFAULT_OFFICE_HOURS.periods).map((p) => ({
    start: parseHhmm(p.start),
    end: parseHhmm(p.end),
  }));
  if (periods.length === 0) throw new Error('Giờ làm việc: cần ít nhất một buổi làm việc');
  periods.forEach((p, i) => {
    if (p.end <= p.start) throw new Error('Giờ làm việc: giờ kết thúc phải sau giờ bắt đầu');
    if (i > 0 && p.start < periods[i - 1].end)
      throw new Error('Giờ làm việc: các buổi phải theo thứ tự và không chồng nhau');
  });
  return { weekdays, periods, open: periods[0].start, close: periods[periods.length - 1].end };
}

/** The schedule back as configuration text, for the calendar screens. */
export function describeSchedule(schedule: OfficeSchedule): OfficeHours {
  return {
    weekdays: [...schedule.weekdays],
    periods: schedule.periods.map((p) => ({ start: formatHhmm(p.start), end: formatHhmm(p.end) })),
  };
}
