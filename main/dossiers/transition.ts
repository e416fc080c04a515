/**
 * The one path every lifecycle operation takes: find the dossier (or declaration) by either code,
 * check its state against the lifecycle table (409 otherwise, nothing written), apply the change,
 * and record it in the dossier's history and the audit log, all in one IMMEDIATE transaction.
 */
import type { Caller } from '../core/types';
import { conflict, notFound } from '../core/errors';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/database';
import {
  ALLOWED_FROM,
  DECLARATION_MOVES,
  DECLARATION_STATES,
  DOSSIER_STATES,
  type DeclarationState,
  type DossierAction,
  type DossierState,
} from './lifecycle';
import { appendEvent } from './repo';
import { statement } from '../db/statements';

/** The columns a transition reads; the whole dossier is reloaded for the answer. */
export interface DossierHead {
  code: string;
  declaration_code: string | null;
  status: DossierState;
  procedure_code: string;
  procedure_name: string;
  applicant_name: string;
  received_at: string;
  due_at: string;
  original_due_at: string;
  processing: string;
  paused_at: string | null;
  paused_from: string | null;
  paused_ms: number;
  handling_unit: string | null;
  sent_at: string | null;
  missing: string | null;
  documents: string;
}

export interface DeclarationHead {
  code: string;
  procedure_code: string;
  applicant: string;
  status: DeclarationState;
}

/** What an action changes: the new state, the columns it sets (names from code, never from input) and the audit detail. */
export interface Plan {
  to: DossierState;
  set: Record<string, string | number | null>;
  detail?: Record<string, unknown>;
  /** Further writes in the same transaction (a control-sheet line). */
  also?: () => void;
}

const ACTION_WORDS: Record<DossierAction, string> = {
  requestSupplement: 'yêu cầu bổ sung',
  supplementReceived: 'ghi nhận đã bổ sung',
  refuse: 'từ chối',
  handOver: 'chuyển xử lý',
  receiveBack: 'nhận lại từ đơn vị xử lý',
  markReady: 'ghi nhận đã có kết quả',
  delay: 'hẹn lại ngày trả',
  return: 'trả kết quả',
  withdraw: 'rút hồ sơ',
  stop: 'dừng xử lý',
};

const SELECT_HEAD = `SELECT code, declaration_code, status, procedure_code, procedure_name, applicant_name, received_at, due_at,
  original_due_at, processing, paused_at, paused_from, paused_ms, handling_unit, sent_at, missing, documents FROM dossiers`;

/** The dossier a code names (its own code or the declaration it came from). */
export function findHead(db: Db, code: string): DossierHead | undefined {
  return (
    statement<[string], DossierHead>(db, `${SELECT_HEAD} WHERE code = ?`).get(code) ??
    statement<[string], DossierHead>(db, `${SELECT_HEAD} WHERE declaration_code = ?`).get(code)
  );
}

/** A declaration still at the counter, by its code. */
export function findDeclarationHead(db: Db, code: string): DeclarationHead | undefined {
  return statement<[string], DeclarationHead>(
    db,
    'SELECT code, procedure_code, applicant, status FROM declarations WHERE code = ?',
  ).get(code);
}

/** 409 in Vietnamese: what the officer tried, and the state that forbids it. */
export function wrongState(code: string, action: DossierAction, label: string) {
  return conflict(
    `Không thể ${ACTION_WORDS[action]} hồ sơ ${code}: hồ sơ đang ở trạng thái "${label}".`,
  );
}

/** Loads a dossier for an action, or throws 404 / 409. Run inside the transaction. */
export function guardDossier(db: Db, code: string, action: DossierAction): DossierHead {
  const head = findHead(db, code);
  if (!head) {
    const declaration = findDeclarationHead(db, code);
    if (declaration) throw wrongState(code, action, DECLARATION_STATES[declaration.status].label);
    throw notFound(`Không tìm thấy hồ sơ ${code}.`);
  }
  if (!ALLOWED_FROM[action].includes(head.status))
    throw wrongState(head.code, action, DOSSIER_STATES[head.status].label);
  return head;
}

/**
 * Runs one action on a dossier: guard, plan, conditional update, history and audit, atomically.
 * `plan` may throw (400) after the guard; nothing is written then either.
 */
export function runTransition(
  db: Db,
  args: {
    code: string;
    action: DossierAction;
    caller: Caller;
    now: Date;
    plan: (head: DossierHead) => Plan;
  },
): { head: DossierHead; plan: Plan } {
  return db
    .transaction(() => {
      const head = guardDossier(db, args.code, args.action);
      const plan = args.plan(head);
      const columns = Object.keys(plan.set);
      const assignments = ['status = ?', ...columns.map((c) => `${c} = ?`)].join(', ');
      const changed = statement(
        db,
        `UPDATE dossiers SET ${assignments} WHERE code = ? AND status = ?`,
      ).run(plan.to, ...columns.map((c) => plan.set[c]), head.code, head.status).changes;
      if (changed !== 1)
        throw wrongState(head.code, args.action, DOSSIER_STATES[head.status].label);
      plan.also?.();
      record(db, {
        subject: head.code,
        action: args.action,
        caller: args.caller,
        now: args.now,
        from: head.status,
        to: plan.to,
        detail: plan.detail,
      });
      return { head, plan };
    })
    .immediate();
}

/** Runs an action on a declaration not yet accepted (supplement or refusal at the counter). */
export function runDeclarationTransition(
  db: Db,
  args: {
    code: string;
    action: DossierAction;
    caller: Caller;
    now: Date;
    set: { missing?: string | null; note?: string };
    detail?: Record<string, unknown>;
    /** Further writes in the same transaction (the papers a supplement brought). */
    also?: (code: string) => void;
  },
): DeclarationHead & { to: DeclarationState } {
  return db
    .transaction(() => {
      const head = findDeclarationHead(db, args.code);
      if (!head) throw notFound(`Không tìm thấy tờ khai hoặc hồ sơ ${args.code}.`);
      const move = DECLARATION_MOVES[args.action];
      if (!move || !move.from.includes(head.status))
        throw wrongState(head.code, args.action, DECLARATION_STATES[head.status].label);
      const missing = args.set.missing === undefined ? null : args.set.missing;
      statement(
        db,
        'UPDATE declarations SET status = ?, missing = ?, note = ? WHERE code = ? AND status = ?',
      ).run(move.to, missing, args.set.note ?? '', head.code, head.status);
      args.also?.(head.code);
      appendAudit(db, {
        at: args.now,
        actor: args.caller.username,
        action: `dossiers.${args.action}`,
        subject: head.code,
        detail: { from: head.status, to: move.to, ...args.detail },
      });
      return { ...head, to: move.to };
    })
    .immediate();
}

function record(
  db: Db,
  e: {
    subject: string;
    action: DossierAction;
    caller: Caller;
    now: Date;
    from: string;
    to: string;
    detail?: Record<string, unknown>;
  },
): void {
  appendEvent(db, {
    dossier: e.subject,
    at: e.now,
    actor: e.caller.username,
    action: e.action,
    from: e.from,
    to: e.to,
    detail: e.detail,
  });
  appendAudit(db, {
    at: e.now,
    actor: e.caller.username,
    action: `dossiers.${e.action}`,
    subject: e.subject,
    detail: { from: e.from, to: e.to, ...e.detail },
  });
}
