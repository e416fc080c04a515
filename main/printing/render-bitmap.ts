/** The thermal renderer: layout → canvas with the bundled font → 1-bit bitmap at a 50% threshold. */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { SlipDocument } from '../slips/types';
import { packRgba, type Bitmap1 } from './bitmap';
import { ensureFonts, FONT_FILES } from './fonts';
import { layoutDocument, type Font, type Layout, type Metrics, type Op } from './layout';

const cssFont = (f: Font) => `${f.px}px "${FONT_FILES[f.face].family}"`;

let measureCtx: SKRSContext2D | null = null;
const widthCache = new Map<string, number>();
const extentCache = new Map<string, { ascent: number; descent: number }>();

/** Canvas-backed metrics with caches: a slip measures the same words again and again. */
export function canvasMetrics(): Metrics {
  ensureFonts();
  measureCtx ??= createCanvas(8, 8).getContext('2d');
  const ctx = measureCtx;
  return {
    width(text, font) {
      const key = `${font.face}|${font.px}|${text}`;
      let w = widthCache.get(key);
      if (w === undefined) {
        ctx.font = cssFont(font);
        w = Math.ceil(ctx.measureText(text).width);
        if (widthCache.size > 20_000) widthCache.clear();
        widthCache.set(key, w);
      }
      return w;
    },
    extent(font) {
      const key = `${font.face}|${font.px}`;
      let e = extentCache.get(key);
      if (!e) {
        ctx.font = cssFont(font);
        const m = ctx.measureText('ỖẤẶỸỰÂgjyỵqp|');
        e = { ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent };
        extentCache.set(key, e);
      }
      return e;
    },
  };
}

/** Lays out a document for the given paper width (576 dots = 80 mm, 384 = 58 mm). */
export function layoutFor(doc: SlipDocument, widthDots: 576 | 384): Layout {
  return layoutDocument(doc, widthDots, canvasMetrics());
}

/** Renders the document to the 1-bit bitmap that is both the printed image and the preview. */
export function renderBitmap(doc: SlipDocument, widthDots: 576 | 384): Bitmap1 {
  const layout = layoutFor(doc, widthDots);
  const canvas = createCanvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'alphabetic';
  for (const op of layout.ops) paint(ctx, op);
  const image = ctx.getImageData(0, 0, layout.width, layout.height);
  const bitmap = packRgba(image.data, layout.width, layout.height);
  bitmap.breaks = layout.breaks;
  return bitmap;
}

function paint(ctx: SKRSContext2D, op: Op): void {
  if (op.t === 'text') {
    ctx.font = cssFont(op.font);
    ctx.fillText(op.text, op.x, op.baseline);
  } else if (op.t === 'rect') {
    ctx.fillRect(op.x, op.y, op.w, op.h);
  } else {
    const { size, modules } = op.qr;
    for (let r = 0; r < size; r += 1) {
      for (let c = 0; c < size; c += 1) {
        if (modules[r * size + c])
          ctx.fillRect(op.x + c * op.scale, op.y + r * op.scale, op.scale, op.scale);
      }
    }
  }
}
