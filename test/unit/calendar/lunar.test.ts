import { describe, expect, it } from 'vitest';
import {
  jdFromDate,
  jdToDate,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from '../../../main/calendar/lunar';

/**
 * Lunar new year's day as published: the Chinese calendar (UTC+8) and the Vietnamese one (UTC+7).
 * They differ in 2007 (VN 17/02, CN 18/02) and 2030 (VN 02/02, CN 03/02): in both years the new
 * moon falls between 23:00 and midnight Hà Nội time, already the next day in Beijing.
 */
const CHINESE_NEW_YEAR: Record<number, string> = {
  1990: '01-27',
  1991: '02-15',
  1992: '02-04',
  1993: '01-23',
  1994: '02-10',
  1995: '01-31',
  1996: '02-19',
  1997: '02-07',
  1998: '01-28',
  1999: '02-16',
  2000: '02-05',
  2001: '01-24',
  2002: '02-12',
  2003: '02-01',
  2004: '01-22',
  2005: '02-09',
  2006: '01-29',
  2007: '02-18',
  2008: '02-07',
  2009: '01-26',
  2010: '02-14',
  2011: '02-03',
  2012: '01-23',
  2013: '02-10',
  2014: '01-31',
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
};
const VIETNAMESE_DIFFERENT: Record<number, string> = { 2007: '02-17', 2030: '02-02' };
const vietnameseNewYear = (y: number) => `${y}-${VIETNAMESE_DIFFERENT[y] ?? CHINESE_NEW_YEAR[y]}`;

describe('Vietnamese lunar new year 1990–2030', () => {
  for (const year of Object.keys(CHINESE_NEW_YEAR).map(Number)) {
    it(`Tết ${year} is ${vietnameseNewYear(year)}`, () => {
      expect(lunarNewYear(year)).toBe(vietnameseNewYear(year));
    });
  }

  it('reproduces the Chinese dates with UTC+8, so the zone is what makes 2007 and 2030 differ', () => {
    for (const [year, md] of Object.entries(CHINESE_NEW_YEAR))
      expect(lunarNewYear(Number(year), 8)).toBe(`${year}-${md}`);
  });

  it('places Tết 1985 a month before the Chinese new year (21/01 against 20/02)', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(1985, 8)).toBe('1985-02-20');
  });
});

describe('lunar dates in Vietnam', () => {
  it.each([
    [2019, [14, 4, 2019]],
    [2020, [2, 4, 2020]],
    [2021, [21, 4, 2021]],
    [2022, [10, 4, 2022]],
    [2023, [29, 4, 2023]],
    [2024, [18, 4, 2024]],
    [2025, [7, 4, 2025]],
    [2026, [26, 4, 2026]],
  ])('Hùng Kings day 10/3 of %i', (year, solar) => {
    expect(lunarToSolar({ day: 10, month: 3, year, leap: false })).toEqual(solar);
  });

  it('knows the leap second month of 2023 and refuses a leap month that does not exist', () => {
    expect(solarToLunar(22, 3, 2023)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toEqual([22, 3, 2023]);
    expect(lunarToSolar({ day: 1, month: 3, year: 2026, leap: true })).toBeNull();
  });

  it('names the last day of the lunar year (29 or 30 tháng Chạp)', () => {
    expect(solarToLunar(16, 2, 2026)).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar(21, 1, 2023)).toEqual({ day: 30, month: 12, year: 2022, leap: false });
  });

  it('round-trips every day of 2025–2027 between solar and lunar', () => {
    for (let jd = jdFromDate(1, 1, 2025); jd <= jdFromDate(31, 12, 2027); jd += 1) {
      const [d, m, y] = jdToDate(jd);
      expect(lunarToSolar(solarToLunar(d, m, y))).toEqual([d, m, y]);
    }
  });
});
