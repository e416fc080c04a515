/**
 * Days off generated from the Labour Code for years without an official schedule. They are
 * `provisional`: each year the Prime Minister fixes the Tết and National Day days and may swap
 * days, so an admin confirms or edits them once the schedule is announced.
 *
 * Labour Code 2019, Art. 112: 1/1; Tết: the last day of the lunar year and the first four days of
 * the new one; Hùng Kings' day 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day; a holiday on the
 * weekly rest day (Saturday, Sunday for civil servants) is compensated on the next working day.
 * Earlier law, for past years: Tết had 4 days before 2013 (Labour Code 2012), Hùng Kings' day is a
 * holiday from 2007, National Day had one day before 2021.
 */
import { dateOf, dayNumber, dayOf, weekdayOf } from './day-number';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar';
import type { CalendarDay } from './types';

interface Holiday {
  day: number;
  note: string;
}

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'];
const isWeekend = (day: number) => {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

/** Tết: the last day of the lunar year, then mùng 1 to mùng 4 (mùng 3 before 2013). */
function tet(year: number): Holiday[] {
  const newYear = dayNumber(lunarNewYear(year));
  const eve = newYear - 1;
  const [y, m, d] = dateOf(eve).split('-').map(Number);
  const lastDay = solarToLunar(d, m, y).day;
  const days: Holiday[] = [{ day: eve, note: `Tết Nguyên đán (${lastDay} tháng Chạp)` }];
  const count = year >= 2013 ? 4 : 3;
  for (let i = 0; i < count; i += 1)
    days.push({ day: newYear + i, note: `Tết Nguyên đán (${TET_DAY_NAMES[i]})` });
  return days;
}

/** Hùng Kings' commemoration, 10th day of the (non-leap) 3rd lunar month. */
function hungKings(year: number): Holiday[] {
  if (year < 2007) return [];
  const solar = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (!solar) return [];
  return [{ day: dayOf(solar[2], solar[1], solar[0]), note: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)' }];
}

/**
 * National Day and, from 2021, its adjacent day: the one that joins the holiday to a weekend
 * (3/9 when 2/9 is a Monday, Thursday or Sunday; 1/9 otherwise), as recent schedules did.
 */
function nationalDay(year: number): Holiday[] {
  const day = dayOf(year, 9, 2);
  const days: Holiday[] = [{ day, note: 'Quốc khánh (2/9)' }];
  if (year < 2021) return days;
  const adjacent = [1, 4, 0].includes(weekdayOf(day)) ? day + 1 : day - 1;
  days.push({ day: adjacent, note: 'Quốc khánh (ngày liền kề 2/9)' });
  return days;
}

/** The statutory holidays of a year, in date order (a date may appear twice if two coincide). */
export function statutoryHolidays(year: number): Holiday[] {
  return [
    { day: dayOf(year, 1, 1), note: 'Tết Dương lịch (1/1)' },
    ...tet(year),
    ...hungKings(year),
    { day: dayOf(year, 4, 30), note: 'Ngày Chiến thắng (30/4)' },
    { day: dayOf(year, 5, 1), note: 'Ngày Quốc tế Lao động (1/5)' },
    ...nationalDay(year),
  ].sort((a, b) => a.day - b.day);
}

/**
 * A year's generated days: every holiday (weekend ones kept for their note) and a compensation
 * day on the next free weekday for each holiday on a weekend or on another holiday.
 */
export function statutoryDays(year: number): CalendarDay[] {
  const holidays = statutoryHolidays(year);
  const taken = new Set<number>();
  const out = new Map<number, string>();
  const needCompensation: Holiday[] = [];
  for (const h of holidays) {
    if (taken.has(h.day) || isWeekend(h.day)) needCompensation.push(h);
    if (!taken.has(h.day)) out.set(h.day, h.note);
    taken.add(h.day);
  }
  for (const h of needCompensation) {
    let c = h.day + 1;
    while (isWeekend(c) || taken.has(c)) c += 1;
    taken.add(c);
    out.set(c, `Nghỉ bù ${h.note}`);
  }
  return [...out.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, note]) => ({
      date: dateOf(day),
      kind: 'off' as const,
      source: 'provisional' as const,
      note,
    }));
}
