/** The notices a lifecycle step prints (Mẫu 02, 03, 04, and a new Mẫu 01 after a supplement), and printing them safely. */
import type { Caller } from '../core/types';
import type { SlipDocument } from '../slips/types';
import type { PrintOutcome } from '../printing/types';
import { delayNotice, refusalNotice, supplementRequest } from '../slips/notices';
import { toVnIso } from '../calendar/vn-time';
import type { DossierDeps } from './service';
import { buildReceiptSlip } from './slip-data';
import type { Dossier, MissingDocument } from './types';

/** Who and what a notice is about. */
export interface NoticeSubject {
  code: string;
  procedureName: string;
  applicantName: string;
}

function base(deps: DossierDeps, s: NoticeSubject, caller: Caller, now: Date) {
  const settings = deps.settings();
  return {
    unitName: settings.unitName,
    parentAgency: settings.parentAgency || undefined,
    place: settings.place || undefined,
    headName: settings.headName || undefined,
    unitAddress: settings.unitAddress || undefined,
    code: s.code,
    procedureName: s.procedureName,
    applicantName: s.applicantName,
    issuedAt: toVnIso(now),
    officerName: caller.fullName,
  };
}

/** Mẫu 02 for the papers the officer ticked as missing. */
export function supplementDoc(
  deps: DossierDeps,
  s: NoticeSubject,
  d: { missing: MissingDocument[]; reason: string },
  caller: Caller,
  now: Date,
): SlipDocument {
  const contact = [caller.fullName, deps.settings().contact].filter(Boolean).join(', ');
  return supplementRequest({
    ...base(deps, s, caller, now),
    missing: d.missing,
    reason: d.reason,
    contact,
  });
}

/** Mẫu 03 with the refusal's reason. */
export function refusalDoc(
  deps: DossierDeps,
  s: NoticeSubject,
  reason: string,
  caller: Caller,
  now: Date,
): SlipDocument {
  return refusalNotice({ ...base(deps, s, caller, now), reason });
}

/** Mẫu 04: the date last promised, the reason and the new date. */
export function delayDoc(
  deps: DossierDeps,
  s: NoticeSubject,
  d: { receivedAt: Date; promisedAt: Date; newDueAt: Date; reason: string },
  caller: Caller,
  now: Date,
): SlipDocument {
  return delayNotice({
    ...base(deps, s, caller, now),
    receivedAt: toVnIso(d.receivedAt),
    originalDueAt: toVnIso(d.promisedAt),
    newDueAt: toVnIso(d.newDueAt),
    reason: d.reason,
  });
}

/** Mẫu 01 again, with the due date recomputed and the pause stated, once the missing papers arrived. */
export function receiptAgainDoc(
  deps: DossierDeps,
  d: Dossier & { lookupSecret: string },
  caller: Caller,
): SlipDocument {
  return buildReceiptSlip(d, deps.settings(), caller);
}

/**
 * Prints after the change is committed. The print service reports faults as a `failed` outcome;
 * should it throw all the same, the officer still gets the committed change and the fault's words.
 */
export async function printSafely(
  deps: DossierDeps,
  doc: SlipDocument,
  subject: string,
): Promise<PrintOutcome> {
  try {
    return await deps.printer.print(doc, { subject });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      jobId: 0,
      status: 'failed',
      printer: '',
      message: `Không in được ${doc.title}: ${message}`,
      bytes: 0,
      preview: '',
    };
  }
}
