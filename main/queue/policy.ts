/** Which waiting ticket a counter calls next, and how long a new ticket may wait: pure rules, tested on their own. */

/** What the policy needs to know of a waiting ticket. */
export interface Waiting {
  id: number;
  priority: boolean;
  /** When it was taken (ISO): a transferred ticket keeps its place by this. */
  takenAt: string;
}

/**
 * The next ticket: the oldest priority ticket before the oldest normal one, unless the counter's
 * last `cap` calls were all priority and a normal ticket waits (so normal tickets are never
 * starved). `cap` 0 keeps no priority: plain order of arrival.
 */
export function pickNext<T extends Waiting>(
  waiting: readonly T[],
  lastCalls: readonly boolean[],
  cap: number,
): T | undefined {
  const byArrival = [...waiting].sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id - b.id);
  if (cap <= 0) return byArrival[0];
  const priority = byArrival.find((t) => t.priority);
  const normal = byArrival.find((t) => !t.priority);
  if (!priority || !normal) return priority ?? normal;
  const streak = lastCalls.slice(0, cap);
  const capped = streak.length >= cap && streak.every(Boolean);
  return capped ? normal : priority;
}

/**
 * The people ahead of a new ticket at its counter: every waiting ticket for a normal one; for a
 * priority one, the priority tickets waiting plus the normal ones the cap lets in between.
 */
export function peopleAhead(
  waitingPriority: number,
  waitingNormal: number,
  priority: boolean,
  cap: number,
): number {
  if (!priority || cap <= 0) return waitingPriority + waitingNormal;
  const interleaved = Math.floor(waitingPriority / cap);
  return waitingPriority + Math.min(waitingNormal, interleaved);
}

/** The minutes a service takes when the day has no finished ticket yet to measure. */
export const DEFAULT_SERVICE_MINUTES = 5;

/** Estimated minutes of waiting: people ahead × the day's mean service time at the counter (rounded up). */
export function estimatedWaitMinutes(ahead: number, meanServiceMs: number | null): number {
  const per = meanServiceMs && meanServiceMs > 0 ? meanServiceMs / 60_000 : DEFAULT_SERVICE_MINUTES;
  return Math.ceil(ahead * per);
}
