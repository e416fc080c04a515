/** Declarations and dossiers as the API returns them. Node-free. */
import type { ProcessingTime } from '../catalog/types';
import type { PrintOutcome } from '../printing/types';
import type { DeclarationState, DossierState } from './lifecycle';

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
  email?: string;
}

export interface ReceivedDocument {
  name: string;
  originals: number;
  copies: number;
}

export interface Declaration {
  code: string;
  procedureCode: string;
  procedureName: string;
  applicant: Applicant;
  createdAt: string;
  status: DeclarationState;
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
}

export interface AcceptResult {
  dossierCode: string;
  receivedAt: string;
  dueAt: string;
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
  applicantName: string;
  idNumberMasked: string;
  phoneMasked: string;
  receivedAt?: string;
  dueAt?: string;
  /** What to bring on the day, in plain words. */
  bring: string[];
}

export interface QueueView {
  declarations: Declaration[];
  receivedToday: Dossier[];
  dueToday: Dossier[];
  overdue: Dossier[];
  awaitingSupplement: Dossier[];
}
