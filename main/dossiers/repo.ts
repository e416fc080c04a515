/** Rows of declarations, dossiers and their events, as plain objects. */
import type { Db } from '../db/database';
import type { ProcessingTime } from '../catalog/types';
import { toVnIso } from '../calendar/vn-time';
import { listHandovers } from './handovers';
import { statement } from './statements';
import { DOSSIER_STATES, type DeclarationState, type DossierState } from './lifecycle';
import type {
  Applicant,
  Declaration,
  Dossier,
  DossierEvent,
  FeeMethod,
  MissingDocument,
  ReceivedDocument,
} from './types';

interface DeclarationRow {
  code: string;
  procedure_code: string;
  applicant: string;
  created_at: string;
  status: DeclarationState;
  missing: string | null;
  note: string;
}

interface DossierRow {
  code: string;
  declaration_code: string | null;
  procedure_code: string;
  procedure_name: string;
  applicant_name: string;
  applicant_id: string;
  applicant_phone: string;
  applicant_address: string;
  applicant_email: string | null;
  documents: string;
  sets: number;
  status: DossierState;
  received_at: string;
  due_at: string;
  original_due_at: string;
  processing: string;
  lookup_secret: string;
  received_by_name: string;
  channel: number;
  field: string;
  handling_unit: string | null;
  sent_at: string | null;
  back_at: string | null;
  result_at: string | null;
  returned_at: string | null;
  paused_at: string | null;
  missing: string | null;
  fee_amount: number | null;
  fee_method: FeeMethod | null;
  fee_receipt: string | null;
  returned_by_name: string | null;
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
  processing: ProcessingTime;
  lookupSecret: string;
  receivedBy: number;
  /** The procedure's field, kept on the dossier for the statistics. */
  field?: string;
}

const iso = (s: string) => toVnIso(new Date(s));
const isoOpt = (s: string | null) => (s ? iso(s) : undefined);

function toDeclaration(r: DeclarationRow): Omit<Declaration, 'procedureName'> {
  return {
    code: r.code,
    procedureCode: r.procedure_code,
    applicant: JSON.parse(r.applicant) as Applicant,
    createdAt: iso(r.created_at),
    status: r.status,
    ...(r.missing ? { missing: JSON.parse(r.missing) as MissingDocument[] } : {}),
    ...(r.note ? { note: r.note } : {}),
  };
}

/** Stores a kiosk declaration. */
export function insertDeclaration(
  db: Db,
  d: { code: string; procedureCode: string; applicant: Applicant; createdAt: Date },
): void {
  db.prepare(
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
  const r = db
    .prepare<[string], DeclarationRow>('SELECT * FROM declarations WHERE code = ?')
    .get(code);
  return r && toDeclaration(r);
}

/** Declarations still waiting at the counter, newest first. */
export function waitingDeclarations(
  db: Db,
  since: Date,
  limit = 200,
): Omit<Declaration, 'procedureName'>[] {
  return statement<[string], DeclarationRow>(
    db,
    `SELECT * FROM declarations WHERE status = 'declared' AND created_at >= ? ORDER BY created_at DESC LIMIT ${limit}`,
  )
    .all(since.toISOString())
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
    db
      .prepare('UPDATE declarations SET status = ? WHERE code = ? AND status = ?')
      .run(to, code, from).changes === 1
  );
}

/** Stores an accepted dossier. */
export function insertDossier(db: Db, d: NewDossier): void {
  db.prepare(
    `INSERT INTO dossiers (code, declaration_code, procedure_code, procedure_name, applicant_name, applicant_id,
       applicant_phone, applicant_address, applicant_email, documents, sets, status, received_at, due_at,
       original_due_at, processing, lookup_secret, received_by, field)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    d.code,
    d.declarationCode ?? null,
    d.procedureCode,
    d.procedureName,
    d.applicant.fullName,
    d.applicant.idNumber,
    d.applicant.phone,
    d.applicant.address,
    d.applicant.email ?? null,
    JSON.stringify(d.documents),
    d.sets,
    d.receivedAt.toISOString(),
    d.dueAt.toISOString(),
    d.dueAt.toISOString(),
    JSON.stringify(d.processing),
    d.lookupSecret,
    d.receivedBy,
    d.field ?? '',
  );
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
  db.prepare(
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
}

const SELECT_DOSSIER = `SELECT d.*, s.username AS received_by_name, r.username AS returned_by_name
  FROM dossiers d JOIN staff s ON s.id = d.received_by LEFT JOIN staff r ON r.id = d.returned_by`;

function lifecycleFields(r: DossierRow): Partial<Dossier> {
  const fee =
    r.fee_method && r.fee_amount !== null
      ? {
          amount: r.fee_amount,
          method: r.fee_method,
          ...(r.fee_receipt ? { receiptNumber: r.fee_receipt } : {}),
          collectedBy: r.returned_by_name ?? '',
        }
      : undefined;
  const optional: Partial<Dossier> = {
    handlingUnit: r.handling_unit ?? undefined,
    sentAt: isoOpt(r.sent_at),
    backAt: isoOpt(r.back_at),
    resultAt: isoOpt(r.result_at),
    returnedAt: isoOpt(r.returned_at),
    pausedAt: isoOpt(r.paused_at),
    missing: r.missing ? (JSON.parse(r.missing) as MissingDocument[]) : undefined,
    fee,
    note: r.note || undefined,
  };
  return Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
}

function toDossier(r: DossierRow, history: DossierEvent[]): Dossier & { lookupSecret: string } {
  const state = DOSSIER_STATES[r.status];
  return {
    code: r.code,
    declarationCode: r.declaration_code ?? undefined,
    procedureCode: r.procedure_code,
    procedureName: r.procedure_name,
    applicant: {
      fullName: r.applicant_name,
      idNumber: r.applicant_id,
      phone: r.applicant_phone,
      address: r.applicant_address,
      email: r.applicant_email ?? undefined,
    },
    documents: JSON.parse(r.documents) as ReceivedDocument[],
    sets: r.sets,
    status: r.status,
    statusLabel: state.label,
    nationalStatus: state.national,
    receivedAt: iso(r.received_at),
    dueAt: iso(r.due_at),
    originalDueAt: iso(r.original_due_at),
    processing: JSON.parse(r.processing) as ProcessingTime,
    receivedBy: r.received_by_name,
    history,
    channel: r.channel,
    field: r.field,
    ...lifecycleFields(r),
    lookupSecret: r.lookup_secret,
  };
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
  return { ...toDossier(r, history), handovers: listHandovers(db, r.code) };
}

/** Dossiers matching a WHERE clause over the indexed columns, without history (lists). */
export function listDossiers(
  db: Db,
  where: string,
  params: unknown[],
  limit = 200,
  order = 'd.due_at, d.code',
): Dossier[] {
  return statement<unknown[], DossierRow>(
    db,
    `${SELECT_DOSSIER} WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
  )
    .all(...params)
    .map((r) => {
      const { lookupSecret: _secret, ...dossier } = toDossier(r, []);
      return dossier;
    });
}
