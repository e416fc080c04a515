import { describe, expect, it } from 'vitest';
import { officeState } from '../../../renderer/src/kiosk/officeOpen';

const hours = {
  weekdays: [1, 2, 3, 4, 5],
  periods: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
};
/** An instant given in Vietnam time (UTC+7). */
const vn = (iso: string) => new Date(`${iso}+07:00`);

describe('whether the counters serve now, for the ticket a citizen takes', () => {
  it('is open inside a period of a working day', () => {
    expect(officeState(hours, vn('2026-12-07T07:00:00'))).toEqual({ kind: 'open' });
    expect(officeState(hours, vn('2026-12-07T16:59:00'))).toEqual({ kind: 'open' });
  });

  it('names the opening time before opening and at lunch', () => {
    expect(officeState(hours, vn('2026-12-07T04:55:00'))).toEqual({
      kind: 'opensAt',
      time: '07:00',
    });
    expect(officeState(hours, vn('2026-12-07T11:30:00'))).toEqual({
      kind: 'opensAt',
      time: '13:30',
    });
  });

  it('is closed after hours and on Saturday and Sunday', () => {
    expect(officeState(hours, vn('2026-12-07T17:00:00'))).toEqual({ kind: 'closed' });
    expect(officeState(hours, vn('2026-12-05T09:00:00'))).toEqual({ kind: 'closed' });
    expect(officeState(hours, vn('2026-12-06T09:00:00'))).toEqual({ kind: 'closed' });
  });
});
