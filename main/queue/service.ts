/** Taking, calling and showing queue tickets. Numbers are taken in an IMMEDIATE transaction: never reused, never skipped. */
import type { Db } from '../db/database';
import type { Procedure } from '../catalog/types';
import type { UnitSettings } from '../settings/types';
import type { SlipDocument } from '../slips/types';
import type { PrintOutcome } from '../printing/types';
import { conflict, notFound } from '../core/errors';
import { appendAudit } from '../audit/log';
import { toVnIso, vnDate } from '../calendar/vn-time';
import { queueTicket } from '../slips/kiosk';
import { MAX_TICKETS_PER_DAY, chooseCounter, ticketNumber } from './routing';
import {
  finishCalled,
  firstWaiting,
  insertTicket,
  listCounters,
  markCalled,
  nextSeq,
  recentCalls,
  replaceCounters,
  servingTicket,
} from './repo';
import type { CallResult, Counter, CounterView, QueueBoard, TakeResult } from './types';

export interface QueueDeps {
  db: Db;
  procedure(code: string): Procedure | undefined;
  printer: { print(doc: SlipDocument, opts?: { subject?: string }): Promise<PrintOutcome> };
  settings(): UnitSettings;
}

/** The counters with today's waiting counts. */
export function counters(deps: Pick<QueueDeps, 'db'>, now: Date): { items: CounterView[] } {
  return { items: listCounters(deps.db, vnDate(now)) };
}

/** Replaces the hall's counters; the change is audited. */
export function setCounters(
  deps: Pick<QueueDeps, 'db'>,
  list: readonly Counter[],
  actor: string,
  now: Date,
): { items: CounterView[] } {
  deps.db
    .transaction(() => {
      replaceCounters(deps.db, list);
      appendAudit(deps.db, { at: now, actor, action: 'queue.setCounters', detail: list });
    })
    .immediate();
  return counters(deps, now);
}

function routeField(
  deps: QueueDeps,
  input: { procedureCode?: string; field?: string },
): { field?: string; procedureCode?: string; service?: string } {
  if (!input.procedureCode) return { field: input.field, service: input.field };
  const p = deps.procedure(input.procedureCode);
  if (!p) throw notFound(`Không tìm thấy thủ tục có mã ${input.procedureCode}.`);
  return { field: p.field || input.field, procedureCode: p.code, service: p.name };
}

/** Gives the next ticket of the right counter, stores it, then prints it (a printer fault never loses the ticket). */
export async function take(
  deps: QueueDeps,
  input: { procedureCode?: string; field?: string },
  now: Date,
): Promise<TakeResult> {
  const route = routeField(deps, input);
  const day = vnDate(now);
  const taken = deps.db
    .transaction(() => {
      const chosen = chooseCounter(listCounters(deps.db, day), route.field);
      if (!chosen)
        throw conflict('Chưa có quầy nào được cấu hình. Vui lòng liên hệ cán bộ tiếp nhận.');
      const seq = nextSeq(deps.db, day, chosen.number);
      if (seq > MAX_TICKETS_PER_DAY)
        throw conflict(
          `${chosen.name} đã phát hết số thứ tự của hôm nay. Vui lòng liên hệ cán bộ tiếp nhận.`,
        );
      const ticket = ticketNumber(chosen.number, seq);
      insertTicket(deps.db, {
        day,
        counter: chosen.number,
        seq,
        ticket,
        field: route.field,
        procedureCode: route.procedureCode,
        takenAt: now,
      });
      return {
        ticket,
        counter: chosen.number,
        counterName: chosen.name,
        waitingAhead: chosen.waiting,
      };
    })
    .immediate();
  const issuedAt = toVnIso(now);
  const doc = queueTicket({
    unitName: deps.settings().unitName,
    ticket: taken.ticket,
    counter: taken.counterName,
    service: route.service,
    waitingAhead: taken.waitingAhead,
    issuedAt,
  });
  const print = await deps.printer.print(doc, { subject: `STT-${day}-${taken.ticket}` });
  return {
    ...taken,
    ...(route.field ? { field: route.field } : {}),
    ...(route.procedureCode ? { procedureCode: route.procedureCode } : {}),
    issuedAt,
    print,
  };
}

/** Finishes the counter's current ticket and calls the next one waiting for it. */
export function callNext(
  deps: Pick<QueueDeps, 'db'>,
  counterNo: number,
  officer: string,
  now: Date,
): CallResult {
  const day = vnDate(now);
  return deps.db
    .transaction(() => {
      const counter = listCounters(deps.db, day).find((c) => c.number === counterNo);
      if (!counter) throw notFound(`Không có quầy số ${counterNo}.`);
      const finished = servingTicket(deps.db, day, counterNo)?.ticket;
      finishCalled(deps.db, day, counterNo);
      const next = firstWaiting(deps.db, day, counterNo);
      if (next && !markCalled(deps.db, next.id, now, officer))
        throw conflict('Số này vừa được gọi ở nơi khác. Vui lòng gọi lại.');
      const head = { number: counter.number, name: counter.name };
      const waiting = next ? counter.waiting - 1 : 0;
      const result: CallResult = { counter: head, ticket: next?.ticket ?? null, waiting };
      if (next) result.calledAt = toVnIso(now);
      if (finished) result.finished = finished;
      return result;
    })
    .immediate();
}

/** The hall TV's view of today: serving and waiting per counter, the latest calls. */
export function board(deps: Pick<QueueDeps, 'db'>, now: Date): QueueBoard {
  const day = vnDate(now);
  const list = listCounters(deps.db, day);
  const names = new Map(list.map((c) => [c.number, c.name]));
  return {
    day,
    updatedAt: toVnIso(now),
    counters: list.map((c) => ({
      number: c.number,
      name: c.name,
      serving: servingTicket(deps.db, day, c.number)?.ticket ?? null,
      waiting: c.waiting,
    })),
    recentCalls: recentCalls(deps.db, day, 5).map((t) => ({
      ticket: t.ticket,
      counter: t.counter,
      counterName: names.get(t.counter) ?? `Quầy số ${t.counter}`,
      calledAt: toVnIso(new Date(t.called_at ?? t.taken_at)),
    })),
    waitingTotal: list.reduce((n, c) => n + c.waiting, 0),
  };
}
