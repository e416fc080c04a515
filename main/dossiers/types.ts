/** Declarations and dossiers as the API returns them. Node-free. */
import type { ProcessingTime } from '../catalog/types';
import type { PrintOutcome } from '../printing/types';
import type { AuditEntry } from '../audit/types';
import type { DeclarationState, DossierState } from './lifecycle';

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
  email?: string;
  /** An organisation files the dossier: its name, tax code (mã số thuế) and legal representative. */
  organisation?: { name: string; taxCode: string; representative?: string };
  /** The submitter acts for someone else (ủy quyền, parent for a child): who the dossier belongs to. */
  onBehalfOf?: { fullName: string; idNumber?: string; relation?: string };
}

/** A paper received, counted by kind; `shownOnly`: seen (xuất trình) and handed back, not kept. */
export interface ReceivedDocument {
  name: string;
  originals: number;
  /** Bản sao chứng thực (or a copy shown with its original). */
  certifiedCopies: number;
  /** Bản photo (plain photocopies). */
  photocopies: number;
  shownOnly?: boolean;
}

/** The three ways in (national channels 1 in person, 3 public post, 2 online). */
export type Channel = 'in_person' | 'post' | 'online';

/** Where the citizen gets the result: at the counter or sent by public post to an address. */
export interface Delivery {
  method: 'counter' | 'post';
  address?: string;
}

/** The entry in the unit's Sổ theo dõi hồ sơ: a book per year, numbers from 1 never reused. */
export interface LedgerEntry {
  year: number;
  no: number;
}

export interface Declaration {
  code: string;
  procedureCode: string;
  procedureName: string;
  applicant: Applicant;
  createdAt: string;
  status: DeclarationState;
  missing?: MissingDocument[];
  /** The papers a supplement brought (ticked against the Mẫu 02 list) before acceptance. */
  supplied?: MissingDocument[];
  note?: string;
}

export interface DossierEvent {
  at: string;
  actor: string;
  action: string;
  from?: string;
  to: string;
  detail?: unknown;
}

export interface Dossier {
  code: string;
  declarationCode?: string;
  procedureCode: string;
  procedureName: string;
  applicant: Applicant;
  documents: ReceivedDocument[];
  sets: number;
  status: DossierState;
  statusLabel: string;
  nationalStatus: number;
  receivedAt: string;
  dueAt: string;
  originalDueAt: string;
  processing: ProcessingTime;
  receivedBy: string;
  history: DossierEvent[];
  /** The national channel: 1 in person, 2 online, 3 public post. */
  channel?: number;
  /** The channel by name (from `channel`). */
  channelName?: Channel;
  delivery?: Delivery;
  /** The Sổ theo dõi hồ sơ entry given at acceptance. */
  ledger?: LedgerEntry;
  /** Set when the officer chose the due date: why. `originalDueAt` keeps the statutory date. */
  dueOverrideReason?: string;
  /** Accepted although a required paper was missing: why. */
  missingReason?: string;
  /** Supplement pauses: from the request to the papers' arrival, with the papers that came. */
  pauses?: SupplementPause[];
  field?: string;
  /** The unit the dossier is with now (after a hand-over). */
  handlingUnit?: string;
  sentAt?: string;
  backAt?: string;
  resultAt?: string;
  returnedAt?: string;
  /** Set while a supplement is awaited: since when the clock is paused. */
  pausedAt?: string;
  /** The papers asked for by the last supplement request. */
  missing?: MissingDocument[];
  fee?: FeeCollected;
  /** The last reason given (refusal, delay, withdrawal, stop), as the log book's note. */
  note?: string;
  /** The control sheet: each hand-over and its return. */
  handovers?: Handover[];
  /** Transfers recorded for the fee, e.g. at acceptance for a fee paid first (only in `dossiers.get`). */
  payments?: DossierPayment[];
  /** Every audit entry about this dossier, reads included (only in `dossiers.get`). */
  audit?: AuditEntry[];
}

export interface MissingDocument {
  name: string;
  originals?: number;
  /** Certified copies asked for; `copies` is the older name of the same count. */
  certifiedCopies?: number;
  copies?: number;
  photocopies?: number;
  note?: string;
}

/** One wait for papers: when asked (Mẫu 02), when they came, and which came. */
export interface SupplementPause {
  from: string;
  to?: string;
  received?: MissingDocument[];
}

export type FeeMethod = 'cash' | 'transfer' | 'exempt';

/** A transfer recorded for a dossier's fee (`fees.confirm` or a matched statement line). */
export interface DossierPayment {
  /** Integer đồng. */
  amount: number;
  reference: string;
  paidAt: string;
  source: 'officer' | 'statement';
}

export interface FeeCollected {
  /** Integer đồng. */
  amount: number;
  method: FeeMethod;
  receiptNumber?: string;
  /** The user name of the officer who collected it and returned the result. */
  collectedBy: string;
}

/** Early: before the due day; on time: by the due instant; late: after it. */
export type Timing = 'early' | 'on_time' | 'late';

/** One line of the control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ). */
export interface Handover {
  sentAt: string;
  giver: string;
  fromUnit: string;
  toUnit: string;
  receiver?: string;
  sentTiming: Timing;
  backAt?: string;
  backBy?: string;
  backTiming?: Timing;
}

/** What every lifecycle operation answers: the new state, the dossier (or declaration) and the notice printed. */
export interface TransitionResult {
  kind: 'dossier' | 'declaration';
  code: string;
  status: string;
  statusLabel: string;
  nationalStatus: number;
  at: string;
  dossier?: Dossier;
  declaration?: Declaration;
  /** The notice printed (Mẫu 02, 03 or 04), for the operations that print one. */
  print?: PrintOutcome;
}

export interface AcceptResult {
  dossierCode: string;
  receivedAt: string;
  dueAt: string;
  /** The entry number in the unit's Sổ theo dõi hồ sơ for the year of receipt. */
  ledgerNo: number;
  ledgerYear: number;
  /** The statutory due date, kept when the officer set another. */
  statutoryDueAt: string;
  /** The slip's QR payload: the dossier code and the short lookup secret. */
  qrPayload: string;
  print: PrintOutcome;
}

/** What anyone with the code may see: no personal data in clear. */
export interface PublicStatus {
  code: string;
  kind: 'dossier' | 'declaration';
  status: string;
  nationalStatus: number;
  statusLabel: string;
  statusText: string;
  procedureName: string;
  /** The masked applicant comes only with the slip's secret (`CODE#SECRET`), never for a bare code. */
  applicantName?: string;
  idNumberMasked?: string;
  phoneMasked?: string;
  receivedAt?: string;
  dueAt?: string;
  /** What to bring on the day, in plain words. */
  bring: string[];
}

/**
 * A dossier as a line of the officer's queue: enough to recognise and open it. The whole
 * dossier (papers, the applicant's ID and phone, history) comes from `dossiers.get` on opening;
 * the queue is fetched by every desk every 30 s and after each accept, so it carries no more.
 */
export interface DossierSummary {
  code: string;
  declarationCode?: string;
  procedureCode: string;
  procedureName: string;
  applicant: { fullName: string };
  status: DossierState;
  statusLabel: string;
  nationalStatus: number;
  receivedAt: string;
  dueAt: string;
  receivedBy: string;
  field: string;
  channel: number;
  handlingUnit?: string;
}

export interface QueueView {
  declarations: Declaration[];
  /** Declarations sent back for missing papers (Mẫu 02) before they became dossiers. */
  declarationsAwaitingPapers: Declaration[];
  receivedToday: DossierSummary[];
  dueToday: DossierSummary[];
  overdue: DossierSummary[];
  awaitingSupplement: DossierSummary[];
  /** How many there are in each list; the lists themselves hold at most a screen's worth (50). */
  totals: {
    declarations: number;
    declarationsAwaitingPapers: number;
    receivedToday: number;
    dueToday: number;
    overdue: number;
    awaitingSupplement: number;
  };
}
