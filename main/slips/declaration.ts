/** The declaration slip: the code large and as a QR, the procedure, what to bring, the ticket number. */
import { nfcDeep } from '../text/normalize';
import { slipTime } from './format';
import type { Block, DeclarationSlipData, SlipDocument } from './types';

function ticketBlocks(t: NonNullable<DeclarationSlipData['ticket']>): Block[] {
  return [
    { kind: 'rule', dashed: true },
    { kind: 'text', text: 'SỐ THỨ TỰ', align: 'center', bold: true },
    { kind: 'text', text: t.number, align: 'center', size: 'huge', bold: true },
    ...(t.priority
      ? [{ kind: 'text', text: 'ƯU TIÊN', align: 'center', bold: true } as const]
      : []),
    { kind: 'text', text: `Mời đến ${t.counter}`, align: 'center', size: 'large', bold: true },
    {
      kind: 'text',
      text: `Số người đang chờ trước ông/bà: ${t.waitingAhead}`,
      align: 'center',
    },
  ];
}

/**
 * The paper that keeps the declaration code after "Xong": the officer scans its QR (the code alone,
 * never personal data) or reads the code; it lists the papers to bring and the ticket when taken.
 */
export function declarationSlip(input: DeclarationSlipData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    { kind: 'text', text: d.unitName.toLocaleUpperCase('vi'), align: 'center', bold: true },
    { kind: 'title', text: 'PHIẾU TỜ KHAI' },
    { kind: 'text', text: 'Mã tờ khai', align: 'center' },
    // 'large', not 'huge': the code must stay on one line on 58 mm paper too.
    { kind: 'text', text: d.declarationCode, align: 'center', size: 'large', bold: true },
    { kind: 'qr', payload: d.declarationCode, caption: 'Đưa mã này cho cán bộ tiếp nhận' },
    { kind: 'row', label: 'Thủ tục', value: d.procedureName, bold: true },
    { kind: 'row', label: 'Mã thủ tục', value: d.procedureCode },
    ...(d.ticket ? ticketBlocks(d.ticket) : []),
  ];
  if (d.bring.length) {
    blocks.push({ kind: 'rule', dashed: true });
    blocks.push({ kind: 'text', text: 'Giấy tờ cần mang', bold: true });
    blocks.push({ kind: 'list', marker: 'box', items: d.bring });
  }
  blocks.push({
    kind: 'text',
    text: `In lúc ${slipTime(d.printedAt)}`,
    align: 'center',
    size: 'small',
    italic: true,
  });
  return {
    kind: 'declaration_slip',
    title: `Phiếu tờ khai ${d.declarationCode}`,
    paper: 'thermal',
    blocks,
  };
}
