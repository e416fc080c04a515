/** The thermal renderer: layout → canvas with the bundled font → 1-bit bitmap at a 50% threshold. */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
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

/**
 * Renders the document to the 1-bit bitmap that is both the printed image and the preview.
 * Nothing is drawn on a page-sized canvas: reading back a 576 × 1,600 RGBA page cost ~10 of a
 * slip's ~15 ms and made the render worker the hub's bottleneck under load. Each text line is
 * drawn once on a small canvas, thresholded into a 1-bit stamp and kept (the unit's heading, the
 * procedures' names and papers recur on every slip), then OR-ed into the page; rules and QR
 * modules are set as bits. A line is drawn at the same sub-pixel offset as on a page canvas, so
 * the bits are the ones a page canvas gives (test/unit/printing/stamps.test.ts compares them).
 */
export function renderBitmap(doc: SlipDocument, widthDots: 576 | 384): Bitmap1 {
  const layout = layoutFor(doc, widthDots);
  const rowBytes = Math.ceil(layout.width / 8);
  const page: Bitmap1 = {
    width: layout.width,
    height: layout.height,
    rowBytes,
    data: new Uint8Array(rowBytes * layout.height),
    breaks: layout.breaks,
  };
  for (const op of layout.ops) {
    if (op.t === 'text') stampInto(page, stampFor(op), Math.floor(op.x), Math.floor(op.baseline));
    else if (op.t === 'rect') fillBits(page, op.x, op.y, op.w, op.h);
    else {
      const { size, modules } = op.qr;
      for (let r = 0; r < size; r += 1) {
        for (let c = 0; c < size; c += 1) {
          if (modules[r * size + c])
            fillBits(page, op.x + c * op.scale, op.y + r * op.scale, op.scale, op.scale);
        }
      }
    }
  }
  return page;
}

/** A text line as packed bits, placed by its offset from the line's anchor (x, baseline floored). */
interface Stamp {
  dx: number;
  dy: number;
  bits: Bitmap1;
}

const stamps = new Map<string, Stamp>();
let stampBytes = 0;
/** ~8 MB of lines: a day's slips repeat far fewer distinct lines than that. */
const STAMP_BUDGET = 8 * 1024 * 1024;
let scratch: { canvas: Canvas; ctx: SKRSContext2D } | null = null;

function stampFor(op: Extract<Op, { t: 'text' }>): Stamp {
  const fx = op.x - Math.floor(op.x);
  const fy = op.baseline - Math.floor(op.baseline);
  const key = `${op.font.face}|${op.font.px}|${fx}|${fy}|${op.text}`;
  const hit = stamps.get(key);
  if (hit) {
    // Most recently used last: the oldest lines go first when the budget is spent.
    stamps.delete(key);
    stamps.set(key, hit);
    return hit;
  }
  const stamp = drawStamp(op, fx, fy);
  stamps.set(key, stamp);
  stampBytes += stamp.bits.data.length;
  for (const [k, s] of stamps) {
    if (stampBytes <= STAMP_BUDGET) break;
    stamps.delete(k);
    stampBytes -= s.bits.data.length;
  }
  return stamp;
}

/** Draws one line on the scratch canvas, with room for marks and overhangs beyond the metrics. */
function drawStamp(op: Extract<Op, { t: 'text' }>, fx: number, fy: number): Stamp {
  const metrics = canvasMetrics();
  const { ascent, descent } = metrics.extent(op.font);
  const pad = Math.ceil(op.font.px / 2) + 2;
  const top = Math.ceil(ascent) + pad;
  const width = metrics.width(op.text, op.font) + 2 * pad;
  const height = top + Math.ceil(descent) + pad;
  if (!scratch || scratch.canvas.width < width || scratch.canvas.height < height) {
    const canvas = createCanvas(
      Math.max(width, scratch?.canvas.width ?? 0, 640),
      Math.max(height, scratch?.canvas.height ?? 0, 160),
    );
    scratch = { canvas, ctx: canvas.getContext('2d') };
  }
  const ctx = scratch.ctx;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'alphabetic';
  ctx.font = cssFont(op.font);
  ctx.fillText(op.text, pad + fx, top + fy);
  const image = ctx.getImageData(0, 0, width, height);
  return { dx: -pad, dy: -top, bits: packRgba(image.data, width, height) };
}

/** ORs a stamp into the page with its anchor at (x, y), clipped to the page. */
function stampInto(page: Bitmap1, stamp: Stamp, x: number, y: number): void {
  const s = stamp.bits;
  const left = x + stamp.dx;
  const y0 = y + stamp.dy;
  const aligned = left >= 0 && left + s.width <= page.width;
  const shift = left & 7;
  const base = left >> 3;
  for (let r = 0; r < s.height; r += 1) {
    const py = y0 + r;
    if (py < 0 || py >= page.height) continue;
    const rowIn = r * s.rowBytes;
    const rowOut = py * page.rowBytes;
    for (let j = 0; j < s.rowBytes; j += 1) {
      const v = s.data[rowIn + j];
      if (v === 0) continue;
      if (aligned) {
        page.data[rowOut + base + j] |= v >> shift;
        if (shift !== 0 && base + j + 1 < page.rowBytes)
          page.data[rowOut + base + j + 1] |= (v << (8 - shift)) & 0xff;
        continue;
      }
      for (let k = 0; k < 8; k += 1) {
        const px = left + j * 8 + k;
        if (v & (0x80 >> k) && px >= 0 && px < page.width)
          page.data[rowOut + (px >> 3)] |= 0x80 >> (px & 7);
      }
    }
  }
}

/**
 * Sets the pixels a filled rectangle covers at least half of, as a canvas at the 50% threshold
 * would: edges rounded half down (a pixel exactly half covered stays white).
 */
function fillBits(page: Bitmap1, x: number, y: number, w: number, h: number): void {
  const x0 = Math.max(0, Math.ceil(x - 0.5));
  const x1 = Math.min(page.width, Math.ceil(x + w - 0.5));
  const y0 = Math.max(0, Math.ceil(y - 0.5));
  const y1 = Math.min(page.height, Math.ceil(y + h - 0.5));
  for (let py = y0; py < y1; py += 1) {
    const row = py * page.rowBytes;
    for (let px = x0; px < x1; px += 1) page.data[row + (px >> 3)] |= 0x80 >> (px & 7);
  }
}
