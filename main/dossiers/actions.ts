/**
 * The dossier's steps after it was received and before or at its end: hand-over to the handling
 * unit and back (the control sheet), result ready, a late dossier's new date (Mẫu 04), returning
 * the result with the fee, withdrawal and stop. Each goes through runTransition (guard, audit).
 */
import type { Caller } from '../core/types';
import { badInput } from '../core/errors';
import { checkNewDueDate } from '../calendar/recompute';
import type { DossierDeps } from './service';
import type { FeeMethod, Timing, TransitionResult } from './types';
import { closeHandover, insertHandover, timingOf } from './handovers';
import { runTransition, type DossierHead, type Plan } from './transition';
import { delayDoc, printSafely } from './notice-data';
import { dossierResult } from './results';

const MAX_FEE = 1_000_000_000;

/** Hands the dossier to a handling unit (or from one unit on to the next); a control-sheet line records it. */
export function handOver(
  deps: DossierDeps,
  input: { code: string; toUnit: string; receiver?: string },
  caller: Caller,
  now: Date,
): TransitionResult {
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'handOver',
    caller,
    now,
    plan: (h) => {
      const timing = timingOf(now, new Date(h.due_at));
      const fromUnit =
        h.status === 'handed_over' && h.handling_unit ? h.handling_unit : deps.settings().unitName;
      return {
        to: 'handed_over',
        set: { handling_unit: input.toUnit, sent_at: h.sent_at ?? now.toISOString() },
        detail: { fromUnit, toUnit: input.toUnit, receiver: input.receiver, timing },
        also: () => {
          if (h.status === 'handed_over')
            closeHandover(deps.db, h.code, now, caller.fullName, timing);
          insertHandover(deps.db, {
            dossier: h.code,
            at: now,
            giver: caller.fullName,
            fromUnit,
            toUnit: input.toUnit,
            receiver: input.receiver,
            timing,
          });
        },
      };
    },
  });
  return dossierResult(deps, head.code, now);
}

/** Closes the open control-sheet line when a dossier comes back from its handling unit. */
function comeBack(
  deps: DossierDeps,
  h: DossierHead,
  caller: Caller,
  now: Date,
): { timing: Timing; set: Plan['set']; also: () => void } {
  const timing = timingOf(now, new Date(h.due_at));
  return {
    timing,
    set: h.status === 'handed_over' ? { back_at: now.toISOString() } : {},
    also: () => {
      if (h.status === 'handed_over') closeHandover(deps.db, h.code, now, caller.fullName, timing);
    },
  };
}

/** The handling unit gives the dossier back to the counter (still being worked on). */
export function receiveBack(
  deps: DossierDeps,
  input: { code: string },
  caller: Caller,
  now: Date,
): TransitionResult {
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'receiveBack',
    caller,
    now,
    plan: (h) => {
      const back = comeBack(deps, h, caller, now);
      return {
        to: 'in_progress',
        set: back.set,
        detail: { fromUnit: h.handling_unit, timing: back.timing },
        also: back.also,
      };
    },
  });
  return dossierResult(deps, head.code, now);
}

/** The result is ready for the citizen; its time decides early / on time / late against the original due date. */
export function markReady(
  deps: DossierDeps,
  input: { code: string },
  caller: Caller,
  now: Date,
): TransitionResult {
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'markReady',
    caller,
    now,
    plan: (h) => {
      const back = comeBack(deps, h, caller, now);
      const timing = timingOf(now, new Date(h.original_due_at));
      return {
        to: 'result_ready',
        set: { ...back.set, result_at: now.toISOString() },
        detail: { timing },
        also: back.also,
      };
    },
  });
  return dossierResult(deps, head.code, now);
}

/**
 * A late dossier: a new date on a working day in office hours, later than the one in force; the
 * original date stays for the statistics, and Mẫu 04 apologises with both.
 */
export async function delay(
  deps: DossierDeps,
  input: { code: string; newDueAt: string; reason: string },
  caller: Caller,
  now: Date,
): Promise<TransitionResult> {
  const newDueAt = new Date(input.newDueAt);
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'delay',
    caller,
    now,
    plan: (h) => {
      if (newDueAt.getTime() <= now.getTime())
        throw badInput('Ngày hẹn mới: phải sau thời điểm hiện tại.', 'newDueAt');
      checkNewDueDate(deps.calendar, new Date(h.due_at), newDueAt);
      return {
        to: h.status,
        set: { due_at: newDueAt.toISOString(), note: input.reason },
        detail: {
          dueBefore: h.due_at,
          dueAt: newDueAt.toISOString(),
          originalDueAt: h.original_due_at,
          reason: input.reason,
        },
      };
    },
  });
  const subject = {
    code: head.code,
    procedureName: head.procedure_name,
    applicantName: head.applicant_name,
  };
  const doc = delayDoc(
    deps,
    subject,
    {
      receivedAt: new Date(head.received_at),
      promisedAt: new Date(head.due_at),
      newDueAt,
      reason: input.reason,
    },
    caller,
    now,
  );
  const print = await printSafely(deps, doc, head.code);
  return dossierResult(deps, head.code, now, print);
}

/** Checks a fee: whole đồng from 0 to 1,000,000,000, and nothing to pay when exempt. */
export function checkFee(fee: { amount: number; method: FeeMethod }): void {
  if (!Number.isSafeInteger(fee.amount) || fee.amount < 0 || fee.amount > MAX_FEE)
    throw badInput('Lệ phí: phải là số nguyên đồng từ 0 đến 1.000.000.000.', 'fee.amount');
  if (fee.method === 'exempt' && fee.amount !== 0)
    throw badInput('Lệ phí: hồ sơ miễn phí thì số tiền phải bằng 0.', 'fee.amount');
}

/** Hands the result over and records the fee collected, its method, receipt and the officer who took it. */
export function returnResult(
  deps: DossierDeps,
  input: { code: string; fee: { amount: number; method: FeeMethod; receiptNumber?: string } },
  caller: Caller,
  now: Date,
): TransitionResult {
  checkFee(input.fee);
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'return',
    caller,
    now,
    plan: () => ({
      to: 'returned',
      set: {
        returned_at: now.toISOString(),
        returned_by: caller.id,
        closed_at: now.toISOString(),
        fee_amount: input.fee.amount,
        fee_method: input.fee.method,
        fee_receipt: input.fee.receiptNumber ?? null,
      },
      detail: { fee: input.fee },
    }),
  });
  return dossierResult(deps, head.code, now);
}

/** Ends a dossier early: the citizen withdrew it, or the unit stopped handling it; the reason is kept. */
export function close(
  deps: DossierDeps,
  action: 'withdraw' | 'stop',
  input: { code: string; reason: string },
  caller: Caller,
  now: Date,
): TransitionResult {
  const { head } = runTransition(deps.db, {
    code: input.code,
    action,
    caller,
    now,
    plan: (h) => {
      const back = comeBack(deps, h, caller, now);
      return {
        to: action === 'withdraw' ? 'withdrawn' : 'stopped',
        set: { ...back.set, closed_at: now.toISOString(), paused_at: null, note: input.reason },
        detail: { reason: input.reason },
        also: back.also,
      };
    },
  });
  return dossierResult(deps, head.code, now);
}
