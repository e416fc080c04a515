import { describe, expect, it } from 'vitest';
import { chooseCounter, ticketNumber } from '../../../main/queue/routing';
import type { CounterView } from '../../../main/queue/types';

const c = (number: number, fields: string[], waiting = 0): CounterView => ({
  number,
  name: `Quầy số ${number}`,
  fields,
  general: fields.length === 0,
  waiting,
  waitingPriority: 0,
  paused: false,
});

describe('chooseCounter', () => {
  const hall = [c(1, ['Hộ tịch'], 3), c(2, ['Hộ tịch', 'Chứng thực'], 1), c(3, [], 5), c(4, [], 2)];

  it.each([
    ['a field two counters serve: the one with fewer waiting', 'Hộ tịch', 2],
    ['the field typed without accents or in capitals', 'HO TICH', 2],
    ['a field only one counter serves', 'Chứng thực', 2],
    ['a field nobody serves: the least busy general counter', 'Đất đai', 4],
    ['no field: a general counter', undefined, 4],
  ])('%s', (_name, field, expected) => {
    expect(chooseCounter(hall, field)?.number).toBe(expected);
  });

  it('breaks ties by the lowest number', () => {
    expect(chooseCounter([c(5, ['Hộ tịch']), c(2, ['Hộ tịch'])], 'Hộ tịch')?.number).toBe(2);
  });

  it('falls back to any counter when there is no general one', () => {
    expect(chooseCounter([c(1, ['Hộ tịch'], 4), c(2, ['Chứng thực'], 1)], 'Đất đai')?.number).toBe(
      2,
    );
  });

  it('gives nothing without counters', () => {
    expect(chooseCounter([], 'Hộ tịch')).toBeUndefined();
  });
});

describe('ticketNumber', () => {
  it.each([
    [1, 1, '1001'],
    [1, 42, '1042'],
    [2, 999, '2999'],
    [12, 7, '12007'],
  ])('counter %i, number %i → %s', (counter, seq, expected) => {
    expect(ticketNumber(counter, seq)).toBe(expected);
  });
});
