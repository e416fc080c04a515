/** Mẫu 02, 03 and 04: the notices an officer hands over when a dossier cannot go on as planned. */
import { nfcDeep } from '../text/normalize';
import { count, formDate, formTime, nationalHeading } from './format';
import type {
  Block,
  DelayData,
  NoticeBase,
  RefusalData,
  SlipDocument,
  SupplementData,
} from './types';

const SIGN_HINT = '(Ký và ghi rõ họ tên)';

function opening(d: NoticeBase, title: string): Block[] {
  return [
    nationalHeading(d.unitName),
    ...(d.code ? [{ kind: 'text', text: `Mã hồ sơ: ${d.code}`, bold: true } as const] : []),
    { kind: 'title', text: title },
    { kind: 'row', label: 'Kính gửi', value: d.applicantName, bold: true },
    { kind: 'row', label: 'Thủ tục', value: d.procedureName },
  ];
}

function closing(d: NoticeBase): Block[] {
  return [
    { kind: 'text', text: formDate(d.issuedAt), align: 'right', italic: true },
    {
      kind: 'signatures',
      blocks: [{ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: SIGN_HINT, name: d.officerName }],
    },
  ];
}

/** Mẫu 02: tells the citizen exactly which papers to add or fix, so a second visit is the last. */
export function supplementRequest(input: SupplementData): SlipDocument {
  const d = nfcDeep(input);
  const rows = d.missing.map((m, i) => [
    String(i + 1),
    m.note ? `${m.name} (${m.note})` : m.name,
    m.originals === undefined ? '' : count(m.originals),
    m.copies === undefined ? '' : count(m.copies),
  ]);
  const blocks: Block[] = [
    ...opening(d, 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ'),
    { kind: 'text', text: `Ngày tiếp nhận: ${formTime(d.issuedAt)}` },
    { kind: 'text', text: 'Hồ sơ của ông/bà cần bổ sung, hoàn thiện các nội dung sau:' },
    {
      kind: 'table',
      columns: [
        { title: 'STT', weight: 1.5, align: 'center' },
        { title: 'Giấy tờ cần bổ sung, hoàn thiện', weight: 6 },
        { title: 'Bản chính', weight: 2, align: 'center' },
        { title: 'Bản sao', weight: 2, align: 'center' },
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

/** Mẫu 04: the unit's apology and the new date when it cannot return the result on time. */
export function delayNotice(input: DelayData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    ...opening(d, 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ'),
    { kind: 'row', label: 'Ngày nhận hồ sơ', value: formTime(d.receivedAt) },
    { kind: 'row', label: 'Hẹn trả kết quả', value: formTime(d.originalDueAt) },
    { kind: 'text', text: 'Tuy nhiên đến nay chưa giải quyết xong hồ sơ, lý do:' },
    { kind: 'note', text: d.reason },
    {
      kind: 'text',
      text: 'Sự chậm trễ này đã gây phiền hà cho ông/bà. Chúng tôi thành thật xin lỗi và hẹn trả kết quả vào:',
    },
    { kind: 'text', text: formTime(d.newDueAt), bold: true, align: 'center' },
    ...closing(d),
  ];
  return { kind: 'delay', title: `Mẫu 04 ${d.code ?? d.applicantName}`, paper: 'A5', blocks };
}
