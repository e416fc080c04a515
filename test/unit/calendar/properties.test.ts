/**
 * Property tests with a seeded random loop: a due date is never on a day off, never before the
 * receipt, and never earlier when the receipt time or the amount grows; working days and working
 * hours also agree with a slow, independent count.
 */
import { describe, expect, it } from 'vitest';
import { resumeDueDate } from '../../../main/calendar/recompute';
import { vnDate, vnParts } from '../../../main/calendar/vn-time';
import type { TimeUnit } from '../../../main/calendar/types';
import { seeded, shipped, vn } from './helpers';

const cal = shipped();
const UNITS: TimeUnit[] = ['working_day', 'calendar_day', 'working_hour', 'same_day'];
const START = vn('2025-01-01 00:00').getTime();
const SPAN = vn('2027-12-01 00:00').getTime() - START;
const N = 3000;

function sample(rand: () => number) {
  const from = new Date(START + Math.floor((rand() * SPAN) / 60_000) * 60_000);
  const unit = UNITS[Math.floor(rand() * UNITS.length)];
  const amount =
    unit === 'same_day'
      ? 0
      : unit === 'working_hour'
        ? 1 + Math.floor(rand() * 80) / 2
        : 1 + Math.floor(rand() * 60);
  const cutoff =
    rand() < 0.3
      ? `${String(12 + Math.floor(rand() * 5)).padStart(2, '0')}:${rand() < 0.5 ? '00' : '30'}`
      : undefined;
  return { from, unit, amount, cutoff };
}

/** Independent count of working days: local dates stepped one at a time through isWorkingDay. */
function slowWorkingDay(from: Date, amount: number): string {
  const p = vnParts(from);
  const minute = p.hour * 60 + p.minute + p.second / 60;
  let date = vnDate(from);
  const next = (d: string) =>
    vnDate(new Date(new Date(`${d}T12:00:00+07:00`).getTime() + 86_400_000));
  if (!cal.isWorkingDay(date) || minute > 17 * 60) {
    do date = next(date);
    while (!cal.isWorkingDay(date));
  }
  for (let i = 0; i < amount; i += 1) {
    do date = next(date);
    while (!cal.isWorkingDay(date));
  }
  return `${date} 17:00`;
}

/** Independent count of working hours: one minute at a time. */
function slowWorkingHour(from: Date, hours: number): number {
  let t = Math.ceil(from.getTime() / 60_000) * 60_000;
  let left = Math.round(hours * 60);
  const inOffice = (ms: number) => {
    const p = vnParts(new Date(ms));
    const m = p.hour * 60 + p.minute;
    return (
      cal.isWorkingDay(vnDate(new Date(ms))) && ((m >= 420 && m < 690) || (m >= 810 && m < 1020))
    );
  };
  while (left > 0) {
    if (inOffice(t)) left -= 1;
    t += 60_000;
  }
  return t;
}

describe('due-date properties (seeded)', () => {
  it('never falls on a day off nor before the receipt, and lies within office hours', () => {
    const rand = seeded(20261126);
    for (let i = 0; i < N; i += 1) {
      const s = sample(rand);
      const due = cal.dueDate(s);
      const p = vnParts(due);
      const minute = p.hour * 60 + p.minute;
      expect(cal.isWorkingDay(vnDate(due)), JSON.stringify(s)).toBe(true);
      expect(due.getTime()).toBeGreaterThan(s.from.getTime());
      expect(
        (minute >= 420 && minute <= 690) || (minute >= 810 && minute <= 1020),
        JSON.stringify(s),
      ).toBe(true);
    }
  });

  it('never moves earlier when the receipt time grows', () => {
    const rand = seeded(7);
    for (let i = 0; i < N; i += 1) {
      const s = sample(rand);
      const later = new Date(s.from.getTime() + Math.floor(rand() * 5 * 86_400_000));
      expect(
        cal.dueDate({ ...s, from: later }).getTime(),
        JSON.stringify(s),
      ).toBeGreaterThanOrEqual(cal.dueDate(s).getTime());
    }
  });

  it('never moves earlier when the amount grows', () => {
    const rand = seeded(11);
    for (let i = 0; i < N; i += 1) {
      const s = sample(rand);
      if (s.unit === 'same_day') continue;
      const more =
        s.amount +
        (s.unit === 'working_hour' ? Math.floor(rand() * 20) / 2 : Math.floor(rand() * 10));
      expect(
        cal.dueDate({ ...s, amount: more }).getTime(),
        JSON.stringify(s),
      ).toBeGreaterThanOrEqual(cal.dueDate(s).getTime());
    }
  });

  it('agrees with a day-by-day count of working days', () => {
    const rand = seeded(3);
    for (let i = 0; i < 500; i += 1) {
      const s = { ...sample(rand), unit: 'working_day' as const, cutoff: undefined };
      const due = cal.dueDate(s);
      expect(
        `${vnDate(due)} ${String(vnParts(due).hour).padStart(2, '0')}:00`,
        JSON.stringify(s),
      ).toBe(slowWorkingDay(s.from, s.amount));
    }
  });

  it('agrees with a minute-by-minute count of working hours', () => {
    const rand = seeded(5);
    for (let i = 0; i < 150; i += 1) {
      const s = {
        ...sample(rand),
        unit: 'working_hour' as const,
        amount: 1 + Math.floor(rand() * 24) / 2,
        cutoff: undefined,
      };
      expect(cal.dueDate(s).getTime(), JSON.stringify(s)).toBe(slowWorkingHour(s.from, s.amount));
    }
  });

  it('a pause and a resume on the same instant leave the due date unchanged; a later resume never moves it earlier', () => {
    const rand = seeded(13);
    for (let i = 0; i < 1000; i += 1) {
      const s = { ...sample(rand), cutoff: undefined };
      const dueAt = cal.dueDate(s);
      const pausedAt = new Date(s.from.getTime() + rand() * (dueAt.getTime() - s.from.getTime()));
      const same = resumeDueDate(cal, { dueAt, pausedAt, resumedAt: pausedAt, unit: s.unit });
      expect(same.getTime(), JSON.stringify(s)).toBe(dueAt.getTime());
      const r1 = new Date(pausedAt.getTime() + rand() * 10 * 86_400_000);
      const r2 = new Date(r1.getTime() + rand() * 10 * 86_400_000);
      const d1 = resumeDueDate(cal, { dueAt, pausedAt, resumedAt: r1, unit: s.unit });
      const d2 = resumeDueDate(cal, { dueAt, pausedAt, resumedAt: r2, unit: s.unit });
      expect(d1.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
      expect(d2.getTime()).toBeGreaterThanOrEqual(d1.getTime());
      expect(cal.isWorkingDay(vnDate(d2))).toBe(true);
    }
  });
});
