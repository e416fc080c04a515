/**
 * The brake on password guessing. Failures are counted per (user name, address) with a delay that
 * doubles, and per address across user names; never per account alone, so a stranger on one host
 * can slow only himself and never lock the real user out from her own desk.
 */

export interface ThrottleOptions {
  /** Failures of one (user, address) allowed before the delay starts. */
  freeFailures: number;
  /** The first delay; it doubles with each further failure up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures from one address (any user names) before that address must wait. */
  addressFailures: number;
  /** How long failures are remembered. */
  windowMs: number;
  /** Entries kept at most (memory bound under a flood); the oldest go first. */
  maxEntries: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freeFailures: 3,
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  addressFailures: 30,
  windowMs: 15 * 60_000,
  maxEntries: 10_000,
};

interface Entry {
  count: number;
  last: number;
}

/** Milliseconds one must still wait after `count` failures, the last at `last`. */
export function waitAfter(
  count: number,
  last: number,
  now: number,
  free: number,
  opts: ThrottleOptions,
): number {
  if (count < free) return 0;
  const delay = Math.min(opts.baseDelayMs * 2 ** (count - free), opts.maxDelayMs);
  return Math.max(0, last + delay - now);
}

export interface Throttle {
  /** Milliseconds before this (user, address) may try again; 0 when it may now. */
  wait(username: string, address: string, now: number): number;
  fail(username: string, address: string, now: number): void;
  /** A right password from this address clears its (user, address) count. */
  succeed(username: string, address: string): void;
}

/** Builds an in-memory throttle (state is lost on restart, which only ever helps the real user). */
export function createThrottle(opts: ThrottleOptions = DEFAULT_THROTTLE): Throttle {
  const pairs = new Map<string, Entry>();
  const addresses = new Map<string, Entry>();
  const key = (u: string, a: string) => `${u.toLowerCase()}\u0000${a}`;
  const live = (m: Map<string, Entry>, k: string, now: number) => {
    const e = m.get(k);
    if (e && now - e.last > opts.windowMs) m.delete(k);
    return m.get(k);
  };
  const bump = (m: Map<string, Entry>, k: string, now: number) => {
    const e = live(m, k, now);
    m.delete(k); // re-insert: Map order is the eviction order
    m.set(k, { count: (e?.count ?? 0) + 1, last: now });
    if (m.size > opts.maxEntries) m.delete(m.keys().next().value as string);
  };
  return {
    wait(username, address, now) {
      const p = live(pairs, key(username, address), now);
      const a = live(addresses, address, now);
      return Math.max(
        p ? waitAfter(p.count, p.last, now, opts.freeFailures, opts) : 0,
        a ? waitAfter(a.count, a.last, now, opts.addressFailures, opts) : 0,
      );
    },
    fail(username, address, now) {
      bump(pairs, key(username, address), now);
      bump(addresses, address, now);
    },
    succeed(username, address) {
      pairs.delete(key(username, address));
    },
  };
}
