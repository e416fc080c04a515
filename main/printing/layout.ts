/**
 * Lays a SlipDocument out on a strip of paper `width` dots wide: every block becomes positioned
 * text runs, filled rectangles and QR modules. Measuring is injected, so the layout is testable.
 */
import { nfc } from '../text/normalize';
import type { Align, Block, SlipDocument, TextSize } from '../slips/types';
import type { FontFace } from './fonts';
import { layoutBlock } from './layout-blocks';
import type { QrMatrix } from './qr';
import { wrapText } from './wrap';

export interface Font {
  face: FontFace;
  px: number;
}

export type Op =
  | { t: 'text'; x: number; baseline: number; text: string; font: Font }
  | { t: 'rect'; x: number; y: number; w: number; h: number }
  | { t: 'qr'; x: number; y: number; scale: number; qr: QrMatrix };

export interface Metrics {
  width(text: string, font: Font): number;
  /** Ascent and descent of the tallest Vietnamese letters (stacked marks on capitals, dot below). */
  extent(font: Font): { ascent: number; descent: number };
}

export interface Layout {
  width: number;
  height: number;
  ops: Op[];
  /** Rows where the paper is cut between copies. */
  breaks: number[];
}

const SIZES: Record<576 | 384, Record<TextSize, number>> = {
  576: { small: 20, normal: 24, large: 30, huge: 84 },
  384: { small: 17, normal: 20, large: 24, huge: 64 },
};
const LINE = 2;

/** The layout state of one document: a cursor moving down the paper. */
export class Page {
  readonly ops: Op[] = [];
  y = 0;
  readonly left: number;
  readonly right: number;
  labelColumn = 0;

  constructor(
    readonly width: 576 | 384,
    readonly metrics: Metrics,
  ) {
    this.left = width === 576 ? 10 : 6;
    this.right = width - this.left;
  }

  get content(): number {
    return this.right - this.left;
  }

  font(size: TextSize = 'normal', bold = false, italic = false): Font {
    return { face: bold ? 'bold' : italic ? 'italic' : 'regular', px: SIZES[this.width][size] };
  }

  lineHeight(font: Font): number {
    const e = this.metrics.extent(font);
    return Math.ceil(e.ascent + e.descent) + 3;
  }

  /** Wraps text into [x, x + w) at the cursor (or at `top`), returns the height used. */
  text(
    text: string,
    font: Font,
    x: number,
    w: number,
    align: Align = 'left',
    top = this.y,
  ): number {
    const lines = wrapText(nfc(text), w, (s) => this.metrics.width(s, font));
    const lh = this.lineHeight(font);
    const ascent = Math.ceil(this.metrics.extent(font).ascent) + 1;
    lines.forEach((line, i) => {
      const lw = this.metrics.width(line, font);
      const dx =
        align === 'center' ? Math.floor((w - lw) / 2) : align === 'right' ? Math.floor(w - lw) : 0;
      if (line)
        this.ops.push({
          t: 'text',
          x: x + Math.max(0, dx),
          baseline: top + i * lh + ascent,
          text: line,
          font,
        });
    });
    return lines.length * lh;
  }

  rect(x: number, y: number, w: number, h: number): void {
    this.ops.push({ t: 'rect', x, y, w, h });
  }

  /** A frame of LINE-dot strokes. */
  frame(x: number, y: number, w: number, h: number): void {
    this.rect(x, y, w, LINE);
    this.rect(x, y + h - LINE, w, LINE);
    this.rect(x, y, LINE, h);
    this.rect(x + w - LINE, y, LINE, h);
  }

  hline(y: number, dashed = false): void {
    if (!dashed) return this.rect(this.left, y, this.content, LINE);
    for (let x = this.left; x < this.right; x += 16)
      this.rect(x, y, Math.min(8, this.right - x), LINE);
  }

  gap(px: number): void {
    this.y += px;
  }
}

/** Lays out a whole document; copies are stacked with a dashed line and a cut between them. */
export function layoutDocument(doc: SlipDocument, width: 576 | 384, metrics: Metrics): Layout {
  const page = new Page(width, metrics);
  page.labelColumn = labelColumn(doc.blocks, page);
  const copies = doc.copies && doc.copies.length > 0 ? doc.copies : [null];
  const breaks: number[] = [];
  copies.forEach((label, i) => {
    if (i > 0) {
      page.gap(12);
      page.hline(page.y, true);
      page.gap(14);
      breaks.push(page.y - 7);
    }
    if (label)
      page.gap(page.text(label, page.font('small', false, true), page.left, page.content, 'right'));
    page.gap(4);
    for (const block of doc.blocks) layoutBlock(page, block);
  });
  page.gap(16);
  return { width, height: page.y, ops: page.ops, breaks };
}

/** The label column of "label: value" rows: the widest label, at most 40% of the paper. */
function labelColumn(blocks: Block[], page: Page): number {
  const font = page.font();
  const widest = Math.max(
    0,
    ...blocks.map((b) => (b.kind === 'row' ? page.metrics.width(`${nfc(b.label)}:`, font) : 0)),
  );
  return Math.min(Math.ceil(widest) + 14, Math.floor(page.content * 0.4));
}
