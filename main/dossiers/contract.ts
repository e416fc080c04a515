/** The dossier's operations: declaring at the kiosk, accepting at the counter, looking up. */
import { z } from 'zod';
import { spec } from '../api/types';
import { anyCode, applicant, isoInstant, optionalText, text } from '../api/fields';
import type { ProcessingTime } from '../catalog/types';
import type { AcceptResult, Declaration, Dossier, PublicStatus, QueueView } from './types';

const procedureCode = z.string().trim().min(1).max(80);
const documents = z
  .array(
    z
      .object({
        name: text(500),
        originals: z.number().int().min(0).max(99),
        copies: z.number().int().min(0).max(99),
      })
      .strict(),
  )
  .max(100);

export const dossiersContract = {
  'dossiers.declare': spec<Declaration>()({
    role: 'kiosk',
    input: z.object({ procedureCode, applicant }).strict(),
    doc: "The citizen's declaration at the kiosk; its code is what they tell the officer.",
  }),
  'dossiers.open': spec<{ kind: 'declaration'; declaration: Declaration } | { kind: 'dossier'; dossier: Dossier }>()({
    role: 'officer',
    input: z.object({ code: anyCode }).strict(),
    doc: 'Opens what the officer typed or scanned: a declaration to accept, or a dossier to work on.',
  }),
  'dossiers.previewDue': spec<{ dueAt: string; processing: ProcessingTime }>()({
    role: 'officer',
    input: z.object({ procedureCode }).strict(),
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
      })
      .strict(),
    doc: 'Accepts a dossier (from a declaration or typed at the counter): numbers it, stores it, prints Mẫu 01.',
  }),
  'dossiers.lookup': spec<PublicStatus>()({
    role: 'kiosk',
    input: z.object({ code: z.string().trim().min(1).max(120) }).strict(),
    doc: 'Public status by the code on the slip (or its QR), with personal data masked.',
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
};
