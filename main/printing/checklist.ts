/** The checklist a citizen prints at the kiosk to gather their papers before coming to the counter. */
import type { Procedure } from '../catalog/types';
import type { SlipDocument } from '../slips/types';
import { checklistLine, documentChecklist } from '../slips/kiosk';
import { declarationSlip } from '../slips/declaration';
import type { DeclarationSlipData } from '../slips/types';
import { feeText, inPersonProcessing, timeText } from '../catalog/time-fee';
import { toVnIso } from '../calendar/vn-time';

/** Builds the checklist slip of a procedure, every case with its documents and counts. */
export function procedureChecklist(p: Procedure, unitName: string, now: Date): SlipDocument {
  return documentChecklist({
    unitName,
    procedureCode: p.code,
    procedureName: p.name,
    cases: p.documentCases.map((c) => ({
      title: c.title,
      documents: c.documents.map((d) => ({
        name: d.name,
        originals: d.originals,
        copies: d.copies,
        form: d.form,
        note: d.note,
      })),
    })),
    processingText: timeText(inPersonProcessing(p)),
    feeText: feeText(p),
    submitAt: p.submitAt,
    printedAt: toVnIso(now),
  });
}

/** The declaration slip of a procedure: the code and its QR, the papers to bring, the ticket when taken. */
export function declarationDocument(
  p: Procedure,
  input: { declarationCode: string; unitName: string; ticket?: DeclarationSlipData['ticket'] },
  now: Date,
): SlipDocument {
  return declarationSlip({
    unitName: input.unitName,
    declarationCode: input.declarationCode,
    procedureCode: p.code,
    procedureName: p.name,
    bring: p.documentCases.flatMap((c) => c.documents.map(checklistLine)),
    ...(input.ticket ? { ticket: input.ticket } : {}),
    printedAt: toVnIso(now),
  });
}
