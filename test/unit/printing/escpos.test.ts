import { describe, expect, it } from 'vitest';
import { bands, encodeEscPos, rasterBand } from '../../../main/printing/escpos';
import type { Bitmap1 } from '../../../main/printing/bitmap';
import type { PrinterProfile } from '../../../main/printing/types';
import { decodeEscPosRaster } from '../../support/raster-decoder';

const profile: PrinterProfile = { widthDots: 576, cut: true, maxBand: 255, status: true };

function bitmap(width: number, height: number, breaks: number[] = []): Bitmap1 {
  const rowBytes = Math.ceil(width / 8);
  const data = new Uint8Array(rowBytes * height);
  for (let i = 0; i < data.length; i += 1) data[i] = (i * 37 + 11) & 0xff;
  return { width, height, rowBytes, data, breaks };
}

describe('ESC/POS encoder', () => {
  it('writes a GS v 0 command with little-endian width in bytes and height in rows', () => {
    const b = bitmap(16, 3);
    const cmd = rasterBand(b, 1, 3);
    expect([...cmd.subarray(0, 8)]).toEqual([0x1d, 0x76, 0x30, 0x00, 2, 0, 2, 0]);
    expect([...cmd.subarray(8)]).toEqual([...b.data.subarray(2, 6)]);
  });

  it('encodes a tiny image to the exact bytes: init, raster, 4 line feeds, full cut, init', () => {
    const b: Bitmap1 = {
      width: 8,
      height: 2,
      rowBytes: 1,
      data: Uint8Array.from([0xff, 0x81]),
      breaks: [],
    };
    const bytes = encodeEscPos(b, profile);
    expect([...bytes]).toEqual([
      0x1b, 0x40, 0x1d, 0x76, 0x30, 0x00, 1, 0, 2, 0, 0xff, 0x81, 0x0a, 0x0a, 0x0a, 0x0a, 0x1d,
      0x56, 0x00, 0x1b, 0x40,
    ]);
  });

  it('adds the beep (ESC B 1 2) only when asked', () => {
    const b: Bitmap1 = { width: 8, height: 1, rowBytes: 1, data: Uint8Array.from([1]), breaks: [] };
    expect([...encodeEscPos(b, profile, { beep: true }).subarray(-4)]).toEqual([0x1b, 0x42, 1, 2]);
    expect(encodeEscPos(b, profile).includes(Buffer.from([0x1b, 0x42]))).toBe(false);
  });

  it('splits a tall image into bands of at most 255 rows (or the profile maximum)', () => {
    const b = bitmap(576, 1000);
    expect(decodeEscPosRaster(encodeEscPos(b, profile)).bandHeights).toEqual([255, 255, 255, 235]);
    expect(
      decodeEscPosRaster(encodeEscPos(b, { ...profile, maxBand: 128 })).bandHeights.every(
        (h) => h <= 128,
      ),
    ).toBe(true);
    expect(bands(b, 9999).every((x) => x.y1 - x.y0 <= 255)).toBe(true);
  });

  it('cuts between copies and at the end; feeds without cutting on a printer with no cutter', () => {
    const b = bitmap(384, 600, [300]);
    const cut = decodeEscPosRaster(encodeEscPos(b, { ...profile, widthDots: 384 }));
    expect(cut.cutsAt).toEqual([300, 600]);
    expect(cut.height).toBe(600);
    const noCut = decodeEscPosRaster(encodeEscPos(b, { ...profile, cut: false }));
    expect(noCut.cutsAt).toEqual([]);
    expect(noCut.feeds).toBe(12);
  });

  it('decodes back to the very same pixels', () => {
    const b = bitmap(576, 700, [333]);
    const decoded = decodeEscPosRaster(encodeEscPos(b, profile));
    expect(decoded.width).toBe(576);
    expect(decoded.height).toBe(700);
    const packed = new Uint8Array(b.data.length);
    decoded.bits.forEach((bit, i) => {
      if (bit) packed[Math.floor(i / 576) * 72 + ((i % 576) >> 3)] |= 0x80 >> ((i % 576) & 7);
    });
    expect(Buffer.from(packed).equals(Buffer.from(b.data))).toBe(true);
  });
});
