/**
 * Reads ESC/POS job bytes back into an image, the way a printer would: GS v 0 raster bands are
 * stacked, cuts and feeds counted, and any command we do not send is an error (a test must notice).
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export interface DecodedRaster {
  width: number;
  height: number;
  /** One byte per pixel, 1 = black. */
  bits: Uint8Array;
  /** Rows of every GS v 0 command, in order. */
  bandHeights: number[];
  /** Image rows at which a cut happened (after feeding). */
  cutsAt: number[];
  feeds: number;
  beeps: number;
  inits: number;
}

/** Decodes a job; throws on an unknown or truncated command. */
export function decodeEscPosRaster(bytes: Buffer): DecodedRaster {
  let width = 0;
  const rows: Uint8Array[] = [];
  const out = { bandHeights: [] as number[], cutsAt: [] as number[], feeds: 0, beeps: 0, inits: 0 };
  let i = 0;
  const need = (n: number) => {
    if (i + n > bytes.length) throw new Error(`truncated command at byte ${i}`);
  };
  while (i < bytes.length) {
    const b0 = bytes[i];
    if (b0 === 0x0a || b0 === 0x0b) {
      out.feeds += 1;
      i += 1;
    } else if (b0 === 0x1b) {
      need(2);
      const c = bytes[i + 1];
      if (c === 0x40) {
        out.inits += 1;
        i += 2;
      } else if (c === 0x42) {
        need(4);
        out.beeps += 1;
        i += 4;
      } else if (c === 0x64 || c === 0x61) {
        need(3);
        i += 3;
      } else throw new Error(`unknown ESC command 0x${c.toString(16)} at byte ${i}`);
    } else if (b0 === 0x1d && bytes[i + 1] === 0x56) {
      need(3);
      const m = bytes[i + 2];
      out.cutsAt.push(rows.length);
      i += m === 65 || m === 66 ? 4 : 3;
    } else if (b0 === 0x1d && bytes[i + 1] === 0x76 && bytes[i + 2] === 0x30) {
      need(8);
      const rowBytes = bytes[i + 4] | (bytes[i + 5] << 8);
      const h = bytes[i + 6] | (bytes[i + 7] << 8);
      need(8 + rowBytes * h);
      if (width && width !== rowBytes * 8)
        throw new Error(`band width changed from ${width} to ${rowBytes * 8}`);
      width = rowBytes * 8;
      for (let r = 0; r < h; r += 1)
        rows.push(bytes.subarray(i + 8 + r * rowBytes, i + 8 + (r + 1) * rowBytes));
      out.bandHeights.push(h);
      i += 8 + rowBytes * h;
    } else if (b0 === 0x10 && bytes[i + 1] === 0x04) {
      need(3);
      i += 3;
    } else throw new Error(`unknown byte 0x${b0.toString(16)} at ${i}`);
  }
  const bits = new Uint8Array(width * rows.length);
  rows.forEach((row, y) => {
    for (let x = 0; x < width; x += 1) bits[y * width + x] = (row[x >> 3] >> (7 - (x & 7))) & 1;
  });
  return { width, height: rows.length, bits, ...out };
}

/** RGBA pixels of a decoded image (black on white). */
function toRgba(image: { width: number; height: number; bits: Uint8Array }): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let p = 0; p < image.bits.length; p += 1) {
    const v = image.bits[p] ? 0 : 255;
    rgba.set([v, v, v, 255], p * 4);
  }
  return rgba;
}

/** Reads the QR code from a decoded image with jsQR, as a phone camera would from the paper. */
export function readQrFromRaster(image: {
  width: number;
  height: number;
  bits: Uint8Array;
}): string | null {
  const found = jsQR(toRgba(image), image.width, image.height, { inversionAttempts: 'dontInvert' });
  return found ? found.data : null;
}

/** The decoded image as a PNG, to look at what the printer would have printed. */
export function rasterToPng(image: { width: number; height: number; bits: Uint8Array }): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(toRgba(image).buffer);
  return PNG.sync.write(png);
}
