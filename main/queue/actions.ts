/** The officer's attendance actions on a counter: call next, recall, skip (no-show), transfer, pause. */
import type { Db } from '../db/database';
import { badInput, conflict, notFound } from '../core/errors';
import { appendAudit } from '../audit/log';
import { toVnIso, vnDate } from '../calendar/vn-time';
import { pickNext } from './policy';
import {
  finishCalled,
  lastCallsPriority,
  listCounters,
  markCalled,
  markRecalled,
  markSkipped,
  moveTicket,
  servingTicket,
  setPause,
  skippedTickets,
  ticketByNumber,
  waitingTickets,
  type TicketRow,
} from './repo';
import type { CallResult, CounterView, TransferResult } from './types';
import { statement } from '../db/statements';

export interface ActionDeps {
  db: Db;
  settings(): { queuePriorityCap: number };
}

function counterOf(db: Db, day: string, n: number, field = 'counter'): CounterView {
  const c = listCounters(db, day).find((x) => x.number === n);
  if (!c && field === 'counter') throw notFound(`Không có quầy số ${n}.`);
  if (!c) throw badInput(`Không có quầy số ${n}.`, field);
  return c;
}

function answer(db: Db, day: string, c: CounterView, t: TicketRow | undefined, now: Date) {
  const waiting = waitingTickets(db, day, c.number).length;
  const skipped = skippedTickets(db, day, c.number).map((s) => s.ticket);
  const result: CallResult = {
    counter: { number: c.number, name: c.name },
    ticket: t?.ticket ?? null,
    waiting,
    skipped,
  };
  if (t) {
    result.calledAt = toVnIso(now);
    result.priority = t.priority === 1;
    result.recalls = t.recalls;
    if (t.declaration_code) result.declarationCode = t.declaration_code;
    if (t.procedure_code) result.procedureCode = t.procedure_code;
  }
  return result;
}

const refresh = (db: Db, id: number) =>
  statement<[number], TicketRow>(db, 'SELECT * FROM queue_tickets WHERE id = ?').get(id);

function run<T>(db: Db, f: () => T): T {
  return db.transaction(f).immediate();
}

interface AtCounter {
  db: Db;
  day: string;
  c: CounterView;
  current: TicketRow | undefined;
}

/** In one transaction: today's counter (unknown → not found) and the ticket it serves, handed to `f`. */
function atCounter<T>(deps: ActionDeps, counterNo: number, now: Date, f: (at: AtCounter) => T): T {
  const { db } = deps;
  const day = vnDate(now);
  return run(db, () => {
    const c = counterOf(db, day, counterNo);
    return f({ db, day, c, current: servingTicket(db, day, c.number) });
  });
}

/** The counter's current ticket, or a conflict saying it has called none to `verb`. */
function serving(at: AtCounter, verb: string): TicketRow {
  if (!at.current) throw conflict(`${at.c.name} chưa gọi số nào để ${verb}.`);
  return at.current;
}

/** A conflict when the counter is paused: its name, the reason, then `then` (what to do). */
function notPaused(c: CounterView, then: string, field?: string): void {
  if (c.paused) throw conflict(`${c.name} đang tạm dừng (${c.pausedReason}). ${then}`, field);
}

/** Finishes the counter's current ticket and calls the next by the priority policy. */
export function callNext(
  deps: ActionDeps,
  counterNo: number,
  officer: string,
  now: Date,
): CallResult {
  return atCounter(deps, counterNo, now, ({ db, day, c, current }) => {
    notPaused(c, 'Bấm "Tiếp tục" trước khi gọi số.');
    const finished = current?.ticket;
    finishCalled(db, day, counterNo, now);
    const cap = deps.settings().queuePriorityCap;
    const waiting = waitingTickets(db, day, counterNo).map((t) => ({
      ...t,
      priority: t.priority === 1,
      takenAt: t.taken_at,
    }));
    const next = pickNext(waiting, lastCallsPriority(db, day, counterNo, Math.max(cap, 1)), cap);
    if (
      next &&
      !markCalled(db, next.id, { at: now, by: officer, counter: counterNo, recall: false })
    )
      throw conflict('Số này vừa được gọi ở nơi khác. Xin gọi lại.');
    const result = answer(db, day, c, next && refresh(db, next.id), now);
    if (finished) result.finished = finished;
    return result;
  });
}

/**
 * Calls again: the counter's current ticket, or a ticket skipped earlier today (which becomes the
 * counter's current one, the one served before being finished).
 */
export function recall(
  deps: ActionDeps,
  input: { counter: number; ticket?: string },
  officer: string,
  now: Date,
): CallResult {
  return atCounter(deps, input.counter, now, (at) => {
    const { db, day, c } = at;
    if (!input.ticket || input.ticket === at.current?.ticket) {
      const current = serving(at, 'gọi lại');
      markRecalled(db, current.id, now);
      return answer(db, day, c, refresh(db, current.id), now);
    }
    const t = ticketByNumber(db, day, input.ticket);
    if (!t || t.status !== 'skipped' || t.counter !== c.number)
      throw conflict(`Số ${input.ticket} không phải số đã bỏ qua ở ${c.name} hôm nay.`, 'ticket');
    finishCalled(db, day, c.number, now);
    markCalled(db, t.id, { at: now, by: officer, counter: c.number, recall: true });
    return answer(db, day, c, refresh(db, t.id), now);
  });
}

/** The citizen did not come: the current ticket is set aside (recallable today); nothing else is called. */
export function skip(deps: ActionDeps, counterNo: number, now: Date): CallResult {
  return atCounter(deps, counterNo, now, (at) => {
    const { db, day, c } = at;
    const current = serving(at, 'bỏ qua');
    markSkipped(db, current.id, now);
    const result = answer(db, day, c, undefined, now);
    result.finished = current.ticket;
    return result;
  });
}

/** Sends the current ticket to another open counter, keeping its place by the time it was taken. */
export function transfer(
  deps: ActionDeps,
  input: { counter: number; toCounter: number },
  officer: string,
  now: Date,
): TransferResult {
  return atCounter(deps, input.counter, now, (at) => {
    const { db, day, c: from } = at;
    const to = counterOf(db, day, input.toCounter, 'toCounter');
    if (to.number === from.number)
      throw badInput('Hãy chọn một quầy khác quầy đang phục vụ.', 'toCounter');
    notPaused(to, 'Hãy chọn quầy khác.', 'toCounter');
    const current = serving(at, 'chuyển');
    moveTicket(db, current.id, from.number, to.number);
    appendAudit(db, {
      at: now,
      actor: officer,
      action: 'queue.transfer',
      detail: { ticket: current.ticket, from: from.number, to: to.number },
    });
    const ahead = waitingTickets(db, day, to.number).filter(
      (t) =>
        t.taken_at < current.taken_at || (t.taken_at === current.taken_at && t.id < current.id),
    ).length;
    return {
      ticket: current.ticket,
      from: { number: from.number, name: from.name },
      to: { number: to.number, name: to.name },
      waitingAhead: ahead,
    };
  });
}

/** Pauses a counter with a reason (break, meeting…): no new tickets go there; or resumes it. */
export function pause(
  deps: ActionDeps,
  input: { counter: number; reason: string | null },
  officer: string,
  now: Date,
): CounterView {
  const { db } = deps;
  const day = vnDate(now);
  return run(db, () => {
    counterOf(db, day, input.counter);
    setPause(db, input.counter, input.reason, now);
    appendAudit(db, {
      at: now,
      actor: officer,
      action: input.reason ? 'queue.pause' : 'queue.resume',
      detail: input,
    });
    return counterOf(db, day, input.counter);
  });
}
