/**
 * The official schedules of days off for civil servants (công chức, viên chức) that we can state
 * from the Government's announcements, 2022–2026. Spans include their weekend days (stored as
 * `off` for their note); `work` entries are the make-up working Saturdays of swapped days.
 * Years not listed here are generated from the Labour Code and stay provisional.
 * The 24/11 "Ngày Văn hóa Việt Nam" holiday is not listed: it is not confirmed.
 */
import { dateOf, dayNumber } from './day-number';
import type { CalendarDay } from './types';

interface OfficialYear {
  /** [first MM-DD, last MM-DD, note]: consecutive days off. */
  off: [string, string, string][];
  /** [MM-DD, note]: weekend days worked in exchange for a swapped day off. */
  work: [string, string][];
}

const OFFICIAL: Record<number, OfficialYear> = {
  2022: {
    off: [
      ['01-01', '01-03', 'Tết Dương lịch (nghỉ bù thứ Hai 03/01)'],
      ['01-29', '02-06', 'Nghỉ Tết Nguyên đán Nhâm Dần'],
      ['04-10', '04-11', 'Giỗ Tổ Hùng Vương (nghỉ bù thứ Hai 11/04)'],
      ['04-30', '05-03', 'Ngày Chiến thắng và Quốc tế Lao động (nghỉ bù 02–03/05)'],
      ['09-01', '09-04', 'Nghỉ Quốc khánh'],
    ],
    work: [],
  },
  2023: {
    off: [
      ['01-01', '01-02', 'Tết Dương lịch (nghỉ bù thứ Hai 02/01)'],
      ['01-20', '01-26', 'Nghỉ Tết Nguyên đán Quý Mão'],
      ['04-29', '05-03', 'Giỗ Tổ Hùng Vương, Ngày Chiến thắng và Quốc tế Lao động'],
      ['09-01', '09-04', 'Nghỉ Quốc khánh'],
    ],
    work: [],
  },
  2024: {
    off: [
      ['01-01', '01-01', 'Tết Dương lịch'],
      ['02-08', '02-14', 'Nghỉ Tết Nguyên đán Giáp Thìn'],
      ['04-18', '04-18', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'],
      ['04-27', '05-01', 'Ngày Chiến thắng và Quốc tế Lao động (hoán đổi thứ Hai 29/04)'],
      ['08-31', '09-03', 'Nghỉ Quốc khánh'],
    ],
    work: [['05-04', 'Làm bù cho ngày nghỉ thứ Hai 29/04/2024']],
  },
  2025: {
    off: [
      ['01-01', '01-01', 'Tết Dương lịch'],
      ['01-25', '02-02', 'Nghỉ Tết Nguyên đán Ất Tỵ'],
      ['04-07', '04-07', 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)'],
      ['04-30', '05-04', 'Ngày Chiến thắng và Quốc tế Lao động (hoán đổi thứ Sáu 02/05)'],
      ['08-30', '09-02', 'Nghỉ Quốc khánh'],
    ],
    work: [['04-26', 'Làm bù cho ngày nghỉ thứ Sáu 02/05/2025']],
  },
  2026: {
    off: [
      ['01-01', '01-04', 'Nghỉ Tết Dương lịch (hoán đổi thứ Sáu 02/01)'],
      ['02-14', '02-22', 'Nghỉ Tết Nguyên đán Bính Ngọ'],
      ['04-26', '04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù thứ Hai 27/04)'],
      ['04-30', '05-03', 'Ngày Chiến thắng và Quốc tế Lao động'],
      ['08-29', '09-02', 'Nghỉ Quốc khánh (hoán đổi thứ Hai 31/08)'],
    ],
    work: [
      ['01-10', 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026'],
      ['08-22', 'Làm bù cho ngày nghỉ thứ Hai 31/08/2026'],
    ],
  },
};

/** The years shipped with an official schedule, oldest first. */
export const OFFICIAL_YEARS: readonly number[] = Object.keys(OFFICIAL)
  .map(Number)
  .sort((a, b) => a - b);

/** A year's official days, expanded to one entry per date; null when we have no official schedule. */
export function officialDays(year: number): CalendarDay[] | null {
  const spec = OFFICIAL[year];
  if (!spec) return null;
  const days: CalendarDay[] = [];
  for (const [first, last, note] of spec.off) {
    for (let d = dayNumber(`${year}-${first}`); d <= dayNumber(`${year}-${last}`); d += 1)
      days.push({ date: dateOf(d), kind: 'off', source: 'official', note });
  }
  for (const [date, note] of spec.work)
    days.push({ date: `${year}-${date}`, kind: 'work', source: 'official', note });
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
