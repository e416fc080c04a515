import { describe, expect, it } from 'vitest';
import { estimatedWaitMinutes, peopleAhead, pickNext } from '../../../main/queue/policy';

const t = (id: number, priority: boolean, minute: number) => ({
  id,
  priority,
  takenAt: `2026-11-26T02:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('pickNext: priority before the next normal ticket, capped', () => {
  const waiting = [t(1, false, 0), t(2, false, 1), t(3, true, 2), t(4, true, 3), t(5, true, 4)];
  it.each([
    ['no calls yet: the oldest priority ticket', [], 3],
    ['one priority call before: still priority', [true], 3],
    ['two priority calls in a row (cap 2): the oldest normal one', [true, true], 1],
    ['a normal call broke the streak: priority again', [false, true], 3],
  ])('%s', (_name, lastCalls, id) => {
    expect(pickNext(waiting, lastCalls, 2)?.id).toBe(id);
  });

  it('keeps plain arrival order when the cap is 0 (priority off)', () => {
    expect(pickNext(waiting, [], 0)?.id).toBe(1);
  });

  it('calls priority after the cap when no normal ticket waits, and normal when no priority waits', () => {
    expect(pickNext([t(3, true, 2), t(4, true, 3)], [true, true], 2)?.id).toBe(3);
    expect(pickNext([t(2, false, 5), t(1, false, 0)], [], 2)?.id).toBe(1);
    expect(pickNext([], [], 2)).toBeUndefined();
  });

  it('never starves normal tickets: in 9 calls over 3 normal and 6 priority, a normal comes every third call', () => {
    let queue = [
      ...[0, 1, 2].map((m) => t(m + 1, false, m)),
      ...[3, 4, 5, 6, 7, 8].map((m) => t(m + 1, true, m)),
    ];
    const calls: boolean[] = [];
    while (queue.length) {
      const next = pickNext(queue, [...calls].reverse(), 2)!;
      calls.push(next.priority);
      queue = queue.filter((q) => q.id !== next.id);
    }
    expect(calls).toEqual([true, true, false, true, true, false, true, true, false]);
  });
});

describe('peopleAhead and estimatedWaitMinutes', () => {
  it('counts everyone waiting ahead of a normal ticket', () => {
    expect(peopleAhead(2, 3, false, 2)).toBe(5);
  });
  it('counts the priority tickets and the normal ones the cap lets in ahead of a priority ticket', () => {
    expect(peopleAhead(0, 3, true, 2)).toBe(0);
    expect(peopleAhead(2, 3, true, 2)).toBe(3);
    expect(peopleAhead(5, 1, true, 2)).toBe(6);
  });
  it('multiplies by the mean service time, or 5 minutes before any service today', () => {
    expect(estimatedWaitMinutes(3, null)).toBe(15);
    expect(estimatedWaitMinutes(3, 4.5 * 60_000)).toBe(14);
    expect(estimatedWaitMinutes(0, 60_000)).toBe(0);
  });
});
