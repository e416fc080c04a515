import { describe, expect, it } from 'vitest';
import type { TimeUnit } from '../../../main/calendar/types';
import { iso, shipped, vn } from './helpers';

const cal = shipped();

type Row = [string, string, number, TimeUnit, string | undefined, string];
const due = ([, from, amount, unit, cutoff]: Row) =>
  iso(cal.dueDate({ from: vn(from), amount, unit, cutoff }));

const CASES: Row[] = [
  // working days: the period starts the day after receipt and ends at the close of the N-th working day
  [
    '1 working day from a Monday morning',
    '2026-03-02 09:00',
    1,
    'working_day',
    undefined,
    '2026-03-03T17:00:00+07:00',
  ],
  [
    'received before office hours counts that day',
    '2026-03-02 06:30',
    1,
    'working_day',
    undefined,
    '2026-03-03T17:00:00+07:00',
  ],
  [
    'received during the lunch break counts that day',
    '2026-03-02 12:00',
    1,
    'working_day',
    undefined,
    '2026-03-03T17:00:00+07:00',
  ],
  [
    'received exactly at the close counts that day',
    '2026-03-02 17:00',
    1,
    'working_day',
    undefined,
    '2026-03-03T17:00:00+07:00',
  ],
  [
    'received after office hours counts from the next working day',
    '2026-03-02 17:30',
    1,
    'working_day',
    undefined,
    '2026-03-04T17:00:00+07:00',
  ],
  [
    'received on a Saturday counts from Monday',
    '2026-03-07 10:00',
    1,
    'working_day',
    undefined,
    '2026-03-10T17:00:00+07:00',
  ],
  [
    '2026: 1/1–4/1 off, make-up Saturday 10/01 counts',
    '2025-12-31 10:00',
    3,
    'working_day',
    undefined,
    '2026-01-07T17:00:00+07:00',
  ],
  [
    '2026: make-up Saturday 10/01 is a working day in the count',
    '2026-01-08 10:00',
    5,
    'working_day',
    undefined,
    '2026-01-14T17:00:00+07:00',
  ],
  [
    '2026: received on make-up Saturday 22/08 counts that day',
    '2026-08-22 09:00',
    1,
    'working_day',
    undefined,
    '2026-08-24T17:00:00+07:00',
  ],
  [
    '2026: Tết 14/02–22/02 is skipped',
    '2026-02-13 16:00',
    1,
    'working_day',
    undefined,
    '2026-02-23T17:00:00+07:00',
  ],
  [
    '2026: Hùng Kings compensation Mon 27/04 and 30/4–1/5 skipped',
    '2026-04-24 10:00',
    3,
    'working_day',
    undefined,
    '2026-05-04T17:00:00+07:00',
  ],
  [
    '2026: National Day 29/08–02/09 skipped',
    '2026-08-27 09:00',
    2,
    'working_day',
    undefined,
    '2026-09-03T17:00:00+07:00',
  ],
  [
    '2026 into 2027 (1/1/2027 generated off)',
    '2026-12-21 09:00',
    10,
    'working_day',
    undefined,
    '2027-01-05T17:00:00+07:00',
  ],
  [
    '60 working days over Tết 2026',
    '2026-01-05 09:00',
    60,
    'working_day',
    undefined,
    '2026-04-03T17:00:00+07:00',
  ],
  // cut-off
  [
    'same day, before the 15:00 cut-off',
    '2026-03-02 14:59',
    0,
    'same_day',
    '15:00',
    '2026-03-02T17:00:00+07:00',
  ],
  [
    'same day, exactly at the cut-off',
    '2026-03-02 15:00',
    0,
    'same_day',
    '15:00',
    '2026-03-02T17:00:00+07:00',
  ],
  [
    'same day, after the cut-off → next working day',
    '2026-03-02 15:01',
    0,
    'same_day',
    '15:00',
    '2026-03-03T17:00:00+07:00',
  ],
  [
    'same day, after the cut-off on Friday → Monday',
    '2026-03-06 15:30',
    0,
    'same_day',
    '15:00',
    '2026-03-09T17:00:00+07:00',
  ],
  [
    'same day on a day off → next working day',
    '2026-02-14 09:00',
    0,
    'same_day',
    undefined,
    '2026-02-23T17:00:00+07:00',
  ],
  [
    'working days after the cut-off: counted from the next working day',
    '2026-04-24 15:30',
    3,
    'working_day',
    '15:00',
    '2026-05-05T17:00:00+07:00',
  ],
  [
    'working days without the cut-off',
    '2026-04-24 15:30',
    3,
    'working_day',
    undefined,
    '2026-05-04T17:00:00+07:00',
  ],
  // calendar days: the last day moves off a day off
  [
    '10 calendar days ending on a Thursday',
    '2026-02-02 09:00',
    10,
    'calendar_day',
    undefined,
    '2026-02-12T17:00:00+07:00',
  ],
  [
    '15 calendar days ending in Tết → first day after',
    '2026-01-30 09:00',
    15,
    'calendar_day',
    undefined,
    '2026-02-23T17:00:00+07:00',
  ],
  [
    'calendar days ending on a Saturday → Monday',
    '2026-03-06 09:00',
    1,
    'calendar_day',
    undefined,
    '2026-03-09T17:00:00+07:00',
  ],
  [
    'calendar days ending on make-up Saturday 22/08 stay there',
    '2026-08-17 09:00',
    5,
    'calendar_day',
    undefined,
    '2026-08-22T17:00:00+07:00',
  ],
  [
    'calendar days received after hours count from the next working day',
    '2026-03-02 18:00',
    3,
    'calendar_day',
    undefined,
    '2026-03-06T17:00:00+07:00',
  ],
  // working hours: counted from the receipt instant through office periods
  [
    '4 working hours across the lunch break',
    '2026-03-02 10:00',
    4,
    'working_hour',
    undefined,
    '2026-03-02T16:00:00+07:00',
  ],
  [
    '8 working hours into the next day',
    '2026-03-02 16:00',
    8,
    'working_hour',
    undefined,
    '2026-03-03T16:00:00+07:00',
  ],
  [
    'received in the lunch break starts at 13:30',
    '2026-03-02 12:15',
    2,
    'working_hour',
    undefined,
    '2026-03-02T15:30:00+07:00',
  ],
  [
    'received before opening starts at 07:00',
    '2026-03-02 06:00',
    2,
    'working_hour',
    undefined,
    '2026-03-02T09:00:00+07:00',
  ],
  [
    'a period that fills the morning ends at 11:30',
    '2026-03-02 07:00',
    4.5,
    'working_hour',
    undefined,
    '2026-03-02T11:30:00+07:00',
  ],
  [
    'received after hours starts the next working day',
    '2026-03-02 18:00',
    4,
    'working_hour',
    undefined,
    '2026-03-03T11:00:00+07:00',
  ],
  [
    'working hours continue on make-up Saturday 10/01',
    '2026-01-09 16:30',
    1,
    'working_hour',
    undefined,
    '2026-01-10T07:30:00+07:00',
  ],
  [
    'working hours after the cut-off start the next morning',
    '2026-03-02 15:30',
    2,
    'working_hour',
    '15:00',
    '2026-03-03T09:00:00+07:00',
  ],
  ['half an hour', '2026-03-02 11:15', 0.5, 'working_hour', undefined, '2026-03-02T13:45:00+07:00'],
  // 2025 official schedule
  [
    '2025: Tết 25/01–02/02',
    '2025-01-24 10:00',
    1,
    'working_day',
    undefined,
    '2025-02-03T17:00:00+07:00',
  ],
  [
    '2025: Hùng Kings Mon 07/04',
    '2025-04-04 10:00',
    1,
    'working_day',
    undefined,
    '2025-04-08T17:00:00+07:00',
  ],
  [
    '2025: make-up Saturday 26/04 counts',
    '2025-04-24 10:00',
    3,
    'working_day',
    undefined,
    '2025-04-28T17:00:00+07:00',
  ],
  [
    '2025: 30/4–4/5 off (02/05 swapped)',
    '2025-04-29 10:00',
    2,
    'working_day',
    undefined,
    '2025-05-06T17:00:00+07:00',
  ],
  [
    '2025: National Day 30/08–02/09, calendar days',
    '2025-08-28 10:00',
    3,
    'calendar_day',
    undefined,
    '2025-09-03T17:00:00+07:00',
  ],
  [
    '2025: a plain Saturday is not a make-up day',
    '2025-04-18 10:00',
    1,
    'working_day',
    undefined,
    '2025-04-21T17:00:00+07:00',
  ],
  // 2027: generated (provisional) days
  [
    '2027: Tết 05/02–09/02 with compensation 10–11/02',
    '2027-02-04 10:00',
    1,
    'working_day',
    undefined,
    '2027-02-12T17:00:00+07:00',
  ],
  [
    '2027: 30/4 Fri, 1/5 Sat compensated Mon 3/5',
    '2027-04-30 10:00',
    1,
    'working_day',
    undefined,
    '2027-05-05T17:00:00+07:00',
  ],
  [
    '2027: Hùng Kings Fri 16/04',
    '2027-04-15 10:00',
    1,
    'working_day',
    undefined,
    '2027-04-19T17:00:00+07:00',
  ],
  [
    '2027: National Day 2/9 Thu and 3/9 Fri',
    '2027-09-01 10:00',
    1,
    'working_day',
    undefined,
    '2027-09-06T17:00:00+07:00',
  ],
  [
    '2027: 1/1 Friday off',
    '2026-12-31 10:00',
    1,
    'working_day',
    undefined,
    '2027-01-04T17:00:00+07:00',
  ],
];

describe('due dates 2025–2027 (official 2025–2026, generated 2027)', () => {
  it.each(CASES)('%s', (...row) => {
    expect(due(row)).toBe(row[5]);
  });

  it('reads instants in any offset and answers in +07:00', () => {
    expect(
      iso(cal.dueDate({ from: new Date('2026-03-02T02:00:00Z'), amount: 1, unit: 'working_day' })),
    ).toBe('2026-03-03T17:00:00+07:00');
    // 18:30 UTC on Sunday is 01:30 on Monday in Hà Nội: before office hours, counts Monday
    expect(
      iso(cal.dueDate({ from: new Date('2026-03-01T18:30:00Z'), amount: 1, unit: 'working_day' })),
    ).toBe('2026-03-03T17:00:00+07:00');
  });

  it('says which days are worked', () => {
    expect(cal.isWorkingDay('2026-01-10')).toBe(true);
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    expect(cal.isWorkingDay('2026-01-17')).toBe(false);
    expect(cal.isWorkingDay('2026-04-27')).toBe(false);
    expect(cal.isWorkingDay('2027-02-10')).toBe(false);
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(/không hợp lệ/u);
  });
});

describe('configurable office hours', () => {
  const saturdays = shipped({
    weekdays: [1, 2, 3, 4, 5, 6],
    periods: [
      { start: '07:30', end: '11:30' },
      { start: '13:00', end: '16:30' },
    ],
  });

  it('counts Saturdays when the unit works them, and closes at its own hour', () => {
    expect(
      iso(saturdays.dueDate({ from: vn('2026-03-06 09:00'), amount: 1, unit: 'working_day' })),
    ).toBe('2026-03-07T16:30:00+07:00');
    expect(
      iso(saturdays.dueDate({ from: vn('2026-03-06 16:45'), amount: 0, unit: 'same_day' })),
    ).toBe('2026-03-07T16:30:00+07:00');
    expect(
      iso(saturdays.dueDate({ from: vn('2026-03-02 11:00'), amount: 1, unit: 'working_hour' })),
    ).toBe('2026-03-02T13:30:00+07:00');
  });

  it('still keeps holidays off', () => {
    expect(
      iso(saturdays.dueDate({ from: vn('2026-02-13 09:00'), amount: 1, unit: 'working_day' })),
    ).toBe('2026-02-23T16:30:00+07:00');
  });

  it('refuses hours that make no sense', () => {
    expect(() => shipped({ periods: [] })).toThrow(/ít nhất một buổi/u);
    expect(() => shipped({ periods: [{ start: '13:00', end: '12:00' }] })).toThrow(
      /sau giờ bắt đầu/u,
    );
    expect(() =>
      shipped({
        periods: [
          { start: '07:00', end: '12:00' },
          { start: '11:00', end: '17:00' },
        ],
      }),
    ).toThrow(/chồng nhau/u);
    expect(() => shipped({ weekdays: [7] })).toThrow(/0 \(Chủ nhật\)/u);
    expect(() => shipped({ periods: [{ start: '25:61', end: '26:00' }] })).toThrow(/HH:MM/u);
  });
});
