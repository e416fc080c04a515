/** The queue's tables: counters, and tickets numbered per issuing counter per day. Prepared statements only. */
import type { Db } from '../db/database';
import type { Counter, CounterView } from './types';
import { statement } from '../db/statements';

interface CounterRow {
  number: number;
  name: string;
  fields: string;
  paused_reason: string | null;
}

export interface TicketRow {
  id: number;
  day: string;
  /** The counter serving it now (changes on transfer). */
  counter: number;
  issued_counter: number;
  seq: number;
  ticket: string;
  field: string | null;
  procedure_code: string | null;
  declaration_code: string | null;
  priority: 0 | 1;
  status: 'waiting' | 'called' | 'done' | 'skipped';
  taken_at: string;
  called_at: string | null;
  called_by: string | null;
  first_called_at: string | null;
  finished_at: string | null;
  recalls: number;
  transferred_from: number | null;
}

/** The counters with today's waiting counts, in number order. */
export function listCounters(db: Db, day: string): CounterView[] {
  const waiting = new Map(
    statement<[string], { counter: number; n: number; p: number }>(
      db,
      "SELECT counter, count(*) AS n, sum(priority) AS p FROM queue_tickets WHERE day = ? AND status = 'waiting' GROUP BY counter",
    )
      .all(day)
      .map((r) => [r.counter, r]),
  );
  return statement<[], CounterRow>(
    db,
    'SELECT number, name, fields, paused_reason FROM queue_counters ORDER BY number',
  )
    .all()
    .map((r) => {
      const fields = JSON.parse(r.fields) as string[];
      const w = waiting.get(r.number);
      return {
        number: r.number,
        name: r.name,
        fields,
        general: fields.length === 0,
        waiting: w?.n ?? 0,
        waitingPriority: w?.p ?? 0,
        paused: r.paused_reason !== null,
        ...(r.paused_reason !== null ? { pausedReason: r.paused_reason } : {}),
      };
    });
}

/** Replaces every counter, keeping the pause of a counter that stays; tickets keep their counter number. Call inside a transaction. */
export function replaceCounters(db: Db, counters: readonly Counter[]): void {
  const paused = new Map(
    statement<[], { number: number; paused_reason: string; paused_at: string }>(
      db,
      'SELECT number, paused_reason, paused_at FROM queue_counters WHERE paused_reason IS NOT NULL',
    )
      .all()
      .map((r) => [r.number, r]),
  );
  statement(db, 'DELETE FROM queue_counters').run();
  const insert = statement(
    db,
    'INSERT INTO queue_counters (number, name, fields, paused_reason, paused_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const c of counters) {
    const p = paused.get(c.number);
    insert.run(
      c.number,
      c.name,
      JSON.stringify([...new Set(c.fields)]),
      p?.paused_reason ?? null,
      p?.paused_at ?? null,
    );
  }
}

/** Pauses a counter with a reason, or resumes it (reason null). */
export function setPause(db: Db, counter: number, reason: string | null, at: Date): void {
  statement(db, 'UPDATE queue_counters SET paused_reason = ?, paused_at = ? WHERE number = ?').run(
    reason,
    reason === null ? null : at.toISOString(),
    counter,
  );
}

/** The issuing counter's next sequence number of the day. Call inside the transaction that inserts the ticket. */
export function nextSeq(db: Db, day: string, counter: number): number {
  const row = statement<[string, number], { last: number | null }>(
    db,
    'SELECT max(seq) AS last FROM queue_tickets WHERE day = ? AND issued_counter = ?',
  ).get(day, counter);
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
    declarationCode?: string;
    priority: boolean;
    takenAt: Date;
  },
): void {
  statement(
    db,
    `INSERT INTO queue_tickets (day, counter, issued_counter, seq, ticket, field, procedure_code, declaration_code, priority, status, taken_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?)`,
  ).run(
    t.day,
    t.counter,
    t.counter,
    t.seq,
    t.ticket,
    t.field ?? null,
    t.procedureCode ?? null,
    t.declarationCode ?? null,
    t.priority ? 1 : 0,
    t.takenAt.toISOString(),
  );
}

/** Today's ticket still open (waiting or called) for a declaration, so a second press gives the same ticket. */
export function openTicketOf(db: Db, day: string, declarationCode: string): TicketRow | undefined {
  return statement<[string, string], TicketRow>(
    db,
    "SELECT * FROM queue_tickets WHERE day = ? AND declaration_code = ? AND status IN ('waiting', 'called') LIMIT 1",
  ).get(day, declarationCode);
}

/** The ticket a counter is serving now (called, not yet finished). */
export function servingTicket(db: Db, day: string, counter: number): TicketRow | undefined {
  return statement<[string, number], TicketRow>(
    db,
    "SELECT * FROM queue_tickets WHERE day = ? AND counter = ? AND status = 'called' ORDER BY called_at DESC, id DESC LIMIT 1",
  ).get(day, counter);
}

/** Every ticket waiting for a counter. */
export function waitingTickets(db: Db, day: string, counter: number): TicketRow[] {
  return statement<[string, number], TicketRow>(
    db,
    "SELECT * FROM queue_tickets WHERE day = ? AND counter = ? AND status = 'waiting' ORDER BY taken_at, id",
  ).all(day, counter);
}

/** Whether the counter's latest first calls were priority tickets, newest first. */
export function lastCallsPriority(db: Db, day: string, counter: number, n: number): boolean[] {
  return statement<[string, number, number], { priority: number }>(
    db,
    'SELECT priority FROM queue_tickets WHERE day = ? AND counter = ? AND first_called_at IS NOT NULL ORDER BY first_called_at DESC, id DESC LIMIT ?',
  )
    .all(day, counter, n)
    .map((r) => r.priority === 1);
}

/** A ticket of the day by its printed number. */
export function ticketByNumber(db: Db, day: string, ticket: string): TicketRow | undefined {
  return statement<[string, string], TicketRow>(
    db,
    'SELECT * FROM queue_tickets WHERE day = ? AND ticket = ? LIMIT 1',
  ).get(day, ticket);
}

/** Finishes every ticket a counter has called (normally just one). */
export function finishCalled(db: Db, day: string, counter: number, at: Date): void {
  statement(
    db,
    "UPDATE queue_tickets SET status = 'done', finished_at = ? WHERE day = ? AND counter = ? AND status = 'called'",
  ).run(at.toISOString(), day, counter);
}

/** Calls a waiting or skipped ticket to a counter; `recall` counts a call again. */
export function markCalled(
  db: Db,
  id: number,
  t: { at: Date; by: string; counter: number; recall: boolean },
): boolean {
  return (
    statement(
      db,
      `UPDATE queue_tickets SET status = 'called', called_at = ?, called_by = ?, counter = ?,
           first_called_at = coalesce(first_called_at, ?), recalls = recalls + ?
         WHERE id = ? AND status IN ('waiting', 'skipped')`,
    ).run(t.at.toISOString(), t.by, t.counter, t.at.toISOString(), t.recall ? 1 : 0, id).changes ===
    1
  );
}

/** Announces the counter's current ticket again. */
export function markRecalled(db: Db, id: number, at: Date): void {
  statement(db, 'UPDATE queue_tickets SET called_at = ?, recalls = recalls + 1 WHERE id = ?').run(
    at.toISOString(),
    id,
  );
}

/** Marks a called ticket as not present (no-show); it may be recalled later in the day. */
export function markSkipped(db: Db, id: number, at: Date): void {
  statement(
    db,
    "UPDATE queue_tickets SET status = 'skipped', finished_at = ? WHERE id = ? AND status = 'called'",
  ).run(at.toISOString(), id);
}

/** Moves a called ticket back to waiting at another counter; it keeps its place by the time it was taken. */
export function moveTicket(db: Db, id: number, from: number, to: number): void {
  statement(
    db,
    "UPDATE queue_tickets SET status = 'waiting', counter = ?, transferred_from = ?, called_at = NULL, called_by = NULL WHERE id = ? AND status = 'called'",
  ).run(to, from, id);
}

/** The day's latest calls, newest first. */
export function recentCalls(db: Db, day: string, limit: number): TicketRow[] {
  return statement<[string, number], TicketRow>(
    db,
    "SELECT * FROM queue_tickets WHERE day = ? AND called_at IS NOT NULL AND status IN ('called', 'done') ORDER BY called_at DESC, id DESC LIMIT ?",
  ).all(day, limit);
}

/** The skipped tickets of the day at a counter, for a later recall. */
export function skippedTickets(db: Db, day: string, counter: number): TicketRow[] {
  return statement<[string, number], TicketRow>(
    db,
    "SELECT * FROM queue_tickets WHERE day = ? AND counter = ? AND status = 'skipped' ORDER BY taken_at",
  ).all(day, counter);
}

/** Tickets of the days [from, to] that were called, for the statistics. */
export function calledTickets(db: Db, from: string, to: string): TicketRow[] {
  return statement<[string, string], TicketRow>(
    db,
    'SELECT * FROM queue_tickets WHERE day >= ? AND day <= ? AND first_called_at IS NOT NULL',
  ).all(from, to);
}

/** The day's mean service time (called → finished) at a counter, in ms; null before any finished ticket. */
export function meanServiceMs(db: Db, day: string, counter: number): number | null {
  const row = statement<[string, number], { ms: number | null }>(
    db,
    `SELECT avg((julianday(finished_at) - julianday(called_at)) * 86400000.0) AS ms
       FROM queue_tickets WHERE day = ? AND counter = ? AND status = 'done' AND finished_at IS NOT NULL`,
  ).get(day, counter);
  return row?.ms ?? null;
}
