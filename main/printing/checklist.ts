/** The checklist a citizen prints at the kiosk to gather their papers before coming to the counter. */
import type { Procedure } from '../catalog/types';
import type { SlipDocument } from '../slips/types';
import { documentChecklist } from '../slips/kiosk';
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
