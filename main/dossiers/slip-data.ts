/** Turns a stored dossier into the data of its printed receipt (Mẫu 01, citizen copy). */
import type { Caller } from '../core/types';
import type { Procedure, ProcessingTime } from '../catalog/types';
import type { UnitSettings } from '../settings/types';
import type { ReceiptSlipData, SlipDocument } from '../slips/types';
import { receiptSlip } from '../slips/receipt';
import { toVnIso } from '../calendar/vn-time';
import { maskIdNumber, maskPhone } from '../text/mask';
import type { Applicant, ReceivedDocument } from './types';

const UNIT_WORDS: Record<ProcessingTime['unit'], string> = {
  working_day: 'ngày làm việc',
  calendar_day: 'ngày',
  working_hour: 'giờ làm việc',
  same_day: 'trong ngày',
};

/** "5 ngày làm việc", "Trong ngày" — the statutory time as the slip states it. */
export function processingWords(p: ProcessingTime): string {
  if (p.unit !== 'same_day') return `${p.amount} ${UNIT_WORDS[p.unit]}`;
  // The cut-off explains a due date on the next day to the citizen who came late in the afternoon.
  return p.cutoff ? `Trong ngày (nhận sau ${p.cutoff} trả ngày làm việc tiếp theo)` : 'Trong ngày';
}

export interface ReceiptFacts {
  settings: UnitSettings;
  code: string;
  qrPayload: string;
  procedure: Pick<Procedure, 'name'>;
  processing: ProcessingTime;
  applicant: Applicant;
  documents: ReceivedDocument[];
  sets: number;
  receivedAt: Date;
  dueAt: Date;
  officer: Pick<Caller, 'fullName'>;
}

/** The receipt slip of a dossier just accepted. Personal data is masked: the slip leaves the building. */
export function buildReceiptSlip(d: ReceiptFacts): SlipDocument {
  return receiptSlip(receiptData(d));
}

/** What Mẫu 01 states, for the thermal citizen copy and the A5 two-copy form alike. */
export function receiptData(d: ReceiptFacts): ReceiptSlipData {
  return {
    unitName: d.settings.unitName,
    unitAddress: d.settings.unitAddress || undefined,
    dossierCode: d.code,
    qrPayload: d.qrPayload,
    procedureName: d.procedure.name,
    applicantName: d.applicant.fullName,
    idNumberMasked: maskIdNumber(d.applicant.idNumber),
    phoneMasked: maskPhone(d.applicant.phone),
    address: d.applicant.address,
    documents: d.documents,
    sets: d.sets,
    processingText: processingWords(d.processing),
    receivedAt: toVnIso(d.receivedAt),
    dueAt: toVnIso(d.dueAt),
    collectAt: d.settings.collectAt,
    officerName: d.officer.fullName,
  };
}
