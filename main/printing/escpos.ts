/**
 * ESC/POS encoding through node-thermal-printer: the image goes as GS v 0 raster in bands of at
 * most `maxBand` rows (the library's printImageBuffer would send one oversized command), then a
 * feed and a cut per copy, and an optional beep.
 */
import { ThermalPrinter, PrinterTypes } from 'node-thermal-printer';
import type { Bitmap1 } from './bitmap';
import type { PrinterProfile } from './types';

/** ESC/POS command bytes we build ourselves or look for in replies. */
export const ESC_POS = {
  init: Buffer.from([0x1b, 0x40]),
  rasterHeader: [0x1d, 0x76, 0x30, 0x00] as const,
  /** DLE EOT 2 (offline cause) and DLE EOT 4 (roll paper sensor), real-time status requests. */
  statusRequest: Buffer.from([0x10, 0x04, 0x02, 0x10, 0x04, 0x04]),
};

/** Lines fed before the cut, so the last printed row clears the cutter (or the tear bar). */
const FEED_BEFORE_CUT = 4;
const FEED_WITHOUT_CUTTER = 6;

/** One GS v 0 command for rows [y0, y1) of the bitmap. */
export function rasterBand(b: Bitmap1, y0: number, y1: number): Buffer {
  const rows = y1 - y0;
  const head = Buffer.from([
    ...ESC_POS.rasterHeader,
    b.rowBytes & 0xff,
    b.rowBytes >> 8,
    rows & 0xff,
    rows >> 8,
  ]);
  return Buffer.concat([head, b.data.subarray(y0 * b.rowBytes, y1 * b.rowBytes)]);
}

/** The row ranges of the bands: every copy segment split into pieces of at most `maxBand` rows. */
export function bands(
  b: Bitmap1,
  maxBand: number,
): { y0: number; y1: number; cutAfter: boolean }[] {
  const limit = Math.max(1, Math.min(255, Math.floor(maxBand)));
  const edges = [0, ...b.breaks.filter((r) => r > 0 && r < b.height), b.height];
  const out: { y0: number; y1: number; cutAfter: boolean }[] = [];
  for (let s = 0; s + 1 < edges.length; s += 1) {
    for (let y = edges[s]; y < edges[s + 1]; y += limit) {
      const y1 = Math.min(y + limit, edges[s + 1]);
      out.push({ y0: y, y1, cutAfter: y1 === edges[s + 1] });
    }
  }
  return out;
}

/** Encodes a bitmap as one printer job: init, raster bands, feed + cut per copy, optional beep. */
export function encodeEscPos(
  b: Bitmap1,
  profile: PrinterProfile,
  opts: { beep?: boolean } = {},
): Buffer {
  // The library needs an interface; we only use it as an encoder and send the bytes ourselves.
  const capture = {
    execute: () => Promise.resolve('captured'),
    isPrinterConnected: () => Promise.resolve(true),
  };
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: capture as unknown as string,
  });
  printer.append(ESC_POS.init);
  const parts: Buffer[] = [];
  const flush = () => {
    if (parts.length) printer.append(Buffer.concat(parts.splice(0)));
  };
  for (const band of bands(b, profile.maxBand)) {
    parts.push(rasterBand(b, band.y0, band.y1));
    if (!band.cutAfter) continue;
    flush();
    if (profile.cut) {
      for (let i = 0; i < FEED_BEFORE_CUT; i += 1) printer.newLine();
      printer.cut({ verticalTabAmount: 0 });
    } else {
      for (let i = 0; i < FEED_WITHOUT_CUTTER; i += 1) printer.newLine();
    }
  }
  flush();
  if (opts.beep) printer.beep(1, 2);
  return Buffer.from(printer.getBuffer());
}
