/**
 * The outbox worker in the hub, one per channel: sends each dossier's messages in order, retries
 * with exponential back-off, parks after `maxAttempts` (or everything at once on wrong
 * credentials), and picks up where it stopped after a restart, since every state is in SQLite.
 * It runs beside the counter's work and never inside it: an operation only writes an outbox row.
 */
import type { Db } from '../db/database';
import { dueHeads, markFailed, markSent, parkAll, type Channel, type OutboxRow } from './outbox';

export interface RetryOptions {
  /** First retry delay; doubled each failure up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxAttempts?: number;
  timeoutMs?: number;
  pollMs?: number;
}

/** Thrown by a sender: `credentials` parks the whole channel, `invalid` this item, anything else is retried. */
export class OutboxError extends Error {
  constructor(
    message: string,
    readonly kind: 'retry' | 'credentials' | 'exists' | 'invalid',
  ) {
    super(message);
    this.name = 'OutboxError';
  }
}

/** How one channel delivers a message; `reset` forgets a session after a failure. */
export interface Sender {
  channel: Channel;
  send(row: OutboxRow, timeoutMs: number): Promise<void>;
  /** Writes beside "sent", in the same transaction (the portal's first-delivery mark). */
  sent?(row: OutboxRow): void;
  reset?(): void;
}

export interface OutboxWorker {
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

/** Starts a channel's worker (its timer does not keep the process alive). */
export function startOutboxWorker(deps: {
  db: Db;
  sender: Sender;
  options: RetryOptions;
  now: () => Date;
  log?: (line: string) => void;
}): OutboxWorker {
  const { db, sender } = deps;
  const given = deps.options;
  const o = {
    baseDelayMs: given.baseDelayMs ?? 2000,
    maxDelayMs: given.maxDelayMs ?? 10 * 60_000,
    maxAttempts: given.maxAttempts ?? 12,
    timeoutMs: given.timeoutMs ?? 10_000,
    pollMs: given.pollMs ?? 1000,
  };
  let running: Promise<void> | null = null;
  let stopped = false;
  let refused = false;

  /** Sends one head; true when it went. */
  async function attempt(row: OutboxRow): Promise<boolean> {
    try {
      await sender.send(row, o.timeoutMs);
      if (stopped) return false; // closing: the item stays pending and goes after the restart
      db.transaction(() => {
        sender.sent?.(row);
        markSent(db, row.id, deps.now());
      })();
      return true;
    } catch (e) {
      if (!stopped) fail(row, e);
      return false;
    }
  }

  function fail(row: OutboxRow, e: unknown): void {
    const error = e instanceof Error ? e.message : String(e);
    sender.reset?.();
    if (e instanceof OutboxError && e.kind === 'credentials') {
      refused = true;
      parkAll(db, sender.channel, error);
      deps.log?.(`${sender.channel}: ${error}`);
      return;
    }
    const failures = row.attempts + 1;
    if (e instanceof OutboxError && e.kind === 'invalid')
      return markFailed(db, row.id, error, { at: deps.now(), park: true });
    const park = failures >= o.maxAttempts;
    const at = new Date(deps.now().getTime() + backoffMs(failures, o.baseDelayMs, o.maxDelayMs));
    markFailed(db, row.id, park ? `Đã thử ${failures} lần: ${error}` : error, { at, park });
  }

  /** Delivers due heads, a few dossiers at a time (each dossier has one head, so order holds). */
  async function pass(): Promise<void> {
    refused = false;
    for (;;) {
      const heads = dueHeads(db, sender.channel, deps.now());
      if (heads.length === 0 || stopped) return;
      let progressed = false;
      for (let i = 0; i < heads.length && !stopped; i += PARALLEL) {
        const went = await Promise.all(heads.slice(i, i + PARALLEL).map(attempt));
        progressed ||= went.some(Boolean);
        if (refused) return; // credentials refused: everything is parked
      }
      if (!progressed) return;
    }
  }

  const tick = () => {
    running ??= pass()
      .catch((e: unknown) =>
        deps.log?.(`${sender.channel}: ${e instanceof Error ? e.message : String(e)}`),
      )
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
