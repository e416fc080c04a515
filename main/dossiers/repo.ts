/** Rows of declarations, dossiers and their events, as plain objects. */
import { onDossierEvent } from '../portal/dossier-hook';
import type { Db } from '../db/database';
import type { ProcessingTime } from '../catalog/types';
import { toVnIso } from '../calendar/vn-time';
import { listHandovers } from './handovers';
import { statement } from '../db/statements';
import type { DeclarationState } from './lifecycle';
import {
  SELECT_DOSSIER,
  SELECT_SUMMARY,
  toDossier,
  toSummary,
  type DossierRow,
  type SummaryRow,
} from './dossier-row';
import type {
  Applicant,
  Declaration,
  Delivery,
  Dossier,
  DossierSummary,
  MissingDocument,
  ReceivedDocument,
  SupplementPause,
} from './types';

interface DeclarationRow {
  code: string;
  procedure_code: string;
  applicant: string;
  created_at: string;
  status: DeclarationState;
  missing: string | null;
  supplied: string | null;
  note: string;
}

export interface NewDossier {
  code: string;
  declarationCode?: string;
  procedureCode: string;
  procedureName: string;
  applicant: Applicant;
  documents: ReceivedDocument[];
  sets: number;
  receivedAt: Date;
  dueAt: Date;
  /** The date the law gives; lateness is judged against it even when the officer set `dueAt`. */
  statutoryDueAt: Date;
  processing: ProcessingTime;
  /** National channel number: 1 in person, 2 online, 3 public post. */
  channel: number;
  delivery: Delivery;
  ledger: { unit: string; year: number; no: number };
  dueOverrideReason?: string;
  missingReason?: string;
  lookupSecret: string;
  receivedBy: number;
  /** The procedure's field, kept on the dossier for the statistics. */
  field?: string;
}

const iso = (s: string) => toVnIso(new Date(s));

function toDeclaration(r: DeclarationRow): Omit<Declaration, 'procedureName'> {
  return {
    code: r.code,
    procedureCode: r.procedure_code,
    applicant: JSON.parse(r.applicant) as Applicant,
    createdAt: iso(r.created_at),
    status: r.status,
    ...(r.missing ? { missing: JSON.parse(r.missing) as MissingDocument[] } : {}),
    ...(r.supplied ? { supplied: JSON.parse(r.supplied) as MissingDocument[] } : {}),
    ...(r.note ? { note: r.note } : {}),
  };
}

/** Stores a kiosk declaration. */
export function insertDeclaration(
  db: Db,
  d: { code: string; procedureCode: string; applicant: Applicant; createdAt: Date },
): void {
  statement(
    db,
    'INSERT INTO declarations (code, procedure_code, applicant, created_at, status) VALUES (?, ?, ?, ?, ?)',
  ).run(
    d.code,
    d.procedureCode,
    JSON.stringify(d.applicant),
    d.createdAt.toISOString(),
    'declared',
  );
}

/** A declaration by code, with the procedure's name looked up by the caller. */
export function findDeclaration(
  db: Db,
  code: string,
): Omit<Declaration, 'procedureName'> | undefined {
  const r = statement<[string], DeclarationRow>(
    db,
    'SELECT * FROM declarations WHERE code = ?',
  ).get(code);
  return r && toDeclaration(r);
}

/** Declarations still waiting at the counter, newest first. */
export function waitingDeclarations(
  db: Db,
  since: Date,
  limit = 200,
  status: 'declared' | 'supplement' = 'declared',
): Omit<Declaration, 'procedureName'>[] {
  return statement<[string, string], DeclarationRow>(
    db,
    `SELECT * FROM declarations WHERE status = ? AND created_at >= ? ORDER BY created_at DESC LIMIT ${limit}`,
  )
    .all(status, since.toISOString())
    .map(toDeclaration);
}

/** Moves a declaration on; returns false when it was not in the expected state. */
export function setDeclarationStatus(
  db: Db,
  code: string,
  from: DeclarationState,
  to: DeclarationState,
): boolean {
  return (
    statement(db, 'UPDATE declarations SET status = ? WHERE code = ? AND status = ?').run(
      to,
      code,
      from,
    ).changes === 1
  );
}

/** Stores an accepted dossier. */
export function insertDossier(db: Db, d: NewDossier): void {
  const { organisation, onBehalfOf } = d.applicant;
  const extra = organisation || onBehalfOf ? JSON.stringify({ organisation, onBehalfOf }) : null;
  statement(
    db,
    `INSERT INTO dossiers (code, declaration_code, procedure_code, procedure_name, applicant_name, applicant_id,
       applicant_phone, applicant_address, applicant_email, documents, sets, status, received_at, due_at,
       original_due_at, processing, lookup_secret, received_by, field, channel, delivery_method,
       delivery_address, applicant_extra, ledger_unit, ledger_year, ledger_no, due_override_reason, missing_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    d.code,
    d.declarationCode ?? null,
    d.procedureCode,
    d.procedureName,
    d.applicant.fullName,
    d.applicant.idNumber,
    d.applicant.phone,
    d.applicant.address,
    d.applicant.email || null,
    JSON.stringify(d.documents),
    d.sets,
    d.receivedAt.toISOString(),
    d.dueAt.toISOString(),
    d.statutoryDueAt.toISOString(),
    JSON.stringify(d.processing),
    d.lookupSecret,
    d.receivedBy,
    d.field ?? '',
    d.channel,
    d.delivery.method,
    d.delivery.address ?? null,
    extra,
    d.ledger.unit,
    d.ledger.year,
    d.ledger.no,
    d.dueOverrideReason ?? null,
    d.missingReason ?? null,
  );
}

/** Records the papers a supplement brought to a declaration, ticked against its Mẫu 02 list. */
export function setDeclarationSupplied(db: Db, code: string, supplied: MissingDocument[]): void {
  statement(db, 'UPDATE declarations SET supplied = ? WHERE code = ?').run(
    JSON.stringify(supplied),
    code,
  );
}

/** The supplement pauses told by the history: each request and the arrival that ended it. */
export function pausesOf(history: Dossier['history']): SupplementPause[] {
  const out: SupplementPause[] = [];
  for (const e of history) {
    if (e.action === 'requestSupplement') out.push({ from: e.at });
    else if (e.action === 'supplementReceived' && out.length > 0) {
      const last = out[out.length - 1];
      const detail = e.detail as { received?: MissingDocument[] } | undefined;
      last.to = e.at;
      if (detail?.received) last.received = detail.received;
    }
  }
  return out;
}

/** Appends one event to a dossier's history. */
export function appendEvent(
  db: Db,
  e: {
    dossier: string;
    at: Date;
    actor: string;
    action: string;
    from?: string;
    to: string;
    detail?: unknown;
  },
): void {
  statement(
    db,
    'INSERT INTO dossier_events (dossier, at, actor, action, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    e.dossier,
    e.at.toISOString(),
    e.actor,
    e.action,
    e.from ?? null,
    e.to,
    e.detail === undefined ? null : JSON.stringify(e.detail),
  );
  onDossierEvent(db, e.dossier, e.action, e.at); // the portal outbox, in the same transaction
}

/**
 * A dossier by its code or by the declaration it came from, with its history and control sheet;
 * `{ history: false }` skips both (the kiosk lookup shows neither).
 */
export function findDossier(
  db: Db,
  code: string,
  parts: { history: boolean } = { history: true },
): (Dossier & { lookupSecret: string }) | undefined {
  const r =
    statement<[string], DossierRow>(db, `${SELECT_DOSSIER} WHERE d.code = ?`).get(code) ??
    statement<[string], DossierRow>(db, `${SELECT_DOSSIER} WHERE d.declaration_code = ?`).get(code);
  if (!r) return undefined;
  if (!parts.history) return toDossier(r, []);
  const history = statement<
    [string],
    {
      at: string;
      actor: string;
      action: string;
      from_status: string | null;
      to_status: string;
      detail: string | null;
    }
  >(db, 'SELECT * FROM dossier_events WHERE dossier = ? ORDER BY id')
    .all(r.code)
    .map((e) => ({
      at: iso(e.at),
      actor: e.actor,
      action: e.action,
      from: e.from_status ?? undefined,
      to: e.to_status,
      detail: e.detail ? (JSON.parse(e.detail) as unknown) : undefined,
    }));
  const pauses = pausesOf(history);
  return {
    ...toDossier(r, history),
    handovers: listHandovers(db, r.code),
    ...(pauses.length > 0 ? { pauses } : {}),
  };
}

/** Dossiers matching a WHERE clause over the indexed columns, without history (lists). */
/** Queue lines (DossierSummary) matching `where`: only the columns a line shows are read. */
export function listDossiers(
  db: Db,
  where: string,
  params: unknown[],
  limit = 200,
  order = 'd.due_at, d.code',
): DossierSummary[] {
  return statement<unknown[], SummaryRow>(
    db,
    `${SELECT_SUMMARY} WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
  )
    .all(...params)
    .map(toSummary);
}
