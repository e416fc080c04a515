/**
 * The registers as PDF (pdfkit, the bundled font embedded): Mẫu 07, the Sổ theo dõi hồ sơ on A4
 * landscape, and the periodic report on A4 portrait. Both carry the official heading (parent
 * agency over the unit, the motto), the period, the table, place and date, and room to sign.
 */
import { renderPdf } from '../forms/pdf';
import { nationalHeading, placeDate } from '../slips/format';
import type { Block, SignaturesBlock, SlipDocument } from '../slips/types';
import { codeParts, LOGBOOK_COLUMNS, periodWords, type Column, type LogbookTitle } from './columns';
import { periodicLines } from './periodic-lines';
import type { LogbookRow, PeriodicReport } from './types';

const SIGN_HINT = '(Ký và ghi rõ họ tên)';
const SEAL_HINT = '(Ký, ghi rõ họ tên, đóng dấu)';

function heading(t: LogbookTitle, title: string): Block[] {
  return [
    nationalHeading(t.unitName, t.parentAgency),
    { kind: 'title', text: title, subtitle: periodWords(t) },
  ];
}

function closing(t: LogbookTitle, maker: string): Block[] {
  const sign: SignaturesBlock = {
    kind: 'signatures',
    room: 6,
    blocks: [
      { title: maker, hint: SIGN_HINT, name: t.officerName || undefined },
      { title: 'THỦ TRƯỞNG CƠ QUAN', hint: SEAL_HINT, name: t.headName || undefined },
    ],
  };
  const date = t.issuedAt
    ? [
        {
          kind: 'text',
          text: placeDate(t.place, t.issuedAt),
          align: 'right',
          italic: true,
        } as const,
      ]
    : [];
  return [{ kind: 'space', lines: 0.5 }, ...date, sign];
}

/** A date cell as two lines, "hh:mm" over "dd/mm/yyyy", so the date itself never breaks; a code wraps after its agency part. */
function cell(c: Column, r: LogbookRow): string {
  const text = String(c.value(r));
  if (c.date) return text.replace(' ', '\n');
  if (c.title === 'Mã hồ sơ') return codeParts(text).filter(Boolean).join('\n');
  return text;
}

/** Mẫu 07 as a document: one table row per dossier, STT the ledger number. */
export function logbookDocument(rows: LogbookRow[], t: LogbookTitle): SlipDocument {
  return {
    kind: 'logbook',
    title: 'Sổ theo dõi hồ sơ',
    paper: 'A4',
    blocks: [
      ...heading(t, 'SỔ THEO DÕI HỒ SƠ'),
      {
        kind: 'table',
        columns: LOGBOOK_COLUMNS.map((c) => ({
          title: c.title,
          weight: c.width,
          align: c.date || c.title === 'STT' ? 'center' : 'left',
        })),
        rows: rows.map((r) => LOGBOOK_COLUMNS.map((c) => cell(c, r))),
      },
      ...closing(t, 'NGƯỜI LẬP SỔ'),
    ],
  };
}

/** The periodic report as a document: STT, indicator, figure; a heading line is the sum of its parts. */
export function periodicDocument(r: PeriodicReport, t: LogbookTitle): SlipDocument {
  return {
    kind: 'logbook',
    title: 'Báo cáo định kỳ',
    paper: 'A4',
    blocks: [
      ...heading(t, 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH'),
      {
        kind: 'table',
        columns: [
          { title: 'STT', weight: 8, align: 'center' },
          { title: 'Chỉ tiêu', weight: 50 },
          { title: 'Số hồ sơ', weight: 16, align: 'right' },
        ],
        rows: periodicLines(r).map(([no, label, n]) => [no, label, String(n)]),
      },
      ...closing(t, 'NGƯỜI LẬP BIỂU'),
    ],
  };
}

/** Mẫu 07 on A4 landscape, as many sheets as the rows need (column titles repeated). */
export function logbookPdf(rows: LogbookRow[], t: LogbookTitle) {
  return renderPdf(logbookDocument(rows, t), { paper: 'A4L', baseSize: 8, fit: false });
}

/** The periodic report on A4 portrait. */
export function periodicPdf(r: PeriodicReport, t: LogbookTitle) {
  return renderPdf(periodicDocument(r, t), { paper: 'A4', baseSize: 11, fit: false });
}
