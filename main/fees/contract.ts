/** Fees paid by bank transfer (VietQR), confirmed by the officer and reconciled with the bank. */
import { z } from 'zod';
import { spec } from '../core/types';
import { anyCode, isoDate, isoInstant, text } from '../core/fields';
import type { Bank } from './banks';
import type { FeePayment, FeeQr, FeeTiming, PaymentsReport, StatementResult } from './types';

const counter = z.number().int().min(1).max(99);
const bound = z.union([isoDate, isoInstant]);

export const feesContract = {
  'fees.banks': spec<Bank[]>()({
    role: 'officer',
    input: z.object({}).strict(),
    doc: 'The reviewed NAPAS bank list (BIN, short name) the admin picks the fee account from.',
  }),
  'fees.qr': spec<FeeQr>()({
    role: 'officer',
    input: z
      .object({
        code: anyCode,
        amount: z.number().int(),
        counter: counter.optional(),
        print: z.boolean().optional(),
      })
      .strict(),
    doc: "A dynamic VietQR for a dossier's fee into the unit's account; with `counter`, that counter's customer screen shows it; with `print`, the slip printer prints it.",
  }),
  'fees.current': spec<{ qr: FeeQr | null }>()({
    role: 'kiosk',
    input: z.object({ counter }).strict(),
    doc: 'The QR the officer at a counter is showing now, for the citizen-facing screen (/customer?counter=N).',
  }),
  'fees.confirm': spec<FeePayment>()({
    role: 'officer',
    input: z
      .object({
        code: anyCode,
        amount: z.number().int(),
        reference: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9.\-/]{4,40}$/u, { error: 'gồm 4–40 chữ cái, chữ số, dấu . - /' }),
      })
      .strict(),
    doc: "Records a transfer the officer saw arrive, with the bank's reference; a reference is recorded once.",
  }),
  'fees.setTiming': spec<{ procedureCode: string; timing: FeeTiming }>()({
    role: 'admin',
    input: z.object({ procedureCode: text(80), timing: z.enum(['before', 'after']) }).strict(),
    doc: 'When a procedure collects its fee: "before" (thu trước, at acceptance) or "after" (thu sau, at return).',
  }),
  'fees.timing': spec<{ procedureCode: string; timing: FeeTiming }>()({
    role: 'officer',
    input: z.object({ procedureCode: text(80) }).strict(),
    doc: 'When this procedure collects its fee; "after" unless the admin chose otherwise.',
  }),
  'fees.importStatement': spec<StatementResult>()({
    role: 'officer',
    input: z.object({ content: z.string().min(1).max(2_000_000) }).strict(),
    doc: "Matches the bank statement's CSV lines to dossiers by purpose and amount, records the matches, lists the rest.",
  }),
  'reports.payments': spec<PaymentsReport>()({
    role: 'officer',
    input: z
      .object({ from: bound, to: bound, format: z.enum(['json', 'xlsx']).optional() })
      .strict(),
    doc: 'Transfers received per day with their purpose text, as rows or the XLSX reconciliation sheet.',
  }),
};
