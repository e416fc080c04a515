/** The log book's A4 print view: one self-contained HTML page, landscape, the header repeated on every sheet. */
import { LOGBOOK_COLUMNS, periodWords, type LogbookTitle } from './columns';
import type { LogbookRow } from './types';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML: every value in the log book came from a citizen or an officer. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c]);
}

const STYLE = `@page { size: A4 landscape; margin: 10mm; }
body { font-family: 'Be Vietnam Pro', 'Noto Sans', Arial, sans-serif; font-size: 9pt; }
h1 { text-align: center; font-size: 14pt; margin: 4mm 0 1mm; } p.period { text-align: center; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; } thead { display: table-header-group; }
th, td { border: 1px solid #000; padding: 1mm; vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: bold; text-align: center; } tr { page-break-inside: avoid; }`;

/** Renders the page; column widths follow the XLSX widths so both look alike. */
export function logbookHtml(rows: LogbookRow[], title: LogbookTitle): string {
  const total = LOGBOOK_COLUMNS.reduce((s, c) => s + c.width, 0);
  const cols = LOGBOOK_COLUMNS.map(
    (c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`,
  ).join('');
  const head = LOGBOOK_COLUMNS.map((c) => `<th>${escapeHtml(c.title)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${LOGBOOK_COLUMNS.map((c) => `<td>${escapeHtml(String(c.value(r)))}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Sổ theo dõi hồ sơ</title><style>${STYLE}</style></head>
<body><div><strong>${escapeHtml(title.unitName.toLocaleUpperCase('vi'))}</strong></div>
<h1>SỔ THEO DÕI HỒ SƠ</h1><p class="period">${escapeHtml(periodWords(title))}</p>
<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>`;
}
