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
  // Most of a slip is white paper: one 32-bit compare skips such a pixel (RGBA all 255).
  const aligned = rgba.byteOffset % 4 === 0;
  const px = aligned ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : null;
  for (let y = 0; y < height; y += 1) {
    const rowIn = y * width * 4;
    const rowOut = y * rowBytes;
    for (let x = 0; x < width; x += 1) {
      if (px && px[y * width + x] === 0xffffffff) continue;
      const i = rowIn + x * 4;
      // Luminance (ITU-R 601 weights, ×1000) below half, on a pixel at least half opaque.
      if (rgba[i + 3] >= 128 && rgba[i] * 299 + rgba[i + 1] * 587 + rgba[i + 2] * 114 < 128_000)
        data[rowOut + (x >> 3)] |= 0x80 >> (x & 7);
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
  const gray = Buffer.alloc(b.width * b.height, 255);
  for (let y = 0; y < b.height; y += 1) {
    const rowIn = y * b.rowBytes;
    const rowOut = y * b.width;
    for (let xb = 0; xb < b.rowBytes; xb += 1) {
      const byte = b.data[rowIn + xb];
      if (byte === 0) continue;
      for (let bit = 0; bit < 8; bit += 1) {
        const x = (xb << 3) + bit;
        if (x < b.width && byte & (0x80 >> bit)) gray[rowOut + x] = 0;
      }
    }
  }
  png.data = gray;
  // Filter "none": the rows are runs of 0 and 255 that deflate well without the five-filter
  // search, which cost ~20 ms a slip and held up every desk's accept under load.
  return PNG.sync.write(png, {
    colorType: 0,
    inputColorType: 0,
    inputHasAlpha: false,
    filterType: 0,
    deflateLevel: 3,
  });
}

/** The PNG as a data URL for the renderer's <img>. */
export function bitmapDataUrl(b: Bitmap1): string {
  return `data:image/png;base64,${bitmapToPng(b).toString('base64')}`;
}
