/**
 * Mẫu 01 of a dossier accepted with no paper handed in (the reason given at the counter): item 1
 * says that nothing was received, on the A5 PDF and on the 80 mm copy, never a table of column
 * titles alone nor "(Không có giấy tờ)"; the reason stands in the remarks.
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPdf } from '../../../main/forms/pdf';
import { receiptA5, receiptSlip } from '../../../main/slips/receipt';
import { sampleReceipt } from '../../support/sample-documents';

const REASON = 'Tờ khai đã nộp trực tuyến; đối chiếu căn cước khi trả kết quả';
const data = {
  ...sampleReceipt,
  documents: [],
  remarks: [`Tiếp nhận khi còn thiếu giấy tờ; lý do: ${REASON}.`],
};

async function pdfText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    out.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join(' ')
        .normalize('NFC')
        .replace(/\s+/gu, ' '),
    );
  }
  return out;
}

describe('Mẫu 01 with no paper received', () => {
  it('the A5 form says so under item 1, prints no empty table, and keeps one sheet per copy', async () => {
    const doc = receiptA5(data);
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(false);
    const { pdf, pages } = await renderPdf(doc, { paper: 'A5' });
    expect(pages).toBe(2);
    for (const text of await pdfText(pdf)) {
      expect(text).toContain('1. Thành phần hồ sơ nộp gồm: Chưa nhận giấy tờ nào.');
      expect(text).not.toContain('Bản sao chứng thực');
      expect(text).toContain(`Tiếp nhận khi còn thiếu giấy tờ; lý do: ${REASON}.`);
      expect(text).not.toMatch(/Không có giấy tờ/u);
    }
  });

  it('the 80 mm copy says so under "Giấy tờ đã nhận"', () => {
    const doc = receiptSlip(data);
    const at = doc.blocks.findIndex((b) => b.kind === 'text' && b.text === 'Giấy tờ đã nhận:');
    expect(doc.blocks[at + 1]).toMatchObject({ kind: 'text', text: 'Chưa nhận giấy tờ nào.' });
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(JSON.stringify(doc.blocks)).not.toMatch(/Không có giấy tờ/u);
  });

  it('papers received are still listed as a table with counts by kind', () => {
    const doc = receiptA5(sampleReceipt);
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ kind: 'table' });
    expect(table && table.kind === 'table' ? table.rows.length : 0).toBe(3);
  });
});
