/** Kiosk documents and the printer test page: queue ticket, a procedure's checklist, test page. */
import { nfcDeep } from '../text/normalize';
import { printedAtLine, priorityLine, procedureHeader, unitLine, waitingAheadLine } from './blocks';
import { count, slipTime } from './format';
import type { Block, ChecklistData, QueueTicketData, SlipDocument, TestPageData } from './types';

/** The ticket a citizen holds until the counter calls its number. */
export function queueTicket(input: QueueTicketData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    ...unitLine(d.unitName),
    { kind: 'text', text: 'PHIẾU SỐ THỨ TỰ', align: 'center', bold: true },
    { kind: 'text', text: d.ticket, align: 'center', size: 'huge', bold: true },
    { kind: 'text', text: `Mời đến ${d.counter}`, align: 'center', size: 'large', bold: true },
    ...(d.service ? [{ kind: 'text', text: d.service, align: 'center' } as const] : []),
    ...priorityLine(d.priority),
    ...waitingLines(d),
    ...(d.declarationCode
      ? [{ kind: 'row', label: 'Mã tờ khai', value: d.declarationCode, bold: true } as const]
      : []),
    { kind: 'text', text: `Lấy số lúc ${slipTime(d.issuedAt)}`, align: 'center', size: 'small' },
    {
      kind: 'text',
      text: 'Xin vui lòng chờ đến lượt khi số được gọi.',
      align: 'center',
      size: 'small',
      italic: true,
    },
  ];
  return { kind: 'queue_ticket', title: `Số thứ tự ${d.ticket}`, paper: 'thermal', blocks };
}

function waitingLines(d: QueueTicketData): Block[] {
  const lines: Block[] = [];
  if (d.waitingAhead !== undefined) lines.push(waitingAheadLine(d.waitingAhead));
  if (d.estimatedWaitMinutes !== undefined && d.waitingAhead)
    lines.push({
      kind: 'text',
      text: `Thời gian chờ dự kiến: khoảng ${d.estimatedWaitMinutes} phút`,
      align: 'center',
    });
  return lines;
}

/** The papers to bring for one procedure, with tick boxes, so the citizen comes once. */
export function documentChecklist(input: ChecklistData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = procedureHeader(
    d.unitName || undefined,
    [{ kind: 'title', text: 'DANH MỤC GIẤY TỜ CẦN NỘP' }],
    d,
  );
  // A case of remarks only (the national "Lưu ý" rows) has no paper to tick: no heading left bare.
  const cases = d.cases.filter((c) => c.documents.length > 0);
  for (const c of cases) {
    if (cases.length > 1 || c.title) blocks.push({ kind: 'text', text: c.title, bold: true });
    blocks.push({ kind: 'list', marker: 'box', items: c.documents.map(checklistLine) });
  }
  if (d.processingText)
    blocks.push({ kind: 'row', label: 'Thời hạn giải quyết', value: d.processingText });
  if (d.feeText) blocks.push({ kind: 'row', label: 'Phí, lệ phí', value: d.feeText });
  if (d.submitAt) blocks.push({ kind: 'row', label: 'Nơi nộp', value: d.submitAt });
  blocks.push(printedAtLine(d.printedAt));
  return {
    kind: 'checklist',
    title: `Danh mục giấy tờ ${d.procedureCode}`,
    paper: 'thermal',
    blocks,
  };
}

/** One paper to bring as a checklist line: name, counts, form and note. */
export function checklistLine(doc: ChecklistData['cases'][number]['documents'][number]): string {
  const counts = [
    doc.originals > 0 ? `${count(doc.originals)} bản chính` : '',
    doc.copies > 0 ? `${count(doc.copies)} bản sao` : '',
  ].filter(Boolean);
  const extra = [doc.form ? `mẫu: ${doc.form}` : '', doc.note ?? ''].filter(Boolean);
  return [doc.name, counts.length ? `(${counts.join(', ')})` : '', extra.join('; ')]
    .filter(Boolean)
    .join(' ');
}

/** All Vietnamese letters, lower and upper case, in the order of the alphabet with tones. */
export const VIETNAMESE_SAMPLE =
  'aàáảãạ ăằắẳẵặ âầấẩẫậ đ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ';

/** A test page that proves the printer, the paper width, the cutter and the font in one go. */
export function testPage(input: TestPageData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    { kind: 'title', text: 'IN THỬ - KIỂM TRA MÁY IN' },
    { kind: 'row', label: 'Máy in', value: d.printer },
    {
      kind: 'row',
      label: 'Khổ giấy',
      value: `${d.widthDots} điểm (${d.widthDots >= 576 ? '80' : '58'} mm)`,
    },
    { kind: 'row', label: 'Thời điểm', value: slipTime(d.printedAt) },
    { kind: 'rule' },
    { kind: 'text', text: VIETNAMESE_SAMPLE },
    { kind: 'text', text: VIETNAMESE_SAMPLE.toLocaleUpperCase('vi') },
    {
      kind: 'text',
      text: 'Cộng hòa xã hội chủ nghĩa Việt Nam',
      size: 'large',
      bold: true,
      align: 'center',
    },
    { kind: 'rule', dashed: true },
    { kind: 'qr', payload: 'IN-THU', caption: 'Mã QR phải đọc được: IN-THU' },
    {
      kind: 'text',
      text: 'Nếu trang này in đủ, rõ nét và được cắt gọn, máy in đã sẵn sàng.',
      align: 'center',
      size: 'small',
    },
  ];
  return { kind: 'test_page', title: 'In thử', paper: 'thermal', blocks };
}
