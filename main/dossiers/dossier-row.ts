/** A dossier row as stored and as the API shows it: the columns, the joined user names, the mapping. */
import type { ProcessingTime } from '../catalog/types';
import { toVnIso } from '../calendar/vn-time';
import { DOSSIER_STATES, type DossierState } from './lifecycle';
import type {
  Applicant,
  Channel,
  Dossier,
  DossierEvent,
  DossierSummary,
  FeeMethod,
  MissingDocument,
} from './types';
import { toReceived, type DocumentInput } from './documents';

const iso = (s: string) => toVnIso(new Date(s));
const isoOpt = (s: string | null) => (s ? iso(s) : undefined);

export interface DossierRow {
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
  ledger_year: number | null;
  ledger_no: number | null;
  delivery_method: 'counter' | 'post';
  delivery_address: string | null;
  applicant_extra: string | null;
  due_override_reason: string | null;
  missing_reason: string | null;
}

const CHANNELS: Record<number, Channel> = { 1: 'in_person', 2: 'online', 3: 'post' };
/** The national channel number of a channel name (DOMAIN.md "Codes": 1 in person, 2 online, 3 post). */
export const CHANNEL_NUMBER: Record<Channel, number> = { in_person: 1, online: 2, post: 3 };

export const SELECT_DOSSIER = `SELECT d.*, s.username AS received_by_name, r.username AS returned_by_name
  FROM dossiers d JOIN staff s ON s.id = d.received_by LEFT JOIN staff r ON r.id = d.returned_by`;

export const SELECT_SUMMARY = `SELECT d.code, d.declaration_code, d.procedure_code, d.procedure_name,
    d.applicant_name, d.status, d.received_at, d.due_at, d.field, d.channel, d.handling_unit,
    s.username AS received_by_name
  FROM dossiers d JOIN staff s ON s.id = d.received_by`;

export type SummaryRow = Pick<
  DossierRow,
  | 'code'
  | 'declaration_code'
  | 'procedure_code'
  | 'procedure_name'
  | 'applicant_name'
  | 'status'
  | 'received_at'
  | 'due_at'
  | 'field'
  | 'channel'
  | 'handling_unit'
  | 'received_by_name'
>;

/** A queue line: what the officer recognises a dossier by, no personal data beyond the name. */
export function toSummary(r: SummaryRow): DossierSummary {
  const state = DOSSIER_STATES[r.status];
  return {
    code: r.code,
    ...(r.declaration_code ? { declarationCode: r.declaration_code } : {}),
    procedureCode: r.procedure_code,
    procedureName: r.procedure_name,
    applicant: { fullName: r.applicant_name },
    status: r.status,
    statusLabel: state.label,
    nationalStatus: state.national,
    receivedAt: iso(r.received_at),
    dueAt: iso(r.due_at),
    receivedBy: r.received_by_name,
    field: r.field,
    channel: r.channel,
    ...(r.handling_unit ? { handlingUnit: r.handling_unit } : {}),
  };
}

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
    ledger:
      r.ledger_no !== null && r.ledger_year !== null
        ? { year: r.ledger_year, no: r.ledger_no }
        : undefined,
    dueOverrideReason: r.due_override_reason ?? undefined,
    missingReason: r.missing_reason ?? undefined,
  };
  return Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
}

/** Maps a row (with its history) to the API shape; the lookup secret stays for the QR and is stripped by callers. */
export function toDossier(
  r: DossierRow,
  history: DossierEvent[],
): Dossier & { lookupSecret: string } {
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
      ...(r.applicant_extra ? (JSON.parse(r.applicant_extra) as Partial<Applicant>) : {}),
    },
    documents: (JSON.parse(r.documents) as DocumentInput[]).map(toReceived),
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
    channelName: CHANNELS[r.channel] ?? 'in_person',
    delivery: {
      method: r.delivery_method,
      ...(r.delivery_address ? { address: r.delivery_address } : {}),
    },
    field: r.field,
    ...lifecycleFields(r),
    lookupSecret: r.lookup_secret,
  };
}
