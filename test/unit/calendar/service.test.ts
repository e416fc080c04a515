import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { createCalendarService, seedCalendar } from '../../../main/calendar/service';
import { AppError } from '../../../main/core/errors';
import { iso, vn } from './helpers';

const fresh = () => {
  const db = openDatabase(':memory:');
  migrate(db, migrations);
  return db;
};
const now = () => new Date('2026-11-26T01:00:00Z');
const firstDue = (s: ReturnType<typeof createCalendarService>, from: string) =>
  iso(s.dueDate({ from: vn(from), amount: 1, unit: 'working_day' }));

describe('calendar service', () => {
  it('seeds the official years once, on creation', () => {
    const db = fresh();
    expect(seedCalendar(db, now())).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(seedCalendar(db, now())).toEqual([]);
    const s = createCalendarService(db, { now });
    const y2026 = s.days(2026);
    expect(y2026).toMatchObject({ year: 2026, stored: true, provisional: false });
    expect(y2026.days.find((d) => d.date === '2026-01-10')).toMatchObject({
      kind: 'work',
      source: 'official',
    });
    expect(y2026.officeHours).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      periods: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    });
  });

  it('shows a year never saved as generated provisional days without saving it', () => {
    const db = fresh();
    const s = createCalendarService(db, { now });
    const y = s.days(2027);
    expect(y.stored).toBe(false);
    expect(y.provisional).toBe(true);
    expect(y.days.find((d) => d.date === '2027-02-10')).toMatchObject({
      kind: 'off',
      source: 'provisional',
    });
    expect(
      db.prepare('SELECT count(*) AS n FROM calendar_days WHERE date LIKE ?').get('2027-%'),
    ).toEqual({ n: 0 });
  });

  it('applies an edit at once (the cached day set is dropped) and keeps it across restarts', () => {
    const db = fresh();
    const s = createCalendarService(db, { now });
    expect(firstDue(s, '2027-02-04 10:00')).toBe('2027-02-12T17:00:00+07:00');
    const y = s.setDays(2027, [
      { date: '2027-02-12', kind: 'off', note: 'Nghỉ hoán đổi' },
      { date: '2027-02-20', kind: 'work', note: 'Làm bù cho ngày 12/02/2027' },
    ]);
    expect(y.stored).toBe(true);
    expect(y.provisional).toBe(true);
    expect(y.days.find((d) => d.date === '2027-02-12')).toEqual({
      date: '2027-02-12',
      kind: 'off',
      source: 'admin',
      note: 'Nghỉ hoán đổi',
    });
    expect(y.days.find((d) => d.date === '2027-02-10')!.source).toBe('provisional');
    expect(firstDue(s, '2027-02-04 10:00')).toBe('2027-02-15T17:00:00+07:00');
    expect(firstDue(s, '2027-02-19 10:00')).toBe('2027-02-20T17:00:00+07:00');
    const again = createCalendarService(db, { now });
    expect(firstDue(again, '2027-02-19 10:00')).toBe('2027-02-20T17:00:00+07:00');
  });

  it('turns a day back to normal', () => {
    const s = createCalendarService(fresh(), { now });
    expect(s.isWorkingDay('2026-01-10')).toBe(true);
    s.setDays(2026, [{ date: '2026-01-10', kind: 'normal' }]);
    expect(s.isWorkingDay('2026-01-10')).toBe(false);
    expect(s.days(2026).days.some((d) => d.date === '2026-01-10')).toBe(false);
  });

  it('refuses a day both off and a working day, and a day of another year (400)', () => {
    const s = createCalendarService(fresh(), { now });
    const both = () =>
      s.setDays(2027, [
        { date: '2027-03-06', kind: 'work' },
        { date: '2027-03-06', kind: 'off' },
      ]);
    expect(both).toThrow(AppError);
    expect(both).toThrow('Ngày 06/03/2027 không thể vừa là ngày nghỉ vừa là ngày làm việc bù');
    try {
      both();
    } catch (e) {
      expect((e as AppError).status).toBe(400);
    }
    expect(() => s.setDays(2027, [{ date: '2028-01-01', kind: 'off' }])).toThrow(
      'Ngày 01/01/2028 không thuộc năm 2027',
    );
    expect(() => s.days(1989)).toThrow(/từ 1990 đến 2100/u);
    expect(s.days(2027).stored).toBe(false); // nothing half-saved
  });

  it('confirms a year: every provisional day becomes the admin’s', () => {
    const s = createCalendarService(fresh(), { now });
    const before = s.days(2027).days;
    const y = s.confirmYear(2027);
    expect(y).toMatchObject({ stored: true, provisional: false });
    expect(y.days.map((d) => [d.date, d.kind])).toEqual(before.map((d) => [d.date, d.kind]));
    expect(y.days.every((d) => d.source === 'admin')).toBe(true);
  });

  it('exports and imports a year as JSON', () => {
    const a = createCalendarService(fresh(), { now });
    a.setDays(2026, [{ date: '2026-11-24', kind: 'off', note: 'Ngày Văn hóa Việt Nam (thử)' }]);
    const exported = a.exportYear(2026, 'json');
    expect(exported).toMatchObject({
      year: 2026,
      format: 'json',
      filename: 'lich-lam-viec-2026.json',
      mimeType: 'application/json',
    });
    const db = fresh();
    const b = createCalendarService(db, { now });
    const result = b.importYear(2026, 'json', exported.content);
    expect(result.imported).toBe(a.days(2026).days.length);
    expect(b.days(2026).days).toEqual(a.days(2026).days);
    expect(b.isWorkingDay('2026-11-24')).toBe(false);
    expect(() => b.importYear(2027, 'json', exported.content)).toThrow(
      'Nội dung tệp là lịch năm 2026, không phải năm 2027',
    );
    expect(() => b.importYear(2026, 'json', '{"year": 2026')).toThrow(/không phải JSON hợp lệ/u);
    const conflicting = JSON.stringify({
      year: 2026,
      days: [
        { date: '2026-03-07', kind: 'work' },
        { date: '2026-03-07', kind: 'off' },
      ],
    });
    expect(() => b.importYear(2026, 'json', conflicting)).toThrow(
      /vừa là ngày nghỉ vừa là ngày làm việc bù/u,
    );
  });

  it('exports and imports a year as iCalendar', () => {
    const a = createCalendarService(fresh(), { now });
    const exported = a.exportYear(2026, 'ical');
    expect(exported.mimeType).toBe('text/calendar; charset=utf-8');
    expect(exported.content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const b = createCalendarService(fresh(), { now });
    b.setDays(2026, [{ date: '2026-06-01', kind: 'off' }]);
    const result = b.importYear(2026, 'ical', exported.content);
    expect(result.skipped).toBe(0);
    expect(b.days(2026).days).toEqual(a.days(2026).days);
    expect(b.isWorkingDay('2026-06-01')).toBe(true);
  });

  it('uses configured office hours', () => {
    const s = createCalendarService(fresh(), {
      now,
      officeHours: {
        periods: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:30' },
        ],
      },
    });
    expect(iso(s.dueDate({ from: vn('2026-03-02 17:15'), amount: 0, unit: 'same_day' }))).toBe(
      '2026-03-02T17:30:00+07:00',
    );
    expect(s.days(2026).officeHours.periods[1]).toEqual({ start: '13:00', end: '17:30' });
  });
});
