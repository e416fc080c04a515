/**
 * The durable outbox: what the hub must tell the outside world waits here, written in the same
 * transaction as the change it reports, and leaves in order per dossier (worker.ts).
 */
import type { Db } from '../db/database';
import { statement } from '../db/statements';

export type Channel = 'portal' | 'sms' | 'zalo';

export interface OutboxRow {
  id: number;
  channel: Channel;
  dossier: string;
  event: string;
  payload: string;
  status: 'pending' | 'sent' | 'parked';
  attempts: number;
  next_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** Queues one message; call it inside the transaction of the change. */
export function enqueue(
  db: Db,
  item: { channel: Channel; dossier: string; event: string; payload: unknown; at: Date },
): void {
  const at = item.at.toISOString();
  statement(
    db,
    'INSERT INTO outbox (channel, dossier, event, payload, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(item.channel, item.dossier, item.event, JSON.stringify(item.payload), at, at);
}

/** The oldest unsent message of each dossier on a channel, when due and not parked (order per dossier). */
export function dueHeads(db: Db, channel: Channel, now: Date, limit = 50): OutboxRow[] {
  return statement<[Channel, Channel, string, number], OutboxRow>(
    db,
    `SELECT o.* FROM outbox o
       WHERE o.id IN (SELECT min(id) FROM outbox WHERE channel = ? AND status IN ('pending', 'parked') GROUP BY dossier)
         AND o.channel = ? AND o.status = 'pending' AND o.next_at <= ?
       ORDER BY o.id LIMIT ?`,
  ).all(channel, channel, now.toISOString(), limit);
}

/** Marks a message delivered. */
export function markSent(db: Db, id: number, now: Date): void {
  statement(
    db,
    "UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
  ).run(now.toISOString(), id);
}

/** Counts a failed attempt: retried at `nextAt`, or parked for the admin when `park` is set. */
export function markFailed(
  db: Db,
  id: number,
  error: string,
  next: { at: Date; park: boolean },
): void {
  statement(
    db,
    `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_at = ?, status = CASE WHEN ? THEN 'parked' ELSE status END WHERE id = ?`,
  ).run(error.slice(0, 500), next.at.toISOString(), next.park ? 1 : 0, id);
}

/** Parks every pending message of a channel at once (wrong credentials: nothing can go). */
export function parkAll(db: Db, channel: Channel, error: string): void {
  statement(
    db,
    "UPDATE outbox SET status = 'parked', last_error = ? WHERE channel = ? AND status = 'pending'",
  ).run(error, channel);
}

/** Puts parked messages (one, or all) back in line, due now, with a fresh count. */
export function retryParked(db: Db, now: Date, id?: number): number {
  const sql =
    "UPDATE outbox SET status = 'pending', attempts = 0, next_at = ? WHERE status = 'parked'";
  return id === undefined
    ? statement(db, sql).run(now.toISOString()).changes
    : statement(db, `${sql} AND id = ?`).run(now.toISOString(), id).changes;
}
