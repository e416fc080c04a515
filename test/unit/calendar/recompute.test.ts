import { describe, expect, it } from 'vitest';
import { checkNewDueDate, extendDueDate, resumeDueDate } from '../../../main/calendar/recompute';
import { AppError } from '../../../main/core/errors';
import { iso, shipped, vn } from './helpers';

const cal = shipped();

describe('pause for a supplement and resume', () => {
  // received Mon 02/03/2026 09:00, 5 working days → due Mon 09/03 17:00
  const dueAt = cal.dueDate({ from: vn('2026-03-02 09:00'), amount: 5, unit: 'working_day' });

  it('working days: the waiting days are added back, the pause day counts as used', () => {
    expect(iso(dueAt)).toBe('2026-03-09T17:00:00+07:00');
    const resumed = resumeDueDate(cal, {
      dueAt,
      pausedAt: vn('2026-03-04 10:00'),
      resumedAt: vn('2026-03-06 10:00'),
      unit: 'working_day',
    });
    expect(iso(resumed)).toBe('2026-03-11T17:00:00+07:00');
  });

  it('working days: a pause resumed the same day changes nothing', () => {
    const resumed = resumeDueDate(cal, {
      dueAt,
      pausedAt: vn('2026-03-04 10:00'),
      resumedAt: vn('2026-03-04 15:00'),
      unit: 'working_day',
    });
    expect(resumed.getTime()).toBe(dueAt.getTime());
  });

  it('working days: papers arriving over Tết push the date past Tết', () => {
    const due = cal.dueDate({ from: vn('2026-02-09 09:00'), amount: 3, unit: 'working_day' }); // Thu 12/02
    expect(iso(due)).toBe('2026-02-12T17:00:00+07:00');
    const resumed = resumeDueDate(cal, {
      dueAt: due,
      pausedAt: vn('2026-02-10 10:00'),
      resumedAt: vn('2026-02-13 16:00'),
      unit: 'working_day',
    });
    // 2 days remained (11, 12/02); counted from Fri 13/02 → Mon 23, Tue 24/02
    expect(iso(resumed)).toBe('2026-02-24T17:00:00+07:00');
  });

  it('working hours: the office time left at the pause is counted from the arrival', () => {
    const due = cal.dueDate({ from: vn('2026-03-02 09:00'), amount: 8, unit: 'working_hour' });
    expect(iso(due)).toBe('2026-03-03T09:00:00+07:00');
    // paused Mon 14:00 after 3 h; 5 h remain from Wed 08:00 → 11:30 (3.5 h) then 13:30 + 1.5 h
    const resumed = resumeDueDate(cal, {
      dueAt: due,
      pausedAt: vn('2026-03-02 14:00'),
      resumedAt: vn('2026-03-04 08:00'),
      unit: 'working_hour',
    });
    expect(iso(resumed)).toBe('2026-03-04T15:00:00+07:00');
  });

  it('calendar days: the days left are counted from the arrival and moved off a day off', () => {
    const due = cal.dueDate({ from: vn('2026-03-02 10:00'), amount: 10, unit: 'calendar_day' });
    expect(iso(due)).toBe('2026-03-12T17:00:00+07:00');
    const resumed = resumeDueDate(cal, {
      dueAt: due,
      pausedAt: vn('2026-03-06 10:00'),
      resumedAt: vn('2026-03-10 10:00'),
      unit: 'calendar_day',
    });
    expect(iso(resumed)).toBe('2026-03-16T17:00:00+07:00');
    const onWeekend = resumeDueDate(cal, {
      dueAt: due,
      pausedAt: vn('2026-03-06 10:00'),
      resumedAt: vn('2026-03-09 10:00'),
      unit: 'calendar_day',
    });
    expect(iso(onWeekend)).toBe('2026-03-16T17:00:00+07:00'); // 15/03 is a Sunday
  });

  it('same day, or a pause on the due day: due at the close of the day the papers arrive', () => {
    const due = cal.dueDate({ from: vn('2026-03-02 09:00'), amount: 0, unit: 'same_day' });
    const resumed = resumeDueDate(cal, {
      dueAt: due,
      pausedAt: vn('2026-03-02 10:00'),
      resumedAt: vn('2026-03-05 09:00'),
      unit: 'same_day',
    });
    expect(iso(resumed)).toBe('2026-03-05T17:00:00+07:00');
    const late = resumeDueDate(cal, {
      dueAt,
      pausedAt: vn('2026-03-09 10:00'),
      resumedAt: vn('2026-03-12 18:00'),
      unit: 'working_day',
    });
    expect(iso(late)).toBe('2026-03-13T17:00:00+07:00');
  });

  it('a pause after the due date changes nothing: the dossier was already late', () => {
    const resumed = resumeDueDate(cal, {
      dueAt,
      pausedAt: vn('2026-03-10 09:00'),
      resumedAt: vn('2026-03-20 09:00'),
      unit: 'working_day',
    });
    expect(resumed.getTime()).toBe(dueAt.getTime());
  });

  it('refuses papers arriving before the pause', () => {
    expect(() =>
      resumeDueDate(cal, {
        dueAt,
        pausedAt: vn('2026-03-04 10:00'),
        resumedAt: vn('2026-03-03 10:00'),
        unit: 'working_day',
      }),
    ).toThrow(AppError);
  });
});

describe('extension (Mẫu 04)', () => {
  it('counts the extension from the date in force and keeps the original', () => {
    const original = vn('2026-08-28 17:00');
    const ext = extendDueDate(cal, original, { amount: 2, unit: 'working_day' });
    expect(iso(ext.originalDueAt)).toBe('2026-08-28T17:00:00+07:00');
    // Sat 29/08–Wed 02/09 off: Thu 03/09 is the first day, Fri 04/09 the second
    expect(iso(ext.dueAt)).toBe('2026-09-04T17:00:00+07:00');
    expect(() => extendDueDate(cal, original, { amount: 0, unit: 'working_day' })).toThrow(
      /lớn hơn 0/u,
    );
  });

  it('checks a date the officer chose', () => {
    const original = vn('2026-08-28 17:00');
    expect(iso(checkNewDueDate(cal, original, vn('2026-09-03 10:00')).dueAt)).toBe(
      '2026-09-03T10:00:00+07:00',
    );
    expect(() => checkNewDueDate(cal, original, vn('2026-08-28 16:00'))).toThrow(
      /phải sau ngày hẹn cũ \(17:00 28\/08\/2026\)/u,
    );
    expect(() => checkNewDueDate(cal, original, vn('2026-08-29 10:00'))).toThrow(/ngày làm việc/u);
    expect(() => checkNewDueDate(cal, original, vn('2026-09-03 12:00'))).toThrow(/giờ làm việc/u);
    expect(() => checkNewDueDate(cal, original, vn('2026-09-05 10:00'))).toThrow(/ngày làm việc/u);
  });
});
