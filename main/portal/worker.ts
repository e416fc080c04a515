/**
 * The portal worker in the hub: signs in, sends each dossier's changes in order, retries with
 * exponential back-off, parks after `maxAttempts` (or at once on wrong credentials), and picks up
 * where it stopped after a restart, since every state is in SQLite. It runs beside the counter's
 * work and never inside it: an officer's operation only ever writes one outbox row.
 */
import type { Db } from '../db/database';
import { PortalError, sendItem, signIn, type PortalCredentials } from './client';
import { dueHeads, markFailed, markSent, parkAll, type OutboxRow } from './outbox';

export interface PortalOptions extends PortalCredentials {
  /** First retry delay; doubled each failure up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxAttempts?: number;
  timeoutMs?: number;
  pollMs?: number;
}

export interface PortalWorker {
  /** Runs one pass over what is due (tests and the bench call it; the timer calls it too). */
  tick(): Promise<void>;
  stop(): void;
}

/** Dossiers sent at the same time; each dossier's own items still go one after another. */
const PARALLEL = 8;

/** The delay before attempt n+1 after n failures: base · 2^(n-1), capped. */
export function backoffMs(failures: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, failures - 1));
}

/** Starts the worker (its timer does not keep the process alive). */
export function startPortalWorker(deps: {
  db: Db;
  options: PortalOptions;
  agencyCode: () => string;
  now: () => Date;
  log?: (line: string) => void;
}): PortalWorker {
  const given = deps.options;
  const o = {
    ...given,
    baseDelayMs: given.baseDelayMs ?? 2000,
    maxDelayMs: given.maxDelayMs ?? 10 * 60_000,
    maxAttempts: given.maxAttempts ?? 12,
    timeoutMs: given.timeoutMs ?? 10_000,
    pollMs: given.pollMs ?? 1000,
  };
  const { db } = deps;
  let session: string | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const synced = db.prepare<[string], { dossier: string }>(
    'SELECT dossier FROM portal_synced WHERE dossier = ?',
  );
  const markSynced = db.prepare(
    'INSERT INTO portal_synced (dossier, first_sent_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );

  async function deliver(row: OutboxRow): Promise<void> {
    session ??= await signIn(o, o.timeoutMs);
    const send = (isUpdating: boolean) =>
      sendItem(
        o,
        {
          session: session!,
          madonvi: deps.agencyCode(),
          isUpdating,
          item: JSON.parse(row.payload),
        },
        o.timeoutMs,
      );
    const known = synced.get(row.dossier) !== undefined;
    try {
      await send(known);
    } catch (e) {
      // "Đã tồn tại": the portal has the dossier already (an earlier run, another system): update it.
      if (!(e instanceof PortalError && e.kind === 'exists') || known) throw e;
      markSynced.run(row.dossier, deps.now().toISOString());
      await send(true);
    }
    if (stopped) return; // the hub is closing: the item stays pending and goes after the restart
    db.transaction(() => {
      markSynced.run(row.dossier, deps.now().toISOString());
      markSent(db, row.id, deps.now());
    })();
  }

  function fail(row: OutboxRow, e: unknown): void {
    if (stopped) return;
    const error = e instanceof Error ? e.message : String(e);
    if (e instanceof PortalError && e.kind === 'credentials') {
      session = null;
      parkAll(db, 'portal', error);
      deps.log?.(`portal: ${error}`);
      return;
    }
    session = null; // a stale session is one cause of error_code ≠ 0: sign in again next time
    const failures = row.attempts + 1;
    const park = failures >= o.maxAttempts;
    const at = new Date(deps.now().getTime() + backoffMs(failures, o.baseDelayMs, o.maxDelayMs));
    markFailed(db, row.id, park ? `Đã thử ${failures} lần: ${error}` : error, { at, park });
  }

  /** Sends one head; true when it went. */
  async function attempt(row: OutboxRow): Promise<boolean> {
    try {
      await deliver(row);
      return true;
    } catch (e) {
      fail(row, e);
      return false;
    }
  }

  /** Delivers due heads, a few dossiers at a time (each dossier has one head, so order holds). */
  async function pass(): Promise<void> {
    for (;;) {
      const heads = dueHeads(db, 'portal', deps.now());
      if (heads.length === 0 || stopped) return;
      session ??= await signIn(o, o.timeoutMs).catch((e: unknown) => {
        fail(heads[0], e);
        return null;
      });
      if (!session) return;
      let progressed = false;
      for (let i = 0; i < heads.length && !stopped; i += PARALLEL) {
        const went = await Promise.all(heads.slice(i, i + PARALLEL).map(attempt));
        progressed ||= went.some(Boolean);
        if (!session) return; // credentials refused mid-pass: everything is parked
      }
      if (!progressed) return;
    }
  }

  const tick = () => {
    running ??= pass()
      .catch((e: unknown) => deps.log?.(`portal: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), o.pollMs);
  timer.unref();
  void tick();
  return {
    tick,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
