/** What the queue shows: counters, tickets, the hall board. Node-free: the renderer displays these. */
import type { PrintOutcome } from '../printing/types';

/** A service counter (quầy) and the fields (lĩnh vực) it serves; no field means a general counter. */
export interface Counter {
  number: number;
  /** "Quầy số 1", printed on the ticket after "Mời đến". */
  name: string;
  fields: string[];
}

export interface CounterView extends Counter {
  /** Serves every field (it is where tickets go when no counter serves the field). */
  general: boolean;
  /** Tickets of today still waiting for this counter. */
  waiting: number;
  /** Of those, the priority tickets. */
  waitingPriority: number;
  /** Paused by an officer: takes no new tickets, calls none, refuses transfers. */
  paused: boolean;
  pausedReason?: string;
}

/** The ticket a citizen takes at the kiosk. */
export interface TakeResult {
  /** "1003": the counter's number followed by the day's sequence (3 digits). */
  ticket: string;
  /** The counter's number: the value `queue.callNext {"counter"}` takes (DESIGN.md). */
  counter: number;
  /** The counter's name as the hall shows it ("Quầy số 1"). */
  counterName: string;
  /** The field the ticket was routed by, when known. */
  field?: string;
  procedureCode?: string;
  /** The declaration the ticket carries: the officer who calls it opens it in one step. */
  declarationCode?: string;
  /** A priority ticket (người cao tuổi, khuyết tật, mang thai, có con nhỏ). */
  priority: boolean;
  /** People ahead of this ticket at its counter. */
  waitingAhead: number;
  /** Minutes of waiting estimated from the day's service times at the counter. */
  estimatedWaitMinutes: number;
  issuedAt: string;
  /**
   * Taken outside office time (before opening, at lunch, after hours, a weekend or a holiday of
   * the unit's calendar): when the counters serve again (Vietnam time). Absent while they serve.
   */
  servingFrom?: string;
  print: PrintOutcome;
}

/** What "Gọi số tiếp theo" returns: the ticket now called, or null when nobody waits. */
export interface CallResult {
  counter: { number: number; name: string };
  ticket: string | null;
  calledAt?: string;
  /** The ticket this call finished (the one served before), if any. */
  finished?: string;
  /** Tickets still waiting for this counter after the call. */
  waiting: number;
  /** The called ticket's declaration, when it carries one. */
  declarationCode?: string;
  procedureCode?: string;
  priority?: boolean;
  /** How many times the ticket has been called again. */
  recalls?: number;
  /** Tickets skipped today at this counter (no-show), which may be recalled. */
  skipped: string[];
}

/** The answer of a transfer: where the ticket went and the counter that gave it. */
export interface TransferResult {
  ticket: string;
  from: { number: number; name: string };
  to: { number: number; name: string };
  /** People ahead of it at the new counter (it keeps its place by the time it was taken). */
  waitingAhead: number;
}

/** Wait and service times of one counter or one officer, in minutes (1 decimal). */
export interface ServiceFigures {
  served: number;
  skipped: number;
  meanWaitMinutes: number | null;
  meanServiceMinutes: number | null;
}

/** `queue.stats`: the figures per counter and per officer over days. */
export interface QueueStats {
  from: string;
  to: string;
  all: ServiceFigures;
  counters: (ServiceFigures & { number: number; name: string })[];
  officers: (ServiceFigures & { officer: string })[];
}

/** The waiting hall's TV: who is served where, how many wait, the latest calls first. */
export interface QueueBoard {
  day: string;
  updatedAt: string;
  counters: {
    number: number;
    name: string;
    serving: string | null;
    waiting: number;
    paused: boolean;
    pausedReason?: string;
  }[];
  /** Newest first; `recalls` grows each time the number is called again (the hall announces it again). */
  recentCalls: {
    ticket: string;
    counter: number;
    counterName: string;
    calledAt: string;
    recalls: number;
  }[];
  waitingTotal: number;
}
