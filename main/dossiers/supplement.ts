/**
 * The steps that work on a declaration as well as on a dossier: asking for missing papers
 * (Mẫu 02, the clock pauses), noting they arrived (the due date is recomputed, Mẫu 01 again) and
 * refusing (Mẫu 03).
 */
import type { Caller } from '../core/types';
import { resumeDueDate } from '../calendar/recompute';
import type { ProcessingTime } from '../catalog/types';
import type { Applicant, MissingDocument, ReceivedDocument, TransitionResult } from './types';
import { checkCounts, mergeSupplied, toMissing, type DocumentInput } from './documents';
import { findDeclaration, setDeclarationSupplied } from './repo';
import type { DossierDeps } from './service';
import { resumeState, type DossierAction } from './lifecycle';
import {
  findHead,
  runDeclarationTransition,
  runTransition,
  type DeclarationHead,
  type DossierHead,
  type Plan,
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
    also?: (code: string) => void;
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
  checkCounts(input.missing, 'missing');
  const asked = input.missing.map(toMissing);
  const missing = JSON.stringify(asked);
  const detail = { missing: asked, reason: input.reason };
  const doc = (s: NoticeSubject) =>
    supplementDoc(deps, s, { missing: asked, reason: input.reason }, caller, now);
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
 * The missing papers arrived (`received`: those ticked against the Mẫu 02 list; all of it when
 * absent). A declaration goes back to the counter with the papers recorded, to be accepted; a
 * dossier goes on: the time left at the pause counts again from now (calendar's resumeDueDate),
 * for the date in force and the statutory one, the papers join its list, and a new Mẫu 01 states the pause.
 */
export async function supplementReceived(
  deps: DossierDeps,
  input: { code: string; received?: DocumentInput[] },
  caller: Caller,
  now: Date,
): Promise<TransitionResult> {
  checkCounts(input.received, 'received');
  const declaration = findHead(deps.db, input.code)
    ? undefined
    : findDeclaration(deps.db, input.code);
  const received = (input.received ?? declaration?.missing ?? []).map(toMissing);
  const onDecl = await onDeclaration(deps, {
    code: input.code,
    action: 'supplementReceived',
    caller,
    now,
    set: { missing: declaration?.missing ? JSON.stringify(declaration.missing) : null, note: '' },
    detail: { received },
    also: (code) => setDeclarationSupplied(deps.db, code, received),
  });
  if (onDecl) return onDecl;
  const { head } = runTransition(deps.db, {
    code: input.code,
    action: 'supplementReceived',
    caller,
    now,
    plan: (h) => resumePlan(deps, h, input.received?.map(toMissing), now),
  });
  const print = await printSafely(
    deps,
    receiptAgainDoc(deps, loadDossier(deps, head.code), caller),
    head.code,
  );
  return dossierResult(deps, head.code, now, print);
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/** The change a dossier's resume makes: due dates counted on, pause closed, papers added. */
function resumePlan(
  deps: DossierDeps,
  h: DossierHead,
  ticked: MissingDocument[] | undefined,
  now: Date,
): Plan {
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
  const originalDueAt = resume(h.original_due_at);
  // A date in force that is not the statutory count (set by the officer at the counter, or moved
  // with Mẫu 04) keeps the office time it had left when the pause began: counted in the
  // procedure's unit, a same-day procedure would bring it back to the day of the resume.
  const dueAt =
    h.original_due_at === h.due_at
      ? originalDueAt
      : later(
          originalDueAt,
          resumeDueDate(deps.calendar, {
            dueAt: new Date(h.due_at),
            pausedAt,
            resumedAt: now,
            unit: 'working_hour',
          }),
        );
  const received = ticked ?? (h.missing ? (JSON.parse(h.missing) as MissingDocument[]) : []);
  const documents = mergeSupplied(JSON.parse(h.documents) as ReceivedDocument[], received);
  return {
    to: resumeState(h.paused_from),
    set: {
      due_at: dueAt.toISOString(),
      original_due_at: originalDueAt.toISOString(),
      paused_at: null,
      paused_from: null,
      paused_ms: h.paused_ms + Math.max(0, now.getTime() - pausedAt.getTime()),
      missing: null,
      documents: JSON.stringify(documents),
    },
    detail: {
      pausedAt: pausedAt.toISOString(),
      dueBefore: h.due_at,
      dueAt: dueAt.toISOString(),
      received,
    },
  };
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
