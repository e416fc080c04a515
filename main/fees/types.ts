/** Fees by VietQR as the API returns them. Node-free. */
import type { Bank } from './banks';
import type { PrintOutcome } from '../printing/types';

/** A dynamic VietQR for one fee of one dossier. */
export interface FeeQr {
  code: string;
  amount: number;
  /** Tag 62/08: "<dossier code> <short procedure>", ASCII. */
  purpose: string;
  /** The EMVCo text inside the QR. */
  payload: string;
  /** PNG data URL of the QR. */
  image: string;
  bank: Bank & { account: string; accountName: string };
  /** The counter whose customer screen shows it, if any. */
  counter?: number;
  createdAt: string;
  /** With `print: true`: how printing the QR slip went. */
  print?: PrintOutcome;
}

/** A transfer confirmed by an officer (bank reference) or matched from the bank's statement. */
export interface FeePayment {
  code: string;
  procedureName: string;
  amount: number;
  purpose: string;
  reference: string;
  paidAt: string;
  source: 'officer' | 'statement';
  recordedBy: string;
}

export interface PaymentsDay {
  /** YYYY-MM-DD, Vietnam time. */
  date: string;
  count: number;
  total: number;
}

export interface PaymentsReport {
  from: string;
  to: string;
  days: PaymentsDay[];
  payments: FeePayment[];
  total: number;
  /** With `format: "xlsx"`: the reconciliation sheet. */
  filename?: string;
  mimeType?: string;
  base64?: string;
}

/** One line of the bank's statement CSV: date, amount, description, reference. */
export interface StatementLine {
  line: number;
  date: string;
  amount: number;
  description: string;
  reference: string;
}

export interface StatementResult {
  matched: (StatementLine & { code: string; alreadyRecorded: boolean })[];
  unmatched: (StatementLine & { reason: string })[];
  /** Lines that could not be read at all (wrong columns, amount not a number). */
  rejected: { line: number; text: string; reason: string }[];
}

export type FeeTiming = 'before' | 'after';
