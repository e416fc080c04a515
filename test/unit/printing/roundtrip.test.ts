import { describe, expect, it } from 'vitest';
import { receiptSlip } from '../../../main/slips/receipt';
import { unpackBits } from '../../../main/printing/bitmap';
import { encodeEscPos } from '../../../main/printing/escpos';
import { canvasMetrics, layoutFor, renderBitmap } from '../../../main/printing/render-bitmap';
import { decodeEscPosRaster, readQrFromRaster } from '../../support/raster-decoder';
import { hostileReceipt, sampleDocuments, sampleReceipt } from '../../support/sample-documents';

const widths = [576, 384] as const;
const cases = sampleDocuments().flatMap((s) => widths.map((w) => ({ ...s, width: w })));

describe('every document: rendered bitmap → ESC/POS → decoded image', () => {
  it.each(cases)('$name at $width dots decodes to exactly its bitmap', ({ doc, width }) => {
    const bitmap = renderBitmap(doc, width);
    expect(bitmap.width).toBe(width);
    const decoded = decodeEscPosRaster(
      encodeEscPos(bitmap, { widthDots: width, cut: true, maxBand: 255, status: true }),
    );
    expect(decoded.width).toBe(width);
    expect(decoded.height).toBe(bitmap.height);
    expect(decoded.bandHeights.every((h) => h <= 255)).toBe(true);
    expect(Buffer.from(decoded.bits).equals(Buffer.from(unpackBits(bitmap)))).toBe(true);
    expect(decoded.cutsAt).toHaveLength((doc.copies?.length ?? 1) || 1);
  });

  it.each(widths)('the QR code of Mẫu 01 reads back from the decoded image at %i dots', (width) => {
    const decoded = decodeEscPosRaster(
      encodeEscPos(renderBitmap(receiptSlip(sampleReceipt), width), {
        widthDots: width,
        cut: true,
        maxBand: 255,
        status: true,
      }),
    );
    expect(readQrFromRaster(decoded)).toBe(sampleReceipt.qrPayload);
  });

  it('the QR code of the test page and of each A5 copy reads back', () => {
    for (const { name, doc } of sampleDocuments().filter(
      (s) => s.name === 'in-thu' || s.name === 'mau-01-a5',
    )) {
      const bitmap = renderBitmap(doc, 576);
      const decoded = decodeEscPosRaster(
        encodeEscPos(bitmap, { widthDots: 576, cut: true, maxBand: 255, status: true }),
      );
      const expected = name === 'in-thu' ? 'IN-THU' : sampleReceipt.qrPayload;
      const cut = decoded.cutsAt[0];
      const top = { width: 576, height: cut, bits: decoded.bits.subarray(0, 576 * cut) };
      expect(readQrFromRaster(top)).toBe(expected);
      if (decoded.cutsAt.length > 1) {
        const bottom = {
          width: 576,
          height: decoded.height - cut,
          bits: decoded.bits.subarray(576 * cut),
        };
        expect(readQrFromRaster(bottom)).toBe(expected);
      }
    }
  });
});

describe('bad input still fits the paper and loses no text', () => {
  const squash = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');

  it.each(widths)(
    'a 300-letter procedure, a 200-letter address and an NFD name at %i dots',
    (width) => {
      const data = hostileReceipt();
      expect(data.procedureName).toHaveLength(300);
      expect(data.address).toHaveLength(200);
      const layout = layoutFor(receiptSlip(data), width);
      const metrics = canvasMetrics();
      const texts = layout.ops.flatMap((op) => (op.t === 'text' ? [op] : []));
      for (const op of texts) {
        expect(op.x).toBeGreaterThanOrEqual(0);
        expect(op.x + metrics.width(op.text, op.font), op.text).toBeLessThanOrEqual(width);
        expect(op.text).toBe(op.text.normalize('NFC'));
      }
      const all = squash(texts.map((t) => t.text).join(''));
      expect(all).toContain(squash(data.procedureName));
      expect(all).toContain(squash(data.address ?? ''));
      expect(all).toContain(squash(data.applicantName));
      expect(all).toContain(squash(data.documents[0].name));
      for (const op of layout.ops)
        if (op.t === 'rect') expect(op.x + op.w).toBeLessThanOrEqual(width);
    },
  );

  it('text runs of one column never overlap each other vertically', () => {
    const layout = layoutFor(receiptSlip(hostileReceipt()), 384);
    const metrics = canvasMetrics();
    const runs = layout.ops.flatMap((op) => (op.t === 'text' ? [op] : []));
    for (let i = 0; i < runs.length; i += 1) {
      for (let j = i + 1; j < runs.length; j += 1) {
        const a = runs[i];
        const b = runs[j];
        const ax = [a.x, a.x + metrics.width(a.text, a.font)];
        const bx = [b.x, b.x + metrics.width(b.text, b.font)];
        const sameRow =
          Math.abs(a.baseline - b.baseline) <
          Math.max(metrics.extent(a.font).ascent, metrics.extent(b.font).ascent);
        if (sameRow) expect(ax[1] <= bx[0] || bx[1] <= ax[0], `${a.text} / ${b.text}`).toBe(true);
      }
    }
  });
});
