/**
 * A printable document (the same block model as the slips) drawn as a PDF with pdfkit, the
 * bundled Be Vietnam Pro faces embedded so the text extracts as Unicode. Each copy label
 * ("Liên 1: Lưu", …) gets exactly one sheet: the type shrinks until every copy fits its page.
 */
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { FONT_FILES, fontDir, type FontFace } from '../printing/fonts';
import type { Block, SlipDocument } from '../slips/types';

type Pdf = InstanceType<typeof PDFDocument>;
/** A5 portrait, A4 landscape (the log book), in points. */
const SIZES = { A5: [419.53, 595.28], A4: [595.28, 841.89], A4L: [841.89, 595.28] } as const;
export type Paper = keyof typeof SIZES;
const MARGIN = 28;
const FACES: FontFace[] = ['regular', 'bold', 'italic'];
const SCALES = [1, 0.92, 0.85, 0.78, 0.72, 0.66];

interface Ctx {
  pdf: Pdf;
  size: number;
  qr: Map<string, Buffer>;
}

function open(paper: Paper, title: string): Pdf {
  const pdf = new PDFDocument({
    size: [...SIZES[paper]],
    margin: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: title, Producer: 'Một cửa' },
  });
  for (const f of FACES) pdf.registerFont(f, path.join(fontDir(), FONT_FILES[f].file));
  return pdf;
}

const face = (b: { bold?: boolean; italic?: boolean }): FontFace =>
  b.bold ? 'bold' : b.italic ? 'italic' : 'regular';
const SIZE_FACTOR = { small: 0.85, normal: 1, large: 1.25, huge: 1.8 } as const;

function width(c: Ctx): number {
  return c.pdf.page.width - 2 * MARGIN;
}

/**
 * Where the rule under a heading column's last line runs (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * under the motto a solid line as long as the motto; under the unit's name half its length; both
 * centred on the line of text (never wider than the column).
 */
export function headingRule(
  x: number,
  columnWidth: number,
  textWidth: number,
  motto: boolean,
): [number, number] {
  const text = Math.min(textWidth, columnWidth);
  const length = motto ? text : text / 2;
  const mid = x + columnWidth / 2;
  return [mid - length / 2, mid + length / 2];
}

function heading(c: Ctx, left: string[], right: string[]): void {
  const { pdf } = c;
  const w = width(c);
  const top = pdf.y;
  const col = (lines: string[], x: number, cw: number, motto: boolean) => {
    pdf.y = top;
    lines.forEach((l, i) => {
      pdf.font(i === 0 && lines.length > 1 ? 'regular' : 'bold').fontSize(c.size * 0.9);
      pdf.text(l, x, pdf.y, { width: cw, align: 'center' });
    });
    // The font is still the last line's: its width sets the rule's.
    const [x0, x1] = headingRule(x, cw, pdf.widthOfString(lines.at(-1) ?? ''), motto);
    pdf
      .moveTo(x0, pdf.y + 1)
      .lineTo(x1, pdf.y + 1)
      .lineWidth(0.5)
      .stroke();
    return pdf.y;
  };
  const a = col(left, MARGIN, w * 0.42, false);
  const b = col(right, MARGIN + w * 0.42, w * 0.58, true);
  pdf.x = MARGIN;
  pdf.y = Math.max(a, b) + c.size * 0.9;
}

function table(c: Ctx, b: Extract<Block, { kind: 'table' }>): void {
  const { pdf } = c;
  const total = b.columns.reduce((s, col) => s + col.weight, 0);
  const ws = b.columns.map((col) => (width(c) * col.weight) / total);
  const fs = c.size * 0.9;
  const head = b.columns.map((col) => col.title);
  const row = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(fs);
    const h =
      Math.max(...cells.map((t, i) => pdf.heightOfString(t || ' ', { width: ws[i] - 4 }))) + 4;
    // A row never straddles two sheets: it moves to a new one, under the repeated column titles.
    if (!bold && pdf.y + h > pdf.page.height - MARGIN) {
      pdf.addPage();
      pdf.y = MARGIN;
      row(head, true);
      pdf.font('regular').fontSize(fs);
    }
    let x = MARGIN;
    const y = pdf.y;
    cells.forEach((t, i) => {
      pdf.rect(x, y, ws[i], h).lineWidth(0.5).stroke();
      pdf.text(t, x + 2, y + 2, { width: ws[i] - 4, align: b.columns[i].align ?? 'left' });
      x += ws[i];
    });
    pdf.x = MARGIN;
    pdf.y = y + h;
  };
  row(head, true);
  for (const r of b.rows) row(r, false);
  pdf.moveDown(0.3);
}

function signatures(c: Ctx, b: Extract<Block, { kind: 'signatures' }>): void {
  const { pdf } = c;
  const w = width(c) / b.blocks.length;
  // The titles, the hints and the room to sign stay together on one sheet.
  const room = c.size * (b.room ?? 3.2);
  if (pdf.y + room + c.size * 4 > pdf.page.height - MARGIN) {
    pdf.addPage();
    pdf.y = MARGIN;
  }
  const top = pdf.y + 2;
  let bottom = top;
  b.blocks.forEach((s, i) => {
    const x = MARGIN + i * w;
    pdf
      .font('bold')
      .fontSize(c.size * 0.9)
      .text(s.title, x, top, { width: w, align: 'center' });
    if (s.hint)
      pdf
        .font('italic')
        .fontSize(c.size * 0.8)
        .text(s.hint, x, pdf.y, { width: w, align: 'center' });
    pdf.y += room;
    if (s.name)
      pdf
        .font('bold')
        .fontSize(c.size * 0.9)
        .text(s.name, x, pdf.y, { width: w, align: 'center' });
    bottom = Math.max(bottom, pdf.y);
  });
  pdf.x = MARGIN;
  pdf.y = bottom + c.size * 0.4;
}

function block(c: Ctx, b: Block): void {
  const { pdf } = c;
  const opts = { width: width(c) };
  switch (b.kind) {
    case 'heading':
      return heading(c, b.left, b.right);
    case 'title':
      pdf
        .moveDown(0.3)
        .font('bold')
        .fontSize(c.size * 1.2)
        .text(b.text, MARGIN, pdf.y, { ...opts, align: 'center' });
      if (b.subtitle)
        pdf
          .font('italic')
          .fontSize(c.size)
          .text(b.subtitle, { ...opts, align: 'center' });
      pdf.moveDown(0.3);
      return;
    case 'text':
      pdf.font(face(b)).fontSize(c.size * SIZE_FACTOR[b.size ?? 'normal']);
      pdf.text(b.text, MARGIN, pdf.y, { ...opts, align: b.align ?? 'left' });
      return;
    case 'row':
      pdf.font('regular').fontSize(c.size * SIZE_FACTOR[b.size ?? 'normal']);
      pdf.text(`${b.label}: `, MARGIN, pdf.y, { ...opts, continued: true });
      pdf.font(b.bold ? 'bold' : 'regular').text(b.value || ' ');
      return;
    case 'table':
      return table(c, b);
    case 'list':
      pdf.font('regular').fontSize(c.size);
      b.items.forEach((item, i) => {
        const mark = b.marker === 'box' ? '☐' : b.marker === 'number' ? `${i + 1}.` : '•';
        pdf.text(`${mark} ${item}`, MARGIN, pdf.y, opts);
      });
      return;
    case 'note':
      pdf
        .font('italic')
        .fontSize(c.size * 0.9)
        .text(b.text, MARGIN, pdf.y, opts);
      return;
    case 'signatures':
      return signatures(c, b);
    case 'rule':
      pdf
        .moveTo(MARGIN, pdf.y + 2)
        .lineTo(MARGIN + width(c), pdf.y + 2)
        .lineWidth(0.5)
        .stroke();
      pdf.y += 5;
      return;
    case 'space':
      pdf.moveDown(b.lines ?? 1);
      return;
    case 'qr': {
      const png = c.qr.get(b.payload);
      const side = c.size * 5;
      if (png) pdf.image(png, MARGIN + width(c) - side, pdf.y, { width: side, height: side });
      if (b.caption)
        pdf
          .font('italic')
          .fontSize(c.size * 0.75)
          .text(b.caption, MARGIN, pdf.y + side / 2, {
            width: width(c) - side - 6,
            align: 'right',
          });
      pdf.y += side * 0.55;
      return;
    }
  }
}

/** Draws the document at one type size; the number of pages shows whether each copy fit its sheet. */
function draw(doc: SlipDocument, paper: Paper, size: number, qr: Map<string, Buffer>) {
  const pdf = open(paper, doc.title);
  const c: Ctx = { pdf, size, qr };
  for (const label of doc.copies ?? ['']) {
    pdf.addPage();
    if (label)
      pdf
        .font('italic')
        .fontSize(size * 0.8)
        .text(label, MARGIN, MARGIN - 14, { width: width(c), align: 'right' });
    pdf.x = MARGIN;
    pdf.y = MARGIN;
    for (const b of doc.blocks) block(c, b);
  }
  return pdf;
}

/** The finished PDF bytes and its page count: one page per copy label. */
export async function renderPdf(
  doc: SlipDocument,
  opts: { paper?: Paper; baseSize?: number; fit?: boolean } = {},
): Promise<{ pdf: Buffer; pages: number }> {
  const paper = opts.paper ?? (doc.paper === 'A4' ? 'A4' : 'A5');
  const qr = new Map<string, Buffer>();
  for (const b of doc.blocks)
    if (b.kind === 'qr')
      qr.set(b.payload, await QRCode.toBuffer(b.payload, { margin: 1, scale: 4 }));
  const copies = (doc.copies ?? ['']).length;
  const base = opts.baseSize ?? 9.5;
  let pdf = draw(doc, paper, base, qr);
  // A form shrinks to one sheet per copy; a register (fit: false) runs over as many sheets as it needs.
  for (const scale of opts.fit === false ? [] : SCALES.slice(1)) {
    if (pdf.bufferedPageRange().count <= copies) break;
    pdf = draw(doc, paper, base * scale, qr);
  }
  const pages = pdf.bufferedPageRange().count;
  const chunks: Buffer[] = [];
  pdf.on('data', (d: Buffer) => chunks.push(d));
  const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  pdf.end();
  await done;
  return { pdf: Buffer.concat(chunks), pages };
}
