/**
 * Failed sign-ins, audited in aggregate: one entry per user name per period with the count and a
 * few addresses, and at most a fixed number of names per period, so a flood cannot fill the disk.
 */
import type { Db } from '../db/database';
import { appendAudit } from '../audit/log';

const PERIOD_MS = 5 * 60_000;
const MAX_NAMES = 50;
const MAX_ADDRESSES = 5;
const OTHERS = '(các tên khác)';

interface Tally {
  count: number;
  addresses: Set<string>;
}

export interface FailedLogins {
  record(username: string, address: string, now: Date): void;
  /** Writes the period's entries (also called on a timer and at close). */
  flush(now: Date): void;
}

/** Collects failures in memory and writes them to the audit log once per period. */
export function createFailedLogins(db: Db): FailedLogins {
  let tallies = new Map<string, Tally>();
  let since: Date | null = null;
  const flush = (now: Date) => {
    if (!since || tallies.size === 0) return;
    const from = since;
    const done = tallies;
    tallies = new Map();
    since = null;
    try {
      db.transaction(() => {
        for (const [name, t] of done)
          appendAudit(db, {
            at: now,
            actor: name,
            action: 'auth.login_failed',
            subject: name,
            detail: { count: t.count, addresses: [...t.addresses], from: from.toISOString() },
          });
      })();
    } catch {
      // The disk is full or read-only: the counts are lost, the sign-in brake still holds.
    }
  };
  return {
    record(username, address, now) {
      if (since && now.getTime() - since.getTime() >= PERIOD_MS) flush(now);
      since ??= now;
      const name = tallies.has(username) || tallies.size < MAX_NAMES ? username : OTHERS;
      const t = tallies.get(name) ?? { count: 0, addresses: new Set<string>() };
      t.count += 1;
      if (t.addresses.size < MAX_ADDRESSES) t.addresses.add(address);
      tallies.set(name, t);
    },
    flush,
  };
}
