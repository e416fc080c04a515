/** The log book's A4 print view: one self-contained HTML page, landscape, the header repeated on every sheet. */
import { nationalHeading, placeDate } from '../slips/format';
import { codeParts, LOGBOOK_COLUMNS, periodWords, type Column, type LogbookTitle } from './columns';
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
th { font-weight: bold; text-align: center; font-size: 7.5pt; overflow-wrap: normal; padding: 1mm 0.5mm; } tr { page-break-inside: avoid; }
td.date { text-align: center; font-size: 8pt; overflow-wrap: normal; } .nw { white-space: nowrap; }
.head { display: flex; justify-content: space-between; text-align: center; font-weight: bold; }
.head > div { width: 45%; } .head .parent, .head .country { font-weight: normal; } .head div div:last-child { text-decoration: underline; }
.place { text-align: right; font-style: italic; margin: 4mm 0 1mm; }
.sign { display: flex; justify-content: space-around; text-align: center; page-break-inside: avoid; }
.sign .hint { font-style: italic; font-size: 8pt; } .sign .room { height: 25mm; }`;

const SIGN_HINT = '(Ký và ghi rõ họ tên)';
const SEAL_HINT = '(Ký, ghi rõ họ tên, đóng dấu)';

/** A cell: a date never breaks inside ("hh:mm" / "dd/mm/yyyy"), a code wraps only after its agency part. */
function cell(c: Column, r: LogbookRow): string {
  const text = String(c.value(r));
  if (c.date)
    return `<td class="date">${text
      .split(' ')
      .filter(Boolean)
      .map((t) => `<span class="nw">${escapeHtml(t)}</span>`)
      .join(' ')}</td>`;
  if (c.title === 'Mã hồ sơ')
    return `<td>${codeParts(text)
      .map((t) => `<span class="nw">${escapeHtml(t)}</span>`)
      .join('<wbr>')}</td>`;
  return `<td>${escapeHtml(text)}</td>`;
}

/** The official heading (parent agency over the unit, the motto) as two centred columns. */
function heading(t: LogbookTitle): string {
  const h = nationalHeading(t.unitName, t.parentAgency);
  const col = (lines: string[], first: string) =>
    `<div>${lines.map((l, i) => `<div${i === 0 && lines.length > 1 ? ` class="${first}"` : ''}>${escapeHtml(l)}</div>`).join('')}</div>`;
  return `<div class="head">${col(h.left, 'parent')}${col(h.right, 'country')}</div>`;
}

/** Place and date, then the maker and the head of the agency with room to sign. */
function signatures(t: LogbookTitle): string {
  const who = (title: string, hint: string, name?: string) =>
    `<div><strong>${title}</strong><div class="hint">${hint}</div><div class="room"></div><strong>${escapeHtml(name ?? '')}</strong></div>`;
  const date = t.issuedAt
    ? `<p class="place">${escapeHtml(placeDate(t.place, t.issuedAt))}</p>`
    : '';
  return `<div class="sign-all" style="page-break-inside: avoid">${date}<div class="sign">${who('NGƯỜI LẬP SỔ', SIGN_HINT, t.officerName)}${who('THỦ TRƯỞNG CƠ QUAN', SEAL_HINT, t.headName || undefined)}</div></div>`;
}

/** Renders the page; column widths follow the XLSX widths so both look alike. */
export function logbookHtml(rows: LogbookRow[], title: LogbookTitle): string {
  const total = LOGBOOK_COLUMNS.reduce((s, c) => s + c.width, 0);
  const cols = LOGBOOK_COLUMNS.map(
    (c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`,
  ).join('');
  const head = LOGBOOK_COLUMNS.map((c) => `<th>${escapeHtml(c.title)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${LOGBOOK_COLUMNS.map((c) => cell(c, r)).join('')}</tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Sổ theo dõi hồ sơ</title><style>${STYLE}</style></head>
<body>${heading(title)}
<h1>SỔ THEO DÕI HỒ SƠ</h1><p class="period">${escapeHtml(periodWords(title))}</p>
<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
${signatures(title)}</body></html>`;
}
