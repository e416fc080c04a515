/** The 1-bit image every thermal job is made of: packed rows, MSB first, 1 = black (ESC/POS order). */
import { PNG } from 'pngjs';

export interface Bitmap1 {
  width: number;
  height: number;
  /** Bytes per row: ceil(width / 8). */
  rowBytes: number;
  /** height × rowBytes bytes, exactly as GS v 0 sends them. */
  data: Uint8Array;
  /** Rows at which the paper is cut between copies (strictly inside the image). */
  breaks: number[];
}

/** Packs RGBA pixels to 1 bit at a 50% luminance threshold: no grey a printer could read either way. */
export function packRgba(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): Bitmap1 {
  const rowBytes = Math.ceil(width / 8);
  const data = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y += 1) {
    const rowIn = y * width * 4;
    const rowOut = y * rowBytes;
    for (let x = 0; x < width; x += 1) {
      const i = rowIn + x * 4;
      const lum = (rgba[i] * 299 + rgba[i + 1] * 587 + rgba[i + 2] * 114) / 1000;
      const alpha = rgba[i + 3];
      if (alpha >= 128 && lum < 128) data[rowOut + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return { width, height, rowBytes, data, breaks: [] };
}

/** One byte per pixel (1 = black), the form tests compare images in. */
export function unpackBits(b: Bitmap1): Uint8Array {
  const out = new Uint8Array(b.width * b.height);
  for (let y = 0; y < b.height; y += 1) {
    for (let x = 0; x < b.width; x += 1)
      out[y * b.width + x] = (b.data[y * b.rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1;
  }
  return out;
}

/** A PNG of the bitmap: the preview the officer sees is exactly what the printer gets. */
export function bitmapToPng(b: Bitmap1): Buffer {
  const png = new PNG({
    width: b.width,
    height: b.height,
    colorType: 0,
    inputColorType: 0,
    inputHasAlpha: false,
  });
  const gray = Buffer.alloc(b.width * b.height);
  const bits = unpackBits(b);
  for (let i = 0; i < bits.length; i += 1) gray[i] = bits[i] ? 0 : 255;
  png.data = gray;
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}

/** The PNG as a data URL for the renderer's <img>. */
export function bitmapDataUrl(b: Bitmap1): string {
  return `data:image/png;base64,${bitmapToPng(b).toString('base64')}`;
}
