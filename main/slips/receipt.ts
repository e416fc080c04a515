/** Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the citizen's thermal copy and the A5 form. */
import { nfcDeep } from '../text/normalize';
import { unitLine } from './blocks';
import {
  count,
  formTime,
  kindCounts,
  nationalHeading,
  placeDate,
  safeId,
  slipTime,
} from './format';
import type { Block, ReceiptSlipData, SlipDocument } from './types';

const SIGN_HINT = '(Ký và ghi rõ họ tên)';

/** Mẫu 01 for the 80/58 mm printer: the copy the citizen carries home, with the lookup QR code. */
export function receiptSlip(input: ReceiptSlipData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    ...unitLine(d.unitName),
    ...(d.unitAddress
      ? [{ kind: 'text', text: d.unitAddress, align: 'center', size: 'small' } as const]
      : []),
    { kind: 'rule' },
    { kind: 'title', text: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' },
    { kind: 'text', text: 'Mã hồ sơ', align: 'center', size: 'small' },
    { kind: 'text', text: d.dossierCode, align: 'center', size: 'large', bold: true },
    { kind: 'qr', payload: d.qrPayload, caption: 'Quét mã để tra cứu tình trạng hồ sơ' },
    { kind: 'row', label: 'Người nộp', value: d.applicantName, bold: true },
    { kind: 'row', label: 'Số định danh', value: safeId(d.idNumberMasked) },
    ...(d.phoneMasked ? [{ kind: 'row', label: 'Điện thoại', value: d.phoneMasked } as const] : []),
    ...(d.address ? [{ kind: 'row', label: 'Địa chỉ', value: d.address } as const] : []),
    { kind: 'row', label: 'Thủ tục', value: d.procedureName },
    { kind: 'text', text: 'Giấy tờ đã nhận:', bold: true },
    documentTable(d),
    { kind: 'row', label: 'Số bộ hồ sơ', value: count(d.sets) },
    { kind: 'row', label: 'Thời hạn giải quyết', value: d.processingText },
    { kind: 'row', label: 'Nhận lúc', value: slipTime(d.receivedAt) },
    { kind: 'row', label: 'Hẹn trả', value: slipTime(d.dueAt), bold: true, size: 'large' },
    { kind: 'row', label: 'Nơi trả kết quả', value: d.collectAt },
    ...(d.ledgerEntry
      ? [{ kind: 'row', label: 'Sổ theo dõi', value: d.ledgerEntry } as const]
      : []),
    ...(d.remarks ?? []).map((text) => ({ kind: 'text', text, size: 'small' }) as const),
    { kind: 'row', label: 'Cán bộ tiếp nhận', value: d.officerName },
    {
      kind: 'note',
      text: 'Khi đến nhận kết quả, xin mang theo giấy này và giấy tờ tùy thân. Có thể tra cứu tình trạng hồ sơ tại kiosk bằng mã QR ở trên.',
    },
    {
      kind: 'text',
      text: 'Mẫu 01 - Liên 2: Giao người nộp hồ sơ',
      align: 'center',
      size: 'small',
      italic: true,
    },
  ];
  return { kind: 'receipt', title: `Giấy hẹn ${d.dossierCode}`, paper: 'thermal', blocks };
}

/** The full A5 Mẫu 01 in two copies: "Liên 1: Lưu" for the file, "Liên 2" for the citizen. */
export function receiptA5(input: ReceiptSlipData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    nationalHeading(d.unitName, d.parentAgency),
    { kind: 'text', text: `Số: ${d.dossierCode}`, bold: true },
    { kind: 'title', text: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' },
    { kind: 'text', text: `Mã hồ sơ: ${d.dossierCode}`, align: 'center', bold: true },
    { kind: 'text', text: `${d.unitName} tiếp nhận hồ sơ của:` },
    { kind: 'row', label: 'Ông/bà', value: d.applicantName, bold: true },
    ...(d.applicantLines ?? []).map((l) => ({ kind: 'row', ...l }) as const),
    { kind: 'row', label: 'Số định danh cá nhân', value: safeId(d.idNumberMasked) },
    { kind: 'row', label: 'Địa chỉ', value: d.address ?? '' },
    { kind: 'row', label: 'Số điện thoại', value: d.phoneMasked ?? '' },
    ...(d.email ? [{ kind: 'row', label: 'Thư điện tử', value: d.email } as const] : []),
    { kind: 'row', label: 'Nội dung yêu cầu giải quyết', value: d.procedureName },
    { kind: 'text', text: '1. Thành phần hồ sơ nộp gồm:' },
    documentTable(d, true),
    { kind: 'text', text: `2. Số lượng hồ sơ: ${count(d.sets)} bộ` },
    { kind: 'text', text: `3. Thời gian giải quyết hồ sơ theo quy định là: ${d.processingText}` },
    { kind: 'text', text: `4. Thời gian nhận hồ sơ: ${formTime(d.receivedAt)}` },
    {
      kind: 'text',
      text: `5. Thời gian trả kết quả giải quyết hồ sơ: ${formTime(d.dueAt)}`,
      bold: true,
    },
    { kind: 'text', text: `6. Đăng ký nhận kết quả tại: ${d.collectAt}` },
    ...(d.remarks ?? []).map((text) => ({ kind: 'text', text, italic: true }) as const),
    ...(d.ledgerEntry
      ? [{ kind: 'text', text: `Vào Sổ theo dõi hồ sơ, ${d.ledgerEntry}` } as const]
      : []),
    { kind: 'text', text: placeDate(d.place, d.receivedAt), align: 'right', italic: true },
    {
      kind: 'signatures',
      blocks: [
        { title: 'NGƯỜI NỘP HỒ SƠ', hint: SIGN_HINT, name: d.applicantName },
        { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: SIGN_HINT, name: d.officerName },
      ],
    },
    { kind: 'qr', payload: d.qrPayload, caption: 'Quét mã để tra cứu tình trạng hồ sơ' },
  ];
  return {
    kind: 'receipt_a5',
    title: `Mẫu 01 (A5) ${d.dossierCode}`,
    paper: 'A5',
    copies: ['Liên 1: Lưu', 'Liên 2: Giao người nộp hồ sơ'],
    blocks,
  };
}

/** Item 1 when nothing was handed in (accepted with papers missing, the reason in the remarks). */
export const NO_PAPERS = 'Chưa nhận giấy tờ nào.';

/**
 * The papers received: kinds in columns on A5 (chính, sao chứng thực, photo, xuất trình), in words
 * on 80 mm; none received says so in a line instead of a table of column titles alone.
 */
function documentTable(d: ReceiptSlipData, numbered = false): Block {
  if (d.documents.length === 0) return { kind: 'text', text: NO_PAPERS, italic: true };
  if (!numbered)
    return {
      kind: 'table',
      columns: [
        { title: 'Tên giấy tờ', weight: 6 },
        { title: 'Số lượng', weight: 4 },
      ],
      rows: d.documents.map((doc) => [doc.name, kindCounts(doc)]),
    };
  const columns = [
    { title: 'STT', weight: 1.2, align: 'center' as const },
    { title: 'Tên giấy tờ', weight: 6 },
    { title: 'Bản chính', weight: 1.6, align: 'center' as const },
    { title: 'Bản sao chứng thực', weight: 1.9, align: 'center' as const },
    { title: 'Bản photo', weight: 1.6, align: 'center' as const },
    { title: 'Xuất trình', weight: 1.6, align: 'center' as const },
  ];
  const rows = d.documents.map((doc, i) => [
    String(i + 1),
    doc.name,
    count(doc.originals),
    count(doc.certifiedCopies),
    count(doc.photocopies),
    doc.shownOnly ? 'x' : '',
  ]);
  return { kind: 'table', columns, rows };
}
