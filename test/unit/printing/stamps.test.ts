/**
 * The slip renderer draws each text line once as a 1-bit stamp and sets rules and QR modules as
 * bits. Its output must be the bitmap a page-sized canvas gives, drawn here the plain way (the
 * whole layout on one canvas, read back, thresholded at 50%), for every document and both papers,
 * and again from the cache.
 */
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { packRgba, unpackBits, type Bitmap1 } from '../../../main/printing/bitmap';
import { FONT_FILES } from '../../../main/printing/fonts';
import { layoutFor, renderBitmap } from '../../../main/printing/render-bitmap';
import { receiptSlip } from '../../../main/slips/receipt';
import { hostileReceipt, sampleDocuments } from '../../support/sample-documents';

/** The reference: one canvas for the page, as a browser would draw the layout. */
function pageCanvas(doc: Parameters<typeof renderBitmap>[0], width: 576 | 384): Bitmap1 {
  const layout = layoutFor(doc, width);
  const canvas = createCanvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = '#000';
  for (const op of layout.ops) {
    if (op.t === 'text') {
      ctx.font = `${op.font.px}px "${FONT_FILES[op.font.face].family}"`;
      ctx.fillText(op.text, op.x, op.baseline);
    } else if (op.t === 'rect') ctx.fillRect(op.x, op.y, op.w, op.h);
    else {
      for (let r = 0; r < op.qr.size; r += 1)
        for (let c = 0; c < op.qr.size; c += 1)
          if (op.qr.modules[r * op.qr.size + c])
            ctx.fillRect(op.x + c * op.scale, op.y + r * op.scale, op.scale, op.scale);
    }
  }
  const image = ctx.getImageData(0, 0, layout.width, layout.height);
  return packRgba(image.data, layout.width, layout.height);
}

/** Pixels that differ between two bitmaps of the same size. */
function differing(a: Bitmap1, b: Bitmap1): number {
  const x = unpackBits(a);
  const y = unpackBits(b);
  let n = 0;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) n += 1;
  return n;
}

const docs = [
  ...sampleDocuments(),
  { name: 'mau-01-hostile', doc: receiptSlip(hostileReceipt()) },
].flatMap((s) => ([576, 384] as const).map((width) => ({ ...s, width })));

describe('stamped slips are the bitmap of a page canvas', () => {
  it.each(docs)('$name at $width dots', ({ doc, width }) => {
    const expected = pageCanvas(doc, width);
    const first = renderBitmap(doc, width);
    expect([first.width, first.height]).toEqual([expected.width, expected.height]);
    expect(differing(first, expected)).toBe(0);
    // Drawn again, every line now comes from the cache.
    expect(differing(renderBitmap(doc, width), expected)).toBe(0);
  });

  it('a line that runs past the paper is clipped at its edge, as on a canvas', () => {
    const doc = receiptSlip({ ...hostileReceipt(), applicantName: 'W'.repeat(400) });
    const expected = pageCanvas(doc, 384);
    expect(differing(renderBitmap(doc, 384), expected)).toBe(0);
  });
});
