/** The declaration slip: the code large and as a QR, the procedure, what to bring, the ticket number. */
import { nfcDeep } from '../text/normalize';
import { printedAtLine, priorityLine, procedureHeader, waitingAheadLine } from './blocks';
import type { Block, DeclarationSlipData, SlipDocument } from './types';

function ticketBlocks(t: NonNullable<DeclarationSlipData['ticket']>): Block[] {
  return [
    { kind: 'rule', dashed: true },
    { kind: 'text', text: 'SỐ THỨ TỰ', align: 'center', bold: true },
    { kind: 'text', text: t.number, align: 'center', size: 'huge', bold: true },
    ...priorityLine(t.priority),
    { kind: 'text', text: `Mời đến ${t.counter}`, align: 'center', size: 'large', bold: true },
    waitingAheadLine(t.waitingAhead),
  ];
}

/**
 * The paper that keeps the declaration code after "Xong": the officer scans its QR (the code alone,
 * never personal data) or reads the code; it lists the papers to bring and the ticket when taken.
 */
export function declarationSlip(input: DeclarationSlipData): SlipDocument {
  const d = nfcDeep(input);
  const blocks: Block[] = [
    ...procedureHeader(
      d.unitName,
      [
        { kind: 'title', text: 'PHIẾU TỜ KHAI' },
        { kind: 'text', text: 'Mã tờ khai', align: 'center' },
        // 'large', not 'huge': the code must stay on one line on 58 mm paper too.
        { kind: 'text', text: d.declarationCode, align: 'center', size: 'large', bold: true },
        { kind: 'qr', payload: d.declarationCode, caption: 'Đưa mã này cho cán bộ tiếp nhận' },
      ],
      d,
    ),
    ...(d.ticket ? ticketBlocks(d.ticket) : []),
  ];
  if (d.bring.length) {
    blocks.push({ kind: 'rule', dashed: true });
    blocks.push({ kind: 'text', text: 'Giấy tờ cần mang', bold: true });
    blocks.push({ kind: 'list', marker: 'box', items: d.bring });
  }
  blocks.push(printedAtLine(d.printedAt));
  return {
    kind: 'declaration_slip',
    title: `Phiếu tờ khai ${d.declarationCode}`,
    paper: 'thermal',
    blocks,
  };
}
