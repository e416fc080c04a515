/**
 * The steps that work on a declaration as well as on a dossier: asking for missing papers
 * (Mẫu 02, the clock pauses), noting they arrived (the due date is recomputed, Mẫu 01 again) and
 * refusing (Mẫu 03).
 */
import type { Caller } from '../core/types';
import { resumeDueDate } from '../calendar/recompute';
import type { ProcessingTime } from '../catalog/types';
import type { Applicant, MissingDocument, TransitionResult } from './types';
import type { DossierDeps } from './service';
import { resumeState, type DossierAction } from './lifecycle';
import {
  findHead,
  runDeclarationTransition,
  runTransition,
  type DeclarationHead,
} from './transition';
import {
  printSafely,
  receiptAgainDoc,
  refusalDoc,
  supplementDoc,
  type NoticeSubject,
} from './notice-data';
import { declarationResult, dossierResult, loadDossier } from './results';

function declarationSubject(deps: DossierDeps, d: DeclarationHead): NoticeSubject {
  const applicant = JSON.parse(d.applicant) as Applicant;
  return {
    code: d.code,
    procedureName: deps.procedure(d.procedure_code)?.name ?? d.procedure_code,
    applicantName: applicant.fullName,
  };
}

/** Runs a declaration step and prints its notice, or returns undefined when the code names a dossier. */
async function onDeclaration(
  deps: DossierDeps,
  a: {
    code: string;
    action: DossierAction;
    caller: Caller;
    now: Date;
    set: { missing?: string | null; note?: string };
    detail?: Record<string, unknown>;
  },
  doc?: (s: NoticeSubject) => Parameters<typeof printSafely>[1],
): Promise<TransitionResult | undefined> {
  if (findHead(deps.db, a.code)) return undefined;
  const d = runDeclarationTransition(deps.db, a);
  const print = doc ? await printSafely(deps, doc(declarationSubject(deps, d)), d.code) : undefined;
  return declarationResult(deps, d.code, a.now, print);
}

/** Asks for missing papers: the dossier (or declaration) waits, and its clock stops until they arrive. */
export async function requestSupplement(
  deps: DossierDeps,
  input: { code: string; missing: MissingDocument[]; reason: string },
  caller: Caller,
  now: Date,
): Promise<TransitionResult> {
  const missing = JSON.stringify(input.missing);
  const detail = { missing: input.missing, reason: input.reason };
  const doc = (s: NoticeSubject) => supplementDoc(deps, s, input, caller, now);
  const onDecl = await onDeclaration(
    deps,
    {
      code: input.code,
      action: 'requestSupplement',
      caller,
      now,
      set: { missing, note: input.reason },
      detail,
    },
    doc,
  );
  if (onDecl) return onDecl;
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'requestSupplement',
    caller,
    now,
    plan: (h) => ({
      to: 'supplement_requested',
      set: { paused_at: now.toISOString(), paused_from: h.status, missing, note: input.reason },
      detail,
    }),
  });
  const print = await printSafely(
    deps,
    doc({
      code: head.code,
      procedureName: head.procedure_name,
      applicantName: head.applicant_name,
    }),
    head.code,
  );
  return dossierResult(deps, head.code, now, print);
}

/**
 * The missing papers arrived: the time left at the pause counts again from now (calendar's
 * resumeDueDate), for the date in force and for the original one; the new date is printed on a new Mẫu 01.
 */
export async function supplementReceived(
  deps: DossierDeps,
  input: { code: string },
  caller: Caller,
  now: Date,
): Promise<TransitionResult> {
  const onDecl = await onDeclaration(deps, {
    code: input.code,
    action: 'supplementReceived',
    caller,
    now,
    set: { missing: null, note: '' },
  });
  if (onDecl) return onDecl;
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'supplementReceived',
    caller,
    now,
    plan: (h) => {
      const processing = JSON.parse(h.processing) as ProcessingTime;
      const pausedAt = new Date(h.paused_at ?? now.toISOString());
      const resume = (due: string) =>
        resumeDueDate(deps.calendar, {
          dueAt: new Date(due),
          pausedAt,
          resumedAt: now,
          unit: processing.unit,
          cutoff: processing.cutoff,
        });
      const dueAt = resume(h.due_at);
      const originalDueAt = h.original_due_at === h.due_at ? dueAt : resume(h.original_due_at);
      return {
        to: resumeState(h.paused_from),
        set: {
          due_at: dueAt.toISOString(),
          original_due_at: originalDueAt.toISOString(),
          paused_at: null,
          paused_from: null,
          paused_ms: h.paused_ms + Math.max(0, now.getTime() - pausedAt.getTime()),
          missing: null,
        },
        detail: {
          pausedAt: pausedAt.toISOString(),
          dueBefore: h.due_at,
          dueAt: dueAt.toISOString(),
        },
      };
    },
  });
  const print = await printSafely(
    deps,
    receiptAgainDoc(deps, loadDossier(deps, head.code), caller),
    head.code,
  );
  return dossierResult(deps, head.code, now, print);
}

/** Refuses a declaration or a dossier with the written reason of Mẫu 03. */
export async function refuse(
  deps: DossierDeps,
  input: { code: string; reason: string },
  caller: Caller,
  now: Date,
): Promise<TransitionResult> {
  const detail = { reason: input.reason };
  const doc = (s: NoticeSubject) => refusalDoc(deps, s, input.reason, caller, now);
  const onDecl = await onDeclaration(
    deps,
    { code: input.code, action: 'refuse', caller, now, set: { note: input.reason }, detail },
    doc,
  );
  if (onDecl) return onDecl;
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'refuse',
    caller,
    now,
    plan: () => ({
      to: 'refused',
      set: { closed_at: now.toISOString(), paused_at: null, note: input.reason },
      detail,
    }),
  });
  const print = await printSafely(
    deps,
    doc({
      code: head.code,
      procedureName: head.procedure_name,
      applicantName: head.applicant_name,
    }),
    head.code,
  );
  return dossierResult(deps, head.code, now, print);
}
