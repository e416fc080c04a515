/** The dossier's operations: declaring at the kiosk, accepting at the counter, looking up, and every later step of its life. */
import { z } from 'zod';
import { spec } from '../core/types';
import { anyCode, applicant, isoInstant, optionalText, text } from '../core/fields';
import type { ProcessingTime } from '../catalog/types';
import type {
  AcceptResult,
  Declaration,
  Dossier,
  PublicStatus,
  QueueView,
  TransitionResult,
} from './types';

const procedureCode = z.string().trim().min(1).max(80);
/** Any number here: checkCounts (documents.ts) answers the 400 naming the paper, before anything is written. */
const count = z.number().optional();
const documents = z
  .array(
    z
      .object({
        name: text(500),
        originals: count,
        certifiedCopies: count,
        photocopies: count,
        /** The older name of certifiedCopies, still read. */
        copies: count,
        shownOnly: z.boolean().optional(),
      })
      .strict(),
  )
  .max(100);
const channel = z.enum(['in_person', 'post', 'online']);
const delivery = z
  .object({ method: z.enum(['counter', 'post']), address: optionalText(300).optional() })
  .strict();

/** A reason the citizen will read on a notice: at least 5 characters, so "x" never explains a refusal. */
const reason = text(1000).pipe(z.string().min(5));
const missing = z
  .array(
    z
      .object({
        name: text(500),
        originals: count,
        certifiedCopies: count,
        photocopies: count,
        copies: count,
        note: optionalText(300).optional(),
      })
      .strict(),
  )
  .min(1)
  .max(50);
const fee = z
  .object({
    amount: z
      .number()
      .int({ error: 'số tiền lệ phí phải là số nguyên đồng' })
      .min(0, { error: 'số tiền lệ phí không được âm' })
      .max(1_000_000_000, { error: 'số tiền lệ phí không được quá 1.000.000.000 đồng' }),
    method: z.enum(['cash', 'transfer', 'exempt']),
    receiptNumber: optionalText(50).optional(),
  })
  .strict();
/** The time an officer gives when the catalog's cannot be structured (see confirm-time.ts). */
const confirmedTime = z
  .object({
    amount: z.number().int({ error: 'số ngày phải là số nguyên' }).min(0).max(3650),
    unit: z.enum(['working_day', 'calendar_day', 'same_day']),
    cutoff: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'giờ phải có dạng HH:MM' })
      .optional(),
  })
  .strict();
const byCode = z.object({ code: anyCode }).strict();
const withReason = z.object({ code: anyCode, reason }).strict();

export const dossiersContract = {
  'dossiers.declare': spec<Declaration & { declarationCode: string }>()({
    role: 'kiosk',
    input: z.object({ procedureCode, applicant }).strict(),
    doc: "The citizen's declaration at the kiosk; its code is what they tell the officer.",
  }),
  'dossiers.open': spec<
    { kind: 'declaration'; declaration: Declaration } | { kind: 'dossier'; dossier: Dossier }
  >()({
    role: 'officer',
    input: z.object({ code: anyCode }).strict(),
    doc: 'Opens what the officer typed or scanned: a declaration to accept, or a dossier to work on.',
  }),
  'dossiers.previewDue': spec<{
    dueAt: string | null;
    processing: ProcessingTime;
    needsConfirmation?: true;
  }>()({
    role: 'officer',
    input: z.object({ procedureCode, processing: confirmedTime.optional() }).strict(),
    doc: 'The due date a dossier accepted now would get, shown before the officer accepts.',
  }),
  'dossiers.accept': spec<AcceptResult>()({
    role: 'officer',
    input: z
      .object({
        declarationCode: anyCode.optional(),
        procedureCode: procedureCode.optional(),
        applicant: applicant.optional(),
        documents: documents.optional(),
        sets: z.number().int().min(1).max(20).optional(),
        dueAtOverride: isoInstant.optional(),
        overrideReason: optionalText(500).optional(),
        /** One id per accept attempt from the screen: the same id again returns the first answer. */
        requestId: z
          .string()
          .regex(/^[A-Za-z0-9_-]{8,64}$/u, { error: '8–64 chữ cái, chữ số, gạch' })
          .optional(),
        channel: channel.optional(),
        delivery: delivery.optional(),
        /** Required when a paper the procedure asks for is not ticked; otherwise a 400 lists the missing papers. */
        missingReason: optionalText(500).optional(),
        /** Required (and only allowed) when the catalog's time has no structure: the officer states it. */
        processing: confirmedTime.optional(),
      })
      .strict(),
    doc: 'Accepts a dossier (from a declaration or typed at the counter): numbers it, enters it in the ledger, stores it, prints Mẫu 01.',
  }),
  'dossiers.lookup': spec<PublicStatus>()({
    role: 'kiosk',
    input: z.object({ code: z.string().trim().min(1).max(120) }).strict(),
    doc: 'Public status by the code on the slip (or its QR), with personal data masked.',
  }),
  'dossiers.receiptForm': spec<{ filename: string; html: string }>()({
    role: 'officer',
    input: z.object({ code: anyCode }).strict(),
    doc: 'The full A5 Mẫu 01 in two copies (Liên 1: Lưu, Liên 2: Giao người nộp hồ sơ) as HTML for the office printer.',
  }),
  'dossiers.formPdf': spec<{ pdf: string; pages: number; filename: string }>()({
    role: 'officer',
    input: z.object({ code: anyCode, form: z.enum(['01', '02', '03', '04', '05', '06']) }).strict(),
    doc: 'An official form of TT 03/2025 as PDF (base64) with the bundled font embedded; 409 when the state does not call for it.',
  }),
  'dossiers.get': spec<Dossier>()({
    role: 'officer',
    input: z.object({ code: anyCode }).strict(),
    doc: 'The whole dossier with its history; the read is audited.',
  }),
  'dossiers.queue': spec<QueueView>()({
    role: 'officer',
    input: z.object({}).strict(),
    doc: "Today's work: declarations waiting, dossiers due today and overdue, supplements awaited.",
  }),
  'dossiers.requestSupplement': spec<TransitionResult>()({
    role: 'officer',
    input: z.object({ code: anyCode, missing, reason }).strict(),
    doc: 'Asks for missing papers on a declaration or a received dossier; the clock pauses; prints Mẫu 02.',
  }),
  'dossiers.supplementReceived': spec<TransitionResult>()({
    role: 'officer',
    input: z.object({ code: anyCode, received: missing.optional() }).strict(),
    doc: 'The missing papers arrived (`received`: those ticked against Mẫu 02; all when absent): a declaration can be accepted, a dossier goes on with its due date recomputed and the pause on a new Mẫu 01.',
  }),
  'dossiers.refuse': spec<TransitionResult>()({
    role: 'officer',
    input: withReason,
    doc: 'Refuses a declaration or a dossier with a written reason; prints Mẫu 03.',
  }),
  'dossiers.handOver': spec<TransitionResult>()({
    role: 'officer',
    input: z.object({ code: anyCode, toUnit: text(200), receiver: text(100).optional() }).strict(),
    doc: 'Hands the dossier to the handling unit; a line of the control sheet records time, giver, receiver and timing.',
  }),
  'dossiers.receiveBack': spec<TransitionResult>()({
    role: 'officer',
    input: byCode,
    doc: 'The handling unit gives the dossier back to the counter; closes its control-sheet line.',
  }),
  'dossiers.markReady': spec<TransitionResult>()({
    role: 'officer',
    input: byCode,
    doc: 'The result is ready to hand over; its time counts as early, on time or late.',
  }),
  'dossiers.delay': spec<TransitionResult>()({
    role: 'officer',
    input: z.object({ code: anyCode, newDueAt: isoInstant, reason }).strict(),
    doc: 'A late dossier gets a new date, the original kept; prints the apology, Mẫu 04.',
  }),
  'dossiers.return': spec<TransitionResult>()({
    role: 'officer',
    input: z.object({ code: anyCode, fee }).strict(),
    doc: 'Hands the result to the citizen and records the fee collected (đồng, method, receipt) and by whom.',
  }),
  'dossiers.withdraw': spec<TransitionResult>()({
    role: 'officer',
    input: withReason,
    doc: 'The citizen withdraws the dossier; the reason is kept.',
  }),
  'dossiers.stop': spec<TransitionResult>()({
    role: 'officer',
    input: withReason,
    doc: 'The unit stops handling the dossier (national status 8); the reason is kept.',
  }),
};
