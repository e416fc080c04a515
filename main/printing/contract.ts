/** The printing operations: the journal, reprint, preview and the admin's test page. Node-free. */
import { z } from 'zod';
import { spec } from '../core/types';
import { optionalText } from '../core/fields';
import type { PrinterInfo, PrintJobState, PrintJobSummary, PrintOutcome } from './types';

const jobId = z
  .number()
  .int({ error: 'phải là số nguyên' })
  .positive({ error: 'phải là số dương' });

export const printingContract = {
  'printing.jobs': spec<{ items: PrintJobSummary[] }>()({
    role: 'officer',
    input: z
      .object({
        subject: optionalText(80).optional(),
        status: z.enum(['queued', 'printed', 'failed']).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    doc: 'The print journal, newest first: every job with its printer, outcome and the Vietnamese cause of a failure, so the officer can reprint.',
  }),
  'printing.job': spec<PrintJobState>()({
    role: 'kiosk',
    input: z.object({ jobId }).strict(),
    doc: 'One job\'s state (printing, printed or failed with its cause), so a screen answered "printing" follows its slip to the end.',
  }),
  'printing.reprint': spec<PrintOutcome>()({
    role: 'officer',
    input: z.object({ jobId }).strict(),
    doc: 'Prints a journal job again from its stored document (after paper out, a jam or a lost slip); a fault is a failed outcome, not an error.',
  }),
  'printing.preview': spec<{ jobId: number; preview: string }>()({
    role: 'officer',
    input: z.object({ jobId }).strict(),
    doc: 'The exact bitmap of a journal job as a PNG data URL, so the officer sees what the citizen got.',
  }),
  'printing.test': spec<PrintOutcome>()({
    role: 'admin',
    input: z.object({}).strict(),
    doc: "Prints a test page (every Vietnamese letter, a QR code, the paper width) on the calling device's printer (else the hub's) to check it; a printer marked down is tried again.",
  }),
  'printing.checklist': spec<PrintOutcome>()({
    role: 'kiosk',
    input: z.object({ procedureCode: z.string().trim().min(1).max(80) }).strict(),
    doc: "Prints a procedure's document checklist on the kiosk's slip printer so the citizen can gather their papers.",
  }),
  'printing.declaration': spec<PrintOutcome>()({
    role: 'kiosk',
    input: z
      .object({
        declarationCode: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9.-]{3,60}$/u, { error: 'Mã tờ khai không đúng định dạng' }),
      })
      .strict(),
    doc: "Prints the declaration slip (code large and as a QR, the procedure, what to bring) so the code is not lost after 'Xong'.",
  }),
  'printing.info': spec<PrinterInfo>()({
    role: 'officer',
    input: z.object({}).strict(),
    doc: 'The configured printer and its profile (paper width, cutter, status support), for the settings screen.',
  }),
};
