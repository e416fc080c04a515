/** Which counter a ticket goes to: a pure rule, tested on its own. */
import { fold } from '../text/normalize';
import type { CounterView } from './types';

/**
 * The counters serving `field` (compared without accents or case); else the general counters
 * (no field); else every counter. Among them the one with the fewest waiting, then the lowest number.
 */
export function chooseCounter(
  counters: readonly CounterView[],
  field: string | undefined,
): CounterView | undefined {
  const key = field ? fold(field) : undefined;
  const serving = key ? counters.filter((c) => c.fields.some((f) => fold(f) === key)) : [];
  const general = counters.filter((c) => c.general);
  const pool = serving.length > 0 ? serving : general.length > 0 ? general : counters;
  return [...pool].sort((a, b) => a.waiting - b.waiting || a.number - b.number)[0];
}

/** A ticket's printed number: the counter's number then the day's sequence on 3 digits (1 → 1001, 12 → 12007). */
export function ticketNumber(counter: number, seq: number): string {
  return `${counter}${String(seq).padStart(3, '0')}`;
}

/** The most tickets one counter hands out in a day, so that numbers of different counters never collide. */
export const MAX_TICKETS_PER_DAY = 999;
