/** Reads a TrueType font's cmap (formats 4 and 12): which code points the font itself maps. */
import { readFileSync } from 'node:fs';

/** The set of code points with a glyph in the font file (fallback fonts do not count). */
export function fontCodePoints(file: string): Set<number> {
  const buf = readFileSync(file);
  const numTables = buf.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i += 1) {
    const rec = 12 + i * 16;
    if (buf.toString('latin1', rec, rec + 4) === 'cmap') cmap = buf.readUInt32BE(rec + 8);
  }
  if (cmap < 0) throw new Error(`${file}: no cmap table`);
  const out = new Set<number>();
  const count = buf.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i += 1) {
    const sub = cmap + buf.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = buf.readUInt16BE(sub);
    if (format === 4) readFormat4(buf, sub, out);
    else if (format === 12) readFormat12(buf, sub, out);
  }
  return out;
}

function readFormat4(buf: Buffer, sub: number, out: Set<number>): void {
  const segs = buf.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const offsets = deltas + segs * 2;
  for (let s = 0; s < segs; s += 1) {
    const end = buf.readUInt16BE(ends + s * 2);
    const start = buf.readUInt16BE(starts + s * 2);
    const delta = buf.readInt16BE(deltas + s * 2);
    const rangeOffset = buf.readUInt16BE(offsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = offsets + s * 2 + rangeOffset + (c - start) * 2;
        const g = buf.readUInt16BE(at);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

function readFormat12(buf: Buffer, sub: number, out: Set<number>): void {
  const groups = buf.readUInt32BE(sub + 12);
  for (let g = 0; g < groups; g += 1) {
    const at = sub + 16 + g * 12;
    const start = buf.readUInt32BE(at);
    const end = buf.readUInt32BE(at + 4);
    const glyph = buf.readUInt32BE(at + 8);
    for (let c = start; c <= end; c += 1) if (glyph + (c - start) !== 0) out.add(c);
  }
}
