/** Mẫu 02, 03 and 04: the notices an officer hands over when a dossier cannot go on as planned. */
import { nfcDeep } from '../text/normalize';
import { count, formTime, nationalHeading, placeDate } from './format';
import type {
  Block,
  DelayData,
  NoticeBase,
  RefusalData,
  SlipDocument,
  SupplementData,
  ControlSheetData,
} from './types';

const SIGN_HINT = '(Ký và ghi rõ họ tên)';

const SEAL_HINT = '(Ký, ghi rõ họ tên, đóng dấu)';

/** "Mã tờ khai" for a kiosk declaration (TK-…), "Mã hồ sơ" for a dossier. */
const codeLabel = (code: string) => (code.startsWith('TK-') ? 'Mã tờ khai' : 'Mã hồ sơ');

function opening(d: NoticeBase, title: string, to = 'Kính gửi'): Block[] {
  return [
    nationalHeading(d.unitName, d.parentAgency),
    ...(d.code ? [{ kind: 'text', text: `Số: ${d.code}`, bold: true } as const] : []),
    ...(d.code
      ? [{ kind: 'text', text: `${codeLabel(d.code)}: ${d.code}`, align: 'center' } as const]
      : []),
    { kind: 'title', text: title },
    { kind: 'row', label: to, value: d.applicantName, bold: true },
    { kind: 'row', label: 'Thủ tục', value: d.procedureName },
  ];
}

/** Place and date, then the signer: the receiving officer, or the head of the agency with the seal (Mẫu 04, 05). */
function closing(d: NoticeBase, byHead = false): Block[] {
  const signer = byHead
    ? { title: 'THỦ TRƯỞNG CƠ QUAN', hint: SEAL_HINT, name: d.headName || undefined }
    : { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: SIGN_HINT, name: d.officerName };
  return [
    { kind: 'text', text: placeDate(d.place, d.issuedAt), align: 'right', italic: true },
    { kind: 'signatures', blocks: [signer] },
  ];
}

/** Mẫu 02: tells the citizen exactly which papers to add or fix, so a second visit is the last. */
export function supplementRequest(input: SupplementData): SlipDocument {
  const d = nfcDeep(input);
  const rows = d.missing.map((m, i) => [
    String(i + 1),
    m.note ? `${m.name} (${m.note})` : m.name,
    m.originals === undefined ? '' : count(m.originals),
    (m.certifiedCopies ?? m.copies) === undefined ? '' : count(m.certifiedCopies ?? m.copies ?? 0),
    m.photocopies === undefined ? '' : count(m.photocopies),
  ]);
  const blocks: Block[] = [
    ...opening(d, 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ'),
    ...(d.receivedAt
      ? [{ kind: 'text', text: `Ngày tiếp nhận: ${formTime(d.receivedAt)}` } as const]
      : []),
    { kind: 'text', text: `Ngày lập phiếu: ${formTime(d.issuedAt)}` },
    { kind: 'text', text: 'Hồ sơ của ông/bà cần bổ sung, hoàn thiện các nội dung sau:' },
    {
      kind: 'table',
      columns: [
        { title: 'STT', weight: 1.5, align: 'center' },
        { title: 'Giấy tờ cần bổ sung, hoàn thiện', weight: 6 },
        { title: 'Bản chính', weight: 1.8, align: 'center' },
        { title: 'Bản sao chứng thực', weight: 2, align: 'center' },
        { title: 'Bản photo', weight: 1.8, align: 'center' },
      ],
      rows,
    },
    { kind: 'row', label: 'Lý do', value: d.reason },
    ...(d.contact
      ? [{ kind: 'row', label: 'Cần hướng dẫn, xin liên hệ', value: d.contact } as const]
      : []),
    { kind: 'note', text: 'Thời gian chờ bổ sung không tính vào thời hạn giải quyết hồ sơ.' },
    ...closing(d),
  ];
  return { kind: 'supplement', title: `Mẫu 02 ${d.code ?? d.applicantName}`, paper: 'A5', blocks };
}

/** Mẫu 03: the written reason a dossier was not received, which the citizen may contest. */
export function refusalNotice(input: RefusalData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    ...opening(d, 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ'),
    { kind: 'text', text: `Ngày: ${formTime(d.issuedAt)}` },
    {
      kind: 'text',
      text: 'Qua xem xét, hồ sơ của ông/bà không đủ điều kiện tiếp nhận, giải quyết với lý do sau:',
    },
    { kind: 'note', text: d.reason },
    { kind: 'text', text: 'Xin thông báo để ông/bà biết và thực hiện.', italic: true },
    ...closing(d),
  ];
  return { kind: 'refusal', title: `Mẫu 03 ${d.code ?? d.applicantName}`, paper: 'A5', blocks };
}

/**
 * Mẫu 04: the unit's apology and the new date when it cannot return the result on time, under the
 * name Thông tư 03/2025/TT-VPCP gives it (TT 01/2018 called it "Phiếu xin lỗi và hẹn lại ngày trả kết quả").
 */
export function delayNotice(input: DelayData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    ...opening(d, 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT'),
    { kind: 'row', label: 'Ngày nhận hồ sơ', value: formTime(d.receivedAt) },
    { kind: 'row', label: 'Hẹn trả kết quả', value: formTime(d.originalDueAt) },
    { kind: 'text', text: 'Tuy nhiên đến nay chưa giải quyết xong hồ sơ, lý do:' },
    { kind: 'note', text: d.reason },
    {
      kind: 'text',
      text: 'Sự chậm trễ này đã gây phiền hà cho ông/bà. Chúng tôi thành thật xin lỗi và hẹn trả kết quả vào:',
    },
    { kind: 'text', text: formTime(d.newDueAt), bold: true, align: 'center' },
    ...closing(d, true),
  ];
  return { kind: 'delay', title: `Mẫu 04 ${d.code ?? d.applicantName}`, paper: 'A5', blocks };
}

/** Mẫu 05: the unit stops handling the dossier (national status 8) and says why. */
export function stopNotice(input: RefusalData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    ...opening(d, 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ'),
    { kind: 'text', text: `Ngày: ${formTime(d.issuedAt)}` },
    { kind: 'text', text: 'Cơ quan giải quyết thông báo dừng giải quyết hồ sơ của ông/bà, lý do:' },
    { kind: 'note', text: d.reason },
    { kind: 'text', text: 'Xin thông báo để ông/bà biết.', italic: true },
    ...closing(d, true),
  ];
  return { kind: 'stop', title: `Mẫu 05 ${d.code ?? d.applicantName}`, paper: 'A5', blocks };
}

/** Mẫu 06: every hand-over of the dossier with its times, giver, receiver and timing. */
export function controlSheet(input: ControlSheetData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    ...opening(d, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', 'Người nộp hồ sơ'),
    { kind: 'row', label: 'Ngày nhận hồ sơ', value: formTime(d.receivedAt) },
    { kind: 'row', label: 'Hẹn trả kết quả', value: formTime(d.dueAt) },
    {
      kind: 'table',
      columns: [
        { title: 'Tên cơ quan, đơn vị', weight: 3 },
        { title: 'Thời gian giao, nhận hồ sơ', weight: 2.6 },
        { title: 'Người giao', weight: 2 },
        { title: 'Người nhận', weight: 2 },
        { title: 'Kết quả', weight: 1.6, align: 'center' },
      ],
      rows: d.lines.map((l) => [l.unit, l.at, l.giver, l.receiver, l.timing]),
    },
    ...closing(d),
  ];
  return { kind: 'control_sheet', title: `Mẫu 06 ${d.code ?? ''}`, paper: 'A4', blocks };
}
