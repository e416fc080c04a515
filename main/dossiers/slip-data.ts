/** Turns a stored dossier into the data of its printed receipt (Mẫu 01: thermal citizen copy and A5 form). */
import type { Caller } from '../core/types';
import type { ProcessingTime } from '../catalog/types';
import type { UnitSettings } from '../settings/types';
import type { ReceiptSlipData, SlipDocument } from '../slips/types';
import { receiptSlip } from '../slips/receipt';
import { formatVnDateTime } from '../calendar/vn-time';
import { maskIdNumber, maskPhone } from '../text/mask';
import type { Dossier } from './types';

const UNIT_WORDS: Record<ProcessingTime['unit'], string> = {
  working_day: 'ngày làm việc',
  calendar_day: 'ngày',
  working_hour: 'giờ làm việc',
  same_day: 'trong ngày',
};

/** "5 ngày làm việc", "Trong ngày" — the statutory time as the slip states it. */
export function processingWords(p: ProcessingTime): string {
  // A time nobody confirmed is never printed with a guessed unit (older dossiers only).
  if (p.assumed) return 'Theo ngày hẹn trả kết quả';
  if (p.unit !== 'same_day') return `${p.amount} ${UNIT_WORDS[p.unit]}`;
  // The cut-off explains a due date on the next day to the citizen who came late in the afternoon.
  return p.cutoff ? `Trong ngày (nhận sau ${p.cutoff} trả ngày làm việc tiếp theo)` : 'Trong ngày';
}

const at = (iso: string) => formatVnDateTime(new Date(iso));

/** Item 6: at the counter, or by public post to the address given. */
export function deliveryWords(d: Dossier, settings: UnitSettings): string {
  if (d.delivery?.method === 'post')
    return `Nhận qua dịch vụ bưu chính công ích, gửi đến: ${d.delivery.address ?? d.applicant.address}`;
  return settings.collectAt;
}

/** The remarks of Mẫu 01: a date set by the officer, supplement pauses, papers accepted missing. */
export function receiptRemarks(d: Dossier): string[] {
  const out: string[] = [];
  if (d.dueOverrideReason)
    out.push(
      `Ngày hẹn trả do cán bộ tiếp nhận ấn định (theo quy định: ${at(d.originalDueAt)}); lý do: ${d.dueOverrideReason}.`,
    );
  for (const p of d.pauses ?? [])
    out.push(
      p.to
        ? `Hồ sơ tạm dừng chờ bổ sung từ ${at(p.from)} đến ${at(p.to)}; thời gian chờ không tính vào thời hạn giải quyết.`
        : `Hồ sơ đang tạm dừng chờ bổ sung từ ${at(p.from)}.`,
    );
  if (d.missingReason) out.push(`Tiếp nhận khi còn thiếu giấy tờ; lý do: ${d.missingReason}.`);
  return out;
}

/** "Tổ chức", "Người đại diện", "Nộp thay cho" lines when the applicant is not a person filing for themself. */
function applicantLines(d: Dossier): { label: string; value: string }[] {
  const { organisation: org, onBehalfOf: other } = d.applicant;
  const lines: { label: string; value: string }[] = [];
  if (org) lines.push({ label: 'Tổ chức', value: `${org.name} (mã số thuế ${org.taxCode})` });
  if (org?.representative) lines.push({ label: 'Người đại diện', value: org.representative });
  if (other)
    lines.push({
      label: 'Nộp thay cho',
      value: [other.fullName, other.relation].filter(Boolean).join(', '),
    });
  return lines;
}

/** "Quyển số 2026, Số thứ tự 0012" — the dossier's entry in the Sổ theo dõi hồ sơ. */
export function ledgerWords(d: Dossier): string | undefined {
  return d.ledger
    ? `Quyển số ${d.ledger.year}, Số thứ tự ${String(d.ledger.no).padStart(4, '0')}`
    : undefined;
}

/** What Mẫu 01 states, for the thermal citizen copy and the A5 two-copy form alike. */
export function receiptData(
  d: Dossier & { lookupSecret: string },
  settings: UnitSettings,
  officer: Pick<Caller, 'fullName'>,
): ReceiptSlipData {
  return {
    unitName: settings.unitName,
    parentAgency: settings.parentAgency || undefined,
    place: settings.place || undefined,
    unitAddress: settings.unitAddress || undefined,
    dossierCode: d.code,
    qrPayload: `${d.code}#${d.lookupSecret}`,
    procedureName: d.procedureName,
    applicantName: d.applicant.fullName,
    applicantLines: applicantLines(d),
    idNumberMasked: maskIdNumber(d.applicant.idNumber),
    phoneMasked: maskPhone(d.applicant.phone),
    email: d.applicant.email || undefined,
    address: d.applicant.address,
    documents: d.documents,
    sets: d.sets,
    processingText: processingWords(d.processing),
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    collectAt: deliveryWords(d, settings),
    officerName: officer.fullName,
    ledgerEntry: ledgerWords(d),
    remarks: receiptRemarks(d),
  };
}

/** The receipt slip of a dossier. Personal data is masked: the slip leaves the building. */
export function buildReceiptSlip(
  d: Dossier & { lookupSecret: string },
  settings: UnitSettings,
  officer: Pick<Caller, 'fullName'>,
): SlipDocument {
  return receiptSlip(receiptData(d, settings, officer));
}
