/** Taking and showing queue tickets. Numbers are taken in an IMMEDIATE transaction: never reused, never skipped. */
import type { Db } from '../db/database';
import type { Procedure } from '../catalog/types';
import type { UnitSettings } from '../settings/types';
import type { SlipDocument } from '../slips/types';
import type { PrintOutcome } from '../printing/types';
import { conflict, notFound } from '../core/errors';
import { appendAudit } from '../audit/log';
import { toVnIso, vnDate } from '../calendar/vn-time';
import { findDeclaration } from '../dossiers/repo';
import { queueTicket } from '../slips/kiosk';
import { declarationDocument } from '../printing/checklist';
import { MAX_TICKETS_PER_DAY, chooseCounter, ticketNumber } from './routing';
import { estimatedWaitMinutes, peopleAhead } from './policy';
import { isOfficeTime, nextOfficeTime } from '../calendar/office-time';
import type { WorkingTime } from '../calendar/types';
import {
  insertTicket,
  listCounters,
  meanServiceMs,
  nextSeq,
  openTicketOf,
  recentCalls,
  replaceCounters,
  servingTicket,
  type TicketRow,
} from './repo';
import type { Counter, CounterView, QueueBoard, TakeResult } from './types';

export interface QueueDeps {
  db: Db;
  /** The unit's working time (office hours and days off): a ticket says when the counters serve. */
  calendar: WorkingTime;
  procedure(code: string): Procedure | undefined;
  printer: { print(doc: SlipDocument, opts?: { subject?: string }): Promise<PrintOutcome> };
  settings(): UnitSettings;
}

export interface TakeInput {
  procedureCode?: string;
  field?: string;
  priority?: boolean;
  declarationCode?: string;
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
  input: TakeInput,
): { field?: string; procedureCode?: string; service?: string; declarationCode?: string } {
  let procedureCode = input.procedureCode;
  if (input.declarationCode) {
    const d = findDeclaration(deps.db, input.declarationCode);
    if (!d) throw notFound(`Không tìm thấy tờ khai có mã ${input.declarationCode}.`);
    procedureCode ??= d.procedureCode;
  }
  const extra = input.declarationCode ? { declarationCode: input.declarationCode } : {};
  if (!procedureCode) return { field: input.field, service: input.field, ...extra };
  const p = deps.procedure(procedureCode);
  if (!p) throw notFound(`Không tìm thấy thủ tục có mã ${procedureCode}.`);
  return { field: p.field || input.field, procedureCode: p.code, service: p.name, ...extra };
}

type Taken = Omit<TakeResult, 'issuedAt' | 'print' | 'field' | 'procedureCode'>;

function aheadOf(deps: QueueDeps, c: CounterView, priority: boolean, day: string) {
  const cap = deps.settings().queuePriorityCap;
  const ahead = peopleAhead(c.waitingPriority, c.waiting - c.waitingPriority, priority, cap);
  return {
    waitingAhead: ahead,
    estimatedWaitMinutes: estimatedWaitMinutes(ahead, meanServiceMs(deps.db, day, c.number)),
  };
}

function existing(deps: QueueDeps, row: TicketRow, day: string): Taken {
  const c = listCounters(deps.db, day).find((x) => x.number === row.counter);
  const priority = row.priority === 1;
  return {
    ticket: row.ticket,
    counter: row.counter,
    counterName: c?.name ?? `Quầy số ${row.counter}`,
    priority,
    ...(row.declaration_code ? { declarationCode: row.declaration_code } : {}),
    ...(c ? aheadOf(deps, c, priority, day) : { waitingAhead: 0, estimatedWaitMinutes: 0 }),
  };
}

function issue(
  deps: QueueDeps,
  route: ReturnType<typeof routeField>,
  priority: boolean,
  now: Date,
) {
  const day = vnDate(now);
  if (route.declarationCode) {
    const open = openTicketOf(deps.db, day, route.declarationCode);
    if (open) return { taken: existing(deps, open, day), fresh: false };
  }
  const open = listCounters(deps.db, day).filter((c) => !c.paused);
  const chosen = chooseCounter(open, route.field);
  if (!chosen)
    throw conflict('Hiện chưa có quầy nào đang tiếp nhận. Xin ông/bà liên hệ cán bộ hướng dẫn.');
  const seq = nextSeq(deps.db, day, chosen.number);
  if (seq > MAX_TICKETS_PER_DAY)
    throw conflict(`${chosen.name} đã phát hết số thứ tự của hôm nay. Xin ông/bà liên hệ cán bộ.`);
  const ticket = ticketNumber(chosen.number, seq);
  const ahead = aheadOf(deps, chosen, priority, day);
  insertTicket(deps.db, {
    day,
    counter: chosen.number,
    seq,
    ticket,
    ...route,
    priority,
    takenAt: now,
  });
  const taken: Taken = {
    ticket,
    counter: chosen.number,
    counterName: chosen.name,
    priority,
    ...(route.declarationCode ? { declarationCode: route.declarationCode } : {}),
    ...ahead,
  };
  return { taken, fresh: true };
}

/**
 * Gives the next ticket of the right open counter, stores it, then prints it (a printer fault never
 * loses the ticket). A declaration holds one open ticket a day: pressing again gives the same one.
 */
export async function take(deps: QueueDeps, input: TakeInput, now: Date): Promise<TakeResult> {
  const route = routeField(deps, input);
  const day = vnDate(now);
  const { taken } = deps.db
    .transaction(() => issue(deps, route, input.priority === true, now))
    .immediate();
  const issuedAt = toVnIso(now);
  const doc = ticketDocument(deps, route, taken, now);
  const print = await deps.printer.print(doc, { subject: `STT-${day}-${taken.ticket}` });
  const serving = isOfficeTime(deps.calendar, now);
  return {
    ...taken,
    ...(route.field ? { field: route.field } : {}),
    ...(route.procedureCode ? { procedureCode: route.procedureCode } : {}),
    issuedAt,
    ...(serving ? {} : { servingFrom: toVnIso(nextOfficeTime(deps.calendar, now)) }),
    print,
  };
}

/** A ticket with a declaration prints as the declaration slip with the number; else the plain ticket. */
function ticketDocument(
  deps: QueueDeps,
  route: ReturnType<typeof routeField>,
  taken: Taken,
  now: Date,
): SlipDocument {
  const unitName = deps.settings().unitName;
  const p = route.procedureCode ? deps.procedure(route.procedureCode) : undefined;
  if (taken.declarationCode && p)
    return declarationDocument(
      p,
      {
        declarationCode: taken.declarationCode,
        unitName,
        ticket: {
          number: taken.ticket,
          counter: taken.counterName,
          waitingAhead: taken.waitingAhead,
          priority: taken.priority,
        },
      },
      now,
    );
  return queueTicket({
    unitName,
    ticket: taken.ticket,
    counter: taken.counterName,
    service: route.service,
    waitingAhead: taken.waitingAhead,
    estimatedWaitMinutes: taken.estimatedWaitMinutes,
    priority: taken.priority,
    issuedAt: toVnIso(now),
  });
}

/** The hall TV's view of today: serving and waiting per counter, pauses, the latest calls. */
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
      paused: c.paused,
      ...(c.pausedReason ? { pausedReason: c.pausedReason } : {}),
    })),
    recentCalls: recentCalls(deps.db, day, 6).map((t) => ({
      ticket: t.ticket,
      counter: t.counter,
      counterName: names.get(t.counter) ?? `Quầy số ${t.counter}`,
      calledAt: toVnIso(new Date(t.called_at ?? t.taken_at)),
      recalls: t.recalls,
    })),
    waitingTotal: list.reduce((n, c) => n + c.waiting, 0),
  };
}
