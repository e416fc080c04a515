import { describe, expect, it } from 'vitest';
import { declarationSlip } from '../../../main/slips/declaration';
import { encodeEscPos } from '../../../main/printing/escpos';
import { renderBitmap } from '../../../main/printing/render-bitmap';
import { decodeEscPosRaster, readQrFromRaster } from '../../support/raster-decoder';
import { sampleDeclaration } from '../../support/sample-documents';

const texts = (doc: ReturnType<typeof declarationSlip>) =>
  doc.blocks.flatMap((b) => ('text' in b ? [b.text] : []));

describe('the declaration slip', () => {
  it.each([576, 384] as const)(
    'its QR read from the printed bytes at %i dots is the declaration code',
    (width) => {
      const doc = declarationSlip(sampleDeclaration);
      const decoded = decodeEscPosRaster(
        encodeEscPos(renderBitmap(doc, width), {
          widthDots: width,
          cut: true,
          maxBand: 255,
          status: true,
        }),
      );
      expect(readQrFromRaster(decoded)).toBe('TK-7Q3K9M');
    },
  );

  it('shows the code large, the procedure, what to bring and the ticket; no personal data', () => {
    const doc = declarationSlip(sampleDeclaration);
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ kind: 'text', text: 'TK-7Q3K9M', size: 'large' }),
    );
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ kind: 'row', label: 'Thủ tục', value: 'Đăng ký khai sinh' }),
    );
    expect(texts(doc)).toEqual(expect.arrayContaining(['1004', 'Mời đến Quầy số 1']));
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ kind: 'list', items: sampleDeclaration.bring }),
    );
  });

  it('leaves the ticket part out when no ticket was taken', () => {
    const { ticket: _t, ...noTicket } = sampleDeclaration;
    expect(texts(declarationSlip(noTicket))).not.toContain('SỐ THỨ TỰ');
  });
});
