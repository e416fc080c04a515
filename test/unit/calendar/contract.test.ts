import { describe, expect, it } from 'vitest';
import '../../../main/core/validation';
import { describeIssues } from '../../../main/core/validation';
import { calendarContract } from '../../../main/calendar/contract';
import { calendarHandlers } from '../../../main/calendar/operations';
import { createCalendarService } from '../../../main/calendar/service';
import { openDatabase } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import type { OpContext } from '../../../main/core/handlers';

const dueInput = calendarContract['calendar.dueDate'].input;
const message = (
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) => {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  return describeIssues(r.error as Parameters<typeof describeIssues>[0]).message;
};
const good = { from: '2026-03-02T09:00:00+07:00', amount: 5, unit: 'working_day' };

describe('calendar contract: bad input answers 400 in Vietnamese, naming the field', () => {
  it('accepts a well-formed request', () => {
    expect(dueInput.parse({ ...good, cutoff: '15:00' })).toEqual({ ...good, cutoff: '15:00' });
    expect(dueInput.parse({ ...good, amount: 2.5, unit: 'working_hour' }).amount).toBe(2.5);
    expect(dueInput.parse({ ...good, amount: 0, unit: 'same_day' }).unit).toBe('same_day');
  });

  it.each([
    [
      'an unknown unit',
      { ...good, unit: 'week' },
      /^Đơn vị thời gian: phải là một trong: working_day, calendar_day, working_hour, same_day$/u,
    ],
    ['a negative amount', { ...good, amount: -1 }, /^Số lượng: không được âm$/u],
    ['a huge amount', { ...good, amount: 1e9 }, /^Số lượng: quá lớn/u],
    ['too many days', { ...good, amount: 1000 }, /^Số lượng: không được quá 730 ngày$/u],
    [
      'a fractional number of days',
      { ...good, amount: 1.5 },
      /^Số lượng: phải là số nguyên ngày$/u,
    ],
    ['zero working days', { ...good, amount: 0 }, /^Số lượng: phải từ 1 ngày trở lên$/u],
    [
      'zero working hours',
      { ...good, amount: 0, unit: 'working_hour' },
      /^Số lượng: phải lớn hơn 0 giờ$/u,
    ],
    [
      'a same-day amount of 3',
      { ...good, amount: 3, unit: 'same_day' },
      /^Số lượng: với đơn vị "trong ngày"/u,
    ],
    [
      'a date without an offset',
      { ...good, from: '2026-03-02T09:00:00' },
      /^Thời điểm bắt đầu: phải là thời điểm ISO-8601 có múi giờ/u,
    ],
    [
      'a date before 1990',
      { ...good, from: '1989-12-31T09:00:00+07:00' },
      /^Thời điểm bắt đầu: phải nằm trong khoảng 1990–2100$/u,
    ],
    [
      'a date after 2100',
      { ...good, from: '2101-01-02T09:00:00+07:00' },
      /^Thời điểm bắt đầu: phải nằm trong khoảng 1990–2100$/u,
    ],
    [
      'a cut-off like 25:61',
      { ...good, cutoff: '25:61' },
      /^Giờ chốt nhận hồ sơ: phải là giờ có thật dạng HH:MM/u,
    ],
    ['a missing amount', { from: good.from, unit: good.unit }, /^Số lượng: chưa được nhập$/u],
    ['an unknown field', { ...good, extra: 1 }, /có trường không được phép: extra/u],
  ])('%s', (_, value, expected) => {
    expect(message(dueInput, value)).toMatch(expected);
  });

  it('checks the year and the days of an edit', () => {
    expect(message(calendarContract['calendar.days'].input, { year: 1989 })).toBe(
      'Năm: phải từ 1990 đến 2100',
    );
    expect(
      message(calendarContract['calendar.setDays'].input, {
        year: 2026,
        days: [{ date: '2026-02-30', kind: 'off' }],
      }),
    ).toMatch(/^Ngày: không phải ngày có thật$/u);
    expect(
      message(calendarContract['calendar.setDays'].input, {
        year: 2026,
        days: [{ date: '2026-02-03', kind: 'holiday' }],
      }),
    ).toMatch(/^Loại ngày: phải là một trong/u);
    expect(
      message(calendarContract['calendar.export'].input, { year: 2026, format: 'xml' }),
    ).toMatch(/phải là một trong: json, ical/u);
  });

  it('gives the roles: the calculator and the days are public, edits are the admin’s', () => {
    const roles = Object.fromEntries(Object.entries(calendarContract).map(([k, v]) => [k, v.role]));
    expect(roles).toEqual({
      'calendar.dueDate': 'kiosk',
      'calendar.days': 'kiosk',
      'calendar.setDays': 'admin',
      'calendar.confirmYear': 'admin',
      'calendar.export': 'admin',
      'calendar.import': 'admin',
    });
  });
});

describe('calendar handlers', () => {
  const db = openDatabase(':memory:');
  migrate(db, migrations);
  const handlers = calendarHandlers({ calendar: createCalendarService(db), db });
  const ctx: OpContext = { caller: null, token: null, now: new Date(), origin: 'http' };

  it('answers the due date as ISO-8601 with +07:00 (10:30Z is 17:30 in Hà Nội, after hours)', async () => {
    const input = dueInput.parse({ from: '2026-02-13T10:30:00Z', amount: 1, unit: 'working_day' });
    expect(await handlers['calendar.dueDate'](input, ctx)).toEqual({
      dueAt: '2026-02-24T17:00:00+07:00',
    });
  });

  it('edits, confirms, exports and imports through the service', async () => {
    const set = await handlers['calendar.setDays'](
      { year: 2028, days: [{ date: '2028-02-05', kind: 'work', note: 'Làm bù' }] },
      ctx,
    );
    expect(set.days.find((d) => d.date === '2028-02-05')).toMatchObject({
      kind: 'work',
      source: 'admin',
    });
    expect((await handlers['calendar.confirmYear']({ year: 2028 }, ctx)).provisional).toBe(false);
    const exported = await handlers['calendar.export']({ year: 2028, format: 'ical' }, ctx);
    const imported = await handlers['calendar.import'](
      { year: 2028, format: 'ical', content: exported.content },
      ctx,
    );
    expect(imported.days).toEqual((await handlers['calendar.days']({ year: 2028 }, ctx)).days);
  });
});
