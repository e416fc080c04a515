import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ensureFonts, FONT_FILES, fontDir, type FontFace } from '../../../main/printing/fonts';
import { packRgba, unpackBits } from '../../../main/printing/bitmap';
import { fontCodePoints } from '../../support/font-cmap';
import { vietnameseLetters, vietnameseLowerLetters } from '../../support/vietnamese-letters';

/** Draws one character 1-bit, as the slip renderer does, in the given canvas family. */
function glyph(ch: string, family: string): string {
  const canvas = createCanvas(64, 64);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 64, 64);
  ctx.fillStyle = '#000';
  ctx.font = `40px "${family}"`;
  ctx.fillText(ch, 8, 48);
  const bits = unpackBits(packRgba(ctx.getImageData(0, 0, 64, 64).data, 64, 64));
  return Buffer.from(bits).toString('base64');
}
const blank = (g: string) => !Buffer.from(g, 'base64').some((b) => b === 1);

describe('Vietnamese letters with the bundled font', () => {
  const letters = vietnameseLetters();

  it('counts 67 lower-case and 67 capital letters, each one precomposed code point', () => {
    expect(vietnameseLowerLetters()).toHaveLength(67);
    expect(letters).toHaveLength(134);
    expect(new Set(letters).size).toBe(134);
    for (const l of letters) expect([...l]).toHaveLength(1);
    expect(letters).toContain('ỵ');
    expect(letters).toContain('Ữ');
    expect(letters).toContain('Đ');
  });

  it.each(Object.keys(FONT_FILES) as FontFace[])(
    'the %s TTF maps every one of the 134 letters itself',
    (face) => {
      const cps = fontCodePoints(path.join(fontDir(), FONT_FILES[face].file));
      const missing = letters.filter((l) => !cps.has(l.codePointAt(0) ?? 0));
      expect(missing).toEqual([]);
      expect(cps.has(0x4e00)).toBe(false);
    },
  );

  it.each(Object.keys(FONT_FILES) as FontFace[])(
    '%s draws 134 distinct glyphs, none blank, none the missing-glyph box',
    (face) => {
      ensureFonts();
      const family = FONT_FILES[face].family;
      const notdef = [glyph('\uE000', family), glyph('\u4E00', family), glyph('\u0378', family)];
      const drawn = letters.map((l) => glyph(l, family));
      drawn.forEach((g, i) => {
        expect(blank(g), letters[i]).toBe(false);
        expect(notdef, letters[i]).not.toContain(g);
      });
      expect(new Set(drawn).size).toBe(134);
    },
  );

  it('draws them in Be Vietnam Pro, not in a system fallback font', () => {
    ensureFonts();
    // A glyph our font lacks falls back to a system font (☐ here); a letter it has must not.
    const fallbackProbe = glyph('\u2610', FONT_FILES.regular.family);
    const system = glyph('\u2610', 'DejaVu Sans');
    const hasSystemFont = !blank(system);
    if (hasSystemFont) expect(fallbackProbe).toBe(system);
    for (const l of letters) {
      const ours = glyph(l, FONT_FILES.regular.family);
      if (hasSystemFont) expect(ours, l).not.toBe(glyph(l, 'DejaVu Sans'));
      expect(ours, l).not.toBe(glyph(l, FONT_FILES.bold.family));
    }
  });
});
