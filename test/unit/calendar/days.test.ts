import { describe, expect, it } from 'vitest';
import { OFFICIAL_YEARS, officialDays } from '../../../main/calendar/official';
import { statutoryDays } from '../../../main/calendar/statutory';
import { shipped } from './helpers';

const weekdayOff = (days: { date: string; kind: string }[]) =>
  days
    .filter(
      (d) => d.kind === 'off' && ![0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay()),
    )
    .map((d) => d.date);
const work = (days: { date: string; kind: string }[]) =>
  days.filter((d) => d.kind === 'work').map((d) => d.date);

describe('official schedules', () => {
  it('ships 2022–2026 as official and nothing provisional in them', () => {
    expect(OFFICIAL_YEARS).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const y of OFFICIAL_YEARS)
      expect(officialDays(y)!.every((d) => d.source === 'official')).toBe(true);
    expect(officialDays(2027)).toBeNull();
  });

  it('2026: the Government schedule for civil servants', () => {
    const days = officialDays(2026)!;
    expect(weekdayOff(days)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(work(days)).toEqual(['2026-01-10', '2026-08-22']);
    expect(days.map((d) => d.date)).toContain('2026-02-14');
    expect(days.map((d) => d.date)).toContain('2026-02-22');
    expect(days.map((d) => d.date)).not.toContain('2026-11-24');
  });

  it('2025: Tết 25/01–02/02, Hùng Kings 07/04, 30/4–4/5 with make-up 26/04, 30/8–2/9', () => {
    const days = officialDays(2025)!;
    expect(weekdayOff(days)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(work(days)).toEqual(['2025-04-26']);
  });

  it('every official weekday off is a statutory holiday, a compensation day or a swapped day', () => {
    for (const y of OFFICIAL_YEARS) {
      const official = weekdayOff(officialDays(y)!);
      const statutory = new Set(weekdayOff(statutoryDays(y)));
      const extra = official.filter((d) => !statutory.has(d));
      // at most the days the Government swapped or moved (two in any one year)
      expect(extra.length, `${y}: ${extra.join(', ')}`).toBeLessThanOrEqual(2);
    }
  });
});

describe('statutory days (provisional)', () => {
  it('2027: Tết 05/02 (29 tháng Chạp)–09/02 with two compensation days, Hùng Kings 16/04, 1/5 Saturday compensated', () => {
    const days = statutoryDays(2027);
    expect(days.every((d) => d.source === 'provisional' && d.kind === 'off')).toBe(true);
    expect(weekdayOff(days)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
    ]);
    expect(days.find((d) => d.date === '2027-02-05')!.note).toBe('Tết Nguyên đán (29 tháng Chạp)');
    expect(days.find((d) => d.date === '2027-05-03')!.note).toMatch(/^Nghỉ bù/u);
  });

  it('2026 generated agrees with the official schedule except the two swapped days', () => {
    const generated = new Set(weekdayOff(statutoryDays(2026)));
    const official = weekdayOff(officialDays(2026)!);
    expect(official.filter((d) => !generated.has(d))).toEqual(['2026-01-02', '2026-08-31']);
    expect([...generated].filter((d) => !official.includes(d))).toEqual([]);
  });

  it('2025 generated puts the Tết compensation after Tết (the official schedule moved it before)', () => {
    expect(weekdayOff(statutoryDays(2025))).toContain('2025-02-03');
  });

  it('compensates a holiday on a weekend on the next free weekday', () => {
    // 2028: 1/1 Saturday → Monday 3/1; 30/4 Sunday → Tuesday 2/5 (Monday is 1/5)
    const days = weekdayOff(statutoryDays(2028));
    expect(days).toContain('2028-01-03');
    expect(days).toContain('2028-05-02');
  });

  it('follows the older law for past years', () => {
    // 2010: Tết had 4 days, National Day one; 2005: no Hùng Kings holiday yet
    const tet2010 = statutoryDays(2010).filter((d) => d.note.startsWith('Tết Nguyên đán'));
    expect(tet2010.map((d) => d.date)).toEqual([
      '2010-02-13',
      '2010-02-14',
      '2010-02-15',
      '2010-02-16',
    ]);
    expect(statutoryDays(2010).some((d) => d.note.includes('liền kề'))).toBe(false);
    expect(statutoryDays(2005).some((d) => d.note.includes('Hùng Vương'))).toBe(false);
  });

  it('yields only dates of the year, each once, for every year 1990–2100', () => {
    for (let y = 1990; y <= 2100; y += 1) {
      const dates = statutoryDays(y).map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.every((d) => d.startsWith(`${y}-`))).toBe(true);
    }
  });

  it('is what the calendar uses for years without an official schedule', () => {
    const cal = shipped();
    expect(cal.isWorkingDay('2027-02-11')).toBe(false);
    expect(cal.isWorkingDay('2027-02-12')).toBe(true);
  });
});
