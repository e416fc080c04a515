/** The 1-bit image every thermal job is made of: packed rows, MSB first, 1 = black (ESC/POS order). */
import { crc32, deflateSync } from 'node:zlib';

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

/**
 * A PNG of the bitmap: the preview the officer sees is exactly what the printer gets. Written as
 * a 1-bit greyscale PNG straight from the packed rows (PNG's own bit order is ESC/POS's, with 0 as
 * black, so each row is the printer's row inverted): a tenth of the bytes an 8-bit image
 * deflates, ~5 ms less per slip in the render worker under load. pngjs, which reads these
 * files in the tests, writes only 8 and 16 bits.
 */
export function bitmapToPng(b: Bitmap1): Buffer {
  const stride = b.rowBytes + 1;
  const rows = Buffer.alloc(stride * b.height);
  // Bits past the width in a row's last byte stay white in the image (filter byte 0 = none).
  const tail = b.width % 8 === 0 ? 0 : 0xff >> (b.width % 8);
  for (let y = 0; y < b.height; y += 1) {
    const rowIn = y * b.rowBytes;
    const rowOut = y * stride + 1;
    for (let x = 0; x < b.rowBytes; x += 1) rows[rowOut + x] = ~b.data[rowIn + x] & 0xff;
    rows[rowOut + b.rowBytes - 1] |= tail;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(b.width, 0);
  header.writeUInt32BE(b.height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods 0
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The PNG as a data URL for the renderer's <img>. */
export function bitmapDataUrl(b: Bitmap1): string {
  return `data:image/png;base64,${bitmapToPng(b).toString('base64')}`;
}
