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
  /** Tickets ahead of this one at its counter. */
  waitingAhead: number;
  issuedAt: string;
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
}

/** The waiting hall's TV: who is served where, how many wait, the latest calls first. */
export interface QueueBoard {
  day: string;
  updatedAt: string;
  counters: { number: number; name: string; serving: string | null; waiting: number }[];
  recentCalls: { ticket: string; counter: number; counterName: string; calledAt: string }[];
  waitingTotal: number;
}
