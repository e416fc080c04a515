/** The officer's preview PNG is the printed bitmap pixel for pixel, read back by an independent decoder. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { bitmapToPng, unpackBits, type Bitmap1 } from '../../../main/printing/bitmap';
import { renderBitmap } from '../../../main/printing/render-bitmap';
import { receiptSlip } from '../../../main/slips/receipt';
import { sampleReceipt } from '../../support/sample-documents';

/** Black (1) or white (0) per pixel as pngjs reads the file (RGBA out). */
function readBack(png: Buffer) {
  const img = PNG.sync.read(png);
  const px = new Uint8Array(img.width * img.height);
  let grey = 0;
  for (let i = 0; i < px.length; i += 1) {
    const [r, g, b, a] = img.data.subarray(i * 4, i * 4 + 4);
    if (a !== 255 || r !== g || g !== b || (r !== 0 && r !== 255)) grey += 1;
    px[i] = r === 0 ? 1 : 0;
  }
  expect(grey).toBe(0);
  return { width: img.width, height: img.height, px };
}

describe('preview PNG', () => {
  it('a drawn Mẫu 01 reads back with every pixel as printed', () => {
    const bitmap = renderBitmap(receiptSlip(sampleReceipt), 576);
    const back = readBack(bitmapToPng(bitmap));
    expect([back.width, back.height]).toEqual([576, bitmap.height]);
    expect(Buffer.from(back.px).equals(Buffer.from(unpackBits(bitmap)))).toBe(true);
  });

  it('a width that is not a whole number of bytes: the bits past the edge are not drawn', () => {
    // 10 × 2: the first row black, the second a checker; each row's last byte has 6 spare bits set.
    const b: Bitmap1 = {
      width: 10,
      height: 2,
      rowBytes: 2,
      data: Uint8Array.from([0xff, 0xff, 0xaa, 0xbf]),
      breaks: [],
    };
    const back = readBack(bitmapToPng(b));
    expect([back.width, back.height]).toEqual([10, 2]);
    expect([...back.px]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
  });
});
