/**
 * The HTML renderer: the same SlipDocument as a self-contained page (fonts embedded, QR as SVG,
 * no external resource) that prints on A5/A4 from any browser and shows the office's forms.
 */
import type { Block, SlipDocument } from '../slips/types';
import { nfc } from '../text/normalize';
import { fontBase64, type FontFace } from './fonts';
import { qrSvg } from './qr';

export type HtmlPaper = 'thermal' | 'A5' | 'A4';

const esc = (s: string) =>
  nfc(s).replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const PAGE: Record<HtmlPaper, string> = {
  thermal: '@page { size: 80mm auto; margin: 2mm 4mm; } body { width: 72mm; font-size: 9.5pt; }',
  A5: '@page { size: A5 portrait; margin: 12mm 12mm 12mm 15mm; } body { font-size: 10.5pt; }',
  A4: '@page { size: A4 portrait; margin: 20mm 15mm 20mm 25mm; } body { font-size: 12pt; }',
};

const CSS = `
* { box-sizing: border-box; }
@media screen { body { padding: 6mm; } }
body { font-family: 'MotCua Sans', sans-serif; font-weight: 500; margin: 0 auto; color: #000; line-height: 1.35; max-width: 180mm; }
.copy { break-after: page; padding: 2mm 0; } .copy:last-child { break-after: auto; }
.copy-label { text-align: right; font-style: italic; font-size: .85em; }
p { margin: .15em 0; overflow-wrap: anywhere; }
.small { font-size: .85em; } .large { font-size: 1.25em; } .huge { font-size: 3.2em; line-height: 1.1; }
.bold { font-weight: 700; } .italic { font-style: italic; }
.left { text-align: left; } .center { text-align: center; } .right { text-align: right; }
h1 { font-size: 1.25em; text-align: center; margin: .6em 0 .4em; }
.heading { display: grid; grid-template-columns: 42% 58%; gap: 2mm; text-align: center; font-weight: 700; font-size: .9em; margin-bottom: .5em; }
.heading div > p:last-child { display: inline-block; border-bottom: 1.5px solid #000; padding-bottom: 1px; }
.row { display: grid; grid-template-columns: 38% 62%; margin: .1em 0; } .row span { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: .3em 0; font-size: .9em; }
th, td { border: 1px solid #000; padding: .15em .35em; vertical-align: top; overflow-wrap: anywhere; }
ul { list-style: none; padding: 0; margin: .2em 0; } li { position: relative; padding-left: 1.6em; margin: .2em 0; }
ul.box li::before { content: ''; position: absolute; left: .1em; top: .25em; width: .8em; height: .8em; border: 1.5px solid #000; }
ul.bullet li::before { content: '•'; position: absolute; left: .3em; } ol { margin: .2em 0; padding-left: 1.6em; }
.qr { text-align: center; margin: .4em 0; } .qr p { font-style: italic; font-size: .85em; }
.note { border: 1.5px solid #000; padding: .4em .6em; font-style: italic; font-size: .9em; margin: .4em 0; overflow-wrap: anywhere; }
.signatures { display: flex; justify-content: space-around; text-align: center; margin-top: .6em; }
.signatures > div { flex: 1; } .signatures .space { height: 5em; }
.signatures.single { justify-content: flex-end; } .signatures.single > div { flex: 0 0 50%; }
hr { border: 0; border-top: 1.5px solid #000; margin: .4em 0; } hr.dashed { border-top-style: dashed; }
`;

function fontFaces(): string {
  const face = (f: FontFace, weight: number, style: string) =>
    `@font-face { font-family: 'MotCua Sans'; font-weight: ${weight}; font-style: ${style}; src: url(data:font/ttf;base64,${fontBase64(f)}) format('truetype'); }`;
  return [
    face('regular', 500, 'normal'),
    face('bold', 700, 'normal'),
    face('italic', 500, 'italic'),
  ].join('\n');
}

/** A whole self-contained HTML page for the paper; `embedFonts: false` trims 0.5 MB for screen previews. */
export function renderHtml(
  doc: SlipDocument,
  paper: HtmlPaper,
  opts: { embedFonts?: boolean } = {},
): string {
  const copies = doc.copies && doc.copies.length > 0 ? doc.copies : [null];
  const body = copies
    .map(
      (label) =>
        `<section class="copy">${label ? `<div class="copy-label">${esc(label)}</div>` : ''}${doc.blocks.map(blockHtml).join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${esc(doc.title)}</title>
<style>${opts.embedFonts === false ? '' : fontFaces()}${PAGE[paper]}${CSS}</style></head>
<body>${body}</body></html>`;
}

const lines = (xs: string[]) => xs.map((x) => `<p>${esc(x)}</p>`).join('');

/** One block as HTML. */
function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'text':
      return `<p class="${[b.size ?? '', b.bold ? 'bold' : '', b.italic ? 'italic' : '', b.align ?? ''].join(' ').trim()}">${esc(b.text)}</p>`;
    case 'title':
      return `<h1>${esc(b.text)}</h1>${b.subtitle ? `<p class="center italic">${esc(b.subtitle)}</p>` : ''}`;
    case 'heading':
      return `<div class="heading"><div>${lines(b.left)}</div><div>${lines(b.right)}</div></div>`;
    case 'row':
      return `<div class="row"><span>${esc(b.label)}:</span><span class="${[b.bold ? 'bold' : '', b.size ?? ''].join(' ').trim()}">${esc(b.value)}</span></div>`;
    case 'table': {
      const total = b.columns.reduce((sum, c) => sum + c.weight, 0);
      const head = b.columns
        .map(
          (c) =>
            `<th style="width:${Math.round((1000 * c.weight) / total) / 10}%">${esc(c.title)}</th>`,
        )
        .join('');
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((cell, i) => `<td class="${b.columns[i]?.align ?? 'left'}">${esc(cell)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'list': {
      const items = b.items.map((i) => `<li>${esc(i)}</li>`).join('');
      return b.marker === 'number' ? `<ol>${items}</ol>` : `<ul class="${b.marker}">${items}</ul>`;
    }
    case 'qr':
      return `<div class="qr">${qrSvg(nfc(b.payload), 28)}${b.caption ? `<p>${esc(b.caption)}</p>` : ''}</div>`;
    case 'note':
      return `<div class="note">${esc(b.text)}</div>`;
    case 'signatures': {
      const cols = b.blocks.map(
        (s) =>
          `<div><p class="bold">${esc(s.title)}</p>${s.hint ? `<p class="italic small">${esc(s.hint)}</p>` : ''}<div class="space"></div>${s.name ? `<p class="bold">${esc(s.name)}</p>` : ''}</div>`,
      );
      return `<div class="signatures${b.blocks.length === 1 ? ' single' : ''}">${cols.join('')}</div>`;
    }
    case 'rule':
      return `<hr${b.dashed ? ' class="dashed"' : ''}>`;
    case 'space':
      return `<div style="height:${1.35 * (b.lines ?? 1)}em"></div>`;
  }
}
