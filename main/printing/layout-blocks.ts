/** How each kind of block sits on the paper; all sizes derive from the paper width. */
import { nfc } from '../text/normalize';
import type {
  Block,
  HeadingBlock,
  ListBlock,
  NoteBlock,
  QrBlock,
  RowBlock,
  SignaturesBlock,
  TableBlock,
} from '../slips/types';
import type { Page } from './layout';
import { qrMatrix } from './qr';

const LINE = 2;

/** Appends one block at the page's cursor and moves the cursor below it. */
export function layoutBlock(page: Page, block: Block): void {
  switch (block.kind) {
    case 'text':
      page.gap(
        page.text(
          block.text,
          page.font(block.size, block.bold, block.italic),
          page.left,
          page.content,
          block.align,
        ),
      );
      break;
    case 'title':
      page.gap(8);
      page.gap(page.text(block.text, page.font('large', true), page.left, page.content, 'center'));
      if (block.subtitle)
        page.gap(
          page.text(
            block.subtitle,
            page.font('normal', false, true),
            page.left,
            page.content,
            'center',
          ),
        );
      page.gap(8);
      break;
    case 'heading':
      return heading(page, block);
    case 'row':
      return row(page, block);
    case 'table':
      return table(page, block);
    case 'list':
      return list(page, block);
    case 'qr':
      return qr(page, block);
    case 'note':
      return note(page, block);
    case 'signatures':
      return signatures(page, block);
    case 'rule':
      page.gap(6);
      page.hline(page.y, block.dashed);
      page.gap(6 + LINE);
      break;
    case 'space':
      page.gap((block.lines ?? 1) * page.lineHeight(page.font()));
      break;
  }
}

/** Two columns on 80 mm; stacked (unit first) on 58 mm, where the motto would not fit beside it. */
function heading(page: Page, b: HeadingBlock): void {
  const font = page.font('small', true);
  const column = (lines: string[], x: number, w: number, top: number) => {
    let h = 0;
    for (const line of lines) h += page.text(line, font, x, w, 'center', top + h);
    page.rect(x + Math.floor(w * 0.3), top + h + 3, Math.floor(w * 0.4), LINE);
    return h + 8;
  };
  if (page.width < 576) {
    page.gap(column(b.left, page.left, page.content, page.y));
    page.gap(column(b.right, page.left, page.content, page.y) + 6);
    return;
  }
  const leftW = Math.floor(page.content * 0.42);
  const hl = column(b.left, page.left, leftW, page.y);
  const hr = column(b.right, page.left + leftW + 8, page.content - leftW - 8, page.y);
  page.gap(Math.max(hl, hr) + 8);
}

function row(page: Page, b: RowBlock): void {
  const labelFont = page.font();
  const valueFont = page.font(b.size, b.bold);
  const col = page.labelColumn || Math.floor(page.content * 0.4);
  const top = page.y;
  const hl = page.text(`${b.label}:`, labelFont, page.left, col - 12, 'left', top);
  const hv = page.text(b.value || '…', valueFont, page.left + col, page.content - col, 'left', top);
  page.gap(Math.max(hl, hv) + 2);
}

function table(page: Page, b: TableBlock): void {
  const total = b.columns.reduce((s, c) => s + c.weight, 0);
  const widths = b.columns.map((c) => Math.floor((page.content * c.weight) / total));
  widths[widths.length - 1] += page.content - widths.reduce((s, w) => s + w, 0);
  const xs = widths.map((_, i) => page.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const rowsOut = [b.columns.map((c) => c.title), ...b.rows];
  page.gap(2);
  page.hline(page.y);
  rowsOut.forEach((cells, r) => {
    const font = page.font('small', r === 0);
    const top = page.y + LINE + 3;
    const heights = cells.map((cell, i) =>
      page.text(
        cell,
        font,
        xs[i] + 5,
        widths[i] - 10,
        r === 0 ? 'center' : (b.columns[i]?.align ?? 'left'),
        top,
      ),
    );
    const h = Math.max(...heights) + LINE + 6;
    xs.forEach((x) => page.rect(x, page.y, LINE, h));
    page.rect(page.right - LINE, page.y, LINE, h);
    page.gap(h);
    page.hline(page.y);
  });
  page.gap(LINE + 6);
}

function list(page: Page, b: ListBlock): void {
  const font = page.font();
  const indent = Math.round(font.px * 1.6);
  b.items.forEach((item, i) => {
    const top = page.y;
    if (b.marker === 'box') {
      const s = Math.round(font.px * 0.75);
      page.frame(page.left + 2, top + Math.round(font.px * 0.3), s, s);
    } else {
      page.text(b.marker === 'number' ? `${i + 1}.` : '•', font, page.left, indent, 'left', top);
    }
    page.gap(page.text(item, font, page.left + indent, page.content - indent, 'left', top) + 4);
  });
}

function qr(page: Page, b: QrBlock): void {
  const m = qrMatrix(nfc(b.payload));
  const target = page.width === 576 ? 230 : 180;
  const scale = Math.max(3, Math.floor(target / (m.size + 8)));
  const side = m.size * scale;
  page.gap(scale * 4);
  page.ops.push({
    t: 'qr',
    x: page.left + Math.floor((page.content - side) / 2),
    y: page.y,
    scale,
    qr: m,
  });
  page.gap(side + scale * 4);
  if (b.caption)
    page.gap(
      page.text(b.caption, page.font('small', false, true), page.left, page.content, 'center') + 4,
    );
}

function note(page: Page, b: NoteBlock): void {
  const pad = 10;
  const top = page.y + 4;
  const h = page.text(
    b.text,
    page.font('small', false, true),
    page.left + pad,
    page.content - 2 * pad,
    'left',
    top + pad,
  );
  page.frame(page.left, top, page.content, h + 2 * pad);
  page.gap(h + 2 * pad + 10);
}

function signatures(page: Page, b: SignaturesBlock): void {
  const n = Math.max(1, b.blocks.length);
  const w = Math.floor(page.content / n);
  const top = page.y + 6;
  const heights = b.blocks.map((s, i) => {
    const x = page.left + i * w;
    const cx = i === 0 && n === 1 ? page.left + Math.floor(page.content / 2) : x;
    const cw = n === 1 ? Math.floor(page.content / 2) : w - 8;
    let h = page.text(s.title, page.font('small', true), cx, cw, 'center', top);
    if (s.hint) h += page.text(s.hint, page.font('small', false, true), cx, cw, 'center', top + h);
    h += 3 * page.lineHeight(page.font());
    if (s.name) h += page.text(s.name, page.font('normal', true), cx, cw, 'center', top + h);
    return h;
  });
  page.gap(Math.max(0, ...heights) + 14);
}
