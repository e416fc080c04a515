/** The queue's tables: counters, and tickets numbered per counter per day. Prepared statements only. */
import type { Db } from '../db/database';
import type { Counter, CounterView } from './types';

interface CounterRow {
  number: number;
  name: string;
  fields: string;
}

export interface TicketRow {
  id: number;
  day: string;
  counter: number;
  seq: number;
  ticket: string;
  field: string | null;
  procedure_code: string | null;
  status: 'waiting' | 'called' | 'done';
  taken_at: string;
  called_at: string | null;
  called_by: string | null;
}

/** The counters with today's waiting counts, in number order. */
export function listCounters(db: Db, day: string): CounterView[] {
  const waiting = new Map(
    db
      .prepare<[string], { counter: number; n: number }>(
        "SELECT counter, count(*) AS n FROM queue_tickets WHERE day = ? AND status = 'waiting' GROUP BY counter",
      )
      .all(day)
      .map((r) => [r.counter, r.n]),
  );
  return db
    .prepare<[], CounterRow>('SELECT number, name, fields FROM queue_counters ORDER BY number')
    .all()
    .map((r) => {
      const fields = JSON.parse(r.fields) as string[];
      return {
        number: r.number,
        name: r.name,
        fields,
        general: fields.length === 0,
        waiting: waiting.get(r.number) ?? 0,
      };
    });
}

/** Replaces every counter; tickets already taken keep their counter number. Call inside a transaction. */
export function replaceCounters(db: Db, counters: readonly Counter[]): void {
  db.prepare('DELETE FROM queue_counters').run();
  const insert = db.prepare('INSERT INTO queue_counters (number, name, fields) VALUES (?, ?, ?)');
  for (const c of counters) insert.run(c.number, c.name, JSON.stringify([...new Set(c.fields)]));
}

/** The counter's next sequence number of the day. Call inside the transaction that inserts the ticket. */
export function nextSeq(db: Db, day: string, counter: number): number {
  const row = db
    .prepare<[string, number], { last: number | null }>(
      'SELECT max(seq) AS last FROM queue_tickets WHERE day = ? AND counter = ?',
    )
    .get(day, counter);
  return (row?.last ?? 0) + 1;
}

/** Stores a new waiting ticket. */
export function insertTicket(
  db: Db,
  t: {
    day: string;
    counter: number;
    seq: number;
    ticket: string;
    field?: string;
    procedureCode?: string;
    takenAt: Date;
  },
): void {
  db.prepare(
    "INSERT INTO queue_tickets (day, counter, seq, ticket, field, procedure_code, status, taken_at) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?)",
  ).run(
    t.day,
    t.counter,
    t.seq,
    t.ticket,
    t.field ?? null,
    t.procedureCode ?? null,
    t.takenAt.toISOString(),
  );
}

/** The ticket a counter is serving now (called, not yet finished). */
export function servingTicket(db: Db, day: string, counter: number): TicketRow | undefined {
  return db
    .prepare<[string, number], TicketRow>(
      "SELECT * FROM queue_tickets WHERE day = ? AND counter = ? AND status = 'called' ORDER BY called_at DESC, id DESC LIMIT 1",
    )
    .get(day, counter);
}

/** The oldest ticket waiting for a counter. */
export function firstWaiting(db: Db, day: string, counter: number): TicketRow | undefined {
  return db
    .prepare<[string, number], TicketRow>(
      "SELECT * FROM queue_tickets WHERE day = ? AND counter = ? AND status = 'waiting' ORDER BY seq LIMIT 1",
    )
    .get(day, counter);
}

/** Finishes every ticket a counter has called (normally just one). */
export function finishCalled(db: Db, day: string, counter: number): void {
  db.prepare(
    "UPDATE queue_tickets SET status = 'done' WHERE day = ? AND counter = ? AND status = 'called'",
  ).run(day, counter);
}

/** Marks a waiting ticket as called by an officer. */
export function markCalled(db: Db, id: number, at: Date, by: string): boolean {
  return (
    db
      .prepare(
        "UPDATE queue_tickets SET status = 'called', called_at = ?, called_by = ? WHERE id = ? AND status = 'waiting'",
      )
      .run(at.toISOString(), by, id).changes === 1
  );
}

/** The day's latest calls, newest first. */
export function recentCalls(db: Db, day: string, limit: number): TicketRow[] {
  return db
    .prepare<[string, number], TicketRow>(
      'SELECT * FROM queue_tickets WHERE day = ? AND called_at IS NOT NULL ORDER BY called_at DESC, id DESC LIMIT ?',
    )
    .all(day, limit);
}
