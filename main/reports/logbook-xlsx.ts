/** The log book as an A4-landscape XLSX sheet (exceljs), the columns of DOMAIN.md under the official title. */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { LOGBOOK_COLUMNS, periodWords, type Column, type LogbookTitle } from './columns';
import type { LogbookRow } from './types';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const PLAIN: Partial<ExcelJS.Style> = {};
/** Excel has no time zones: a date cell holds the wall-clock time in Vietnam. */
export const VN_DATE_FORMAT = 'dd/mm/yyyy hh:mm';
const DATE: Partial<ExcelJS.Style> = { numFmt: VN_DATE_FORMAT };

/** "2026-12-07T09:00:00+07:00" → the Date whose UTC fields read 07/12/2026 09:00 (Excel's serial). */
const excelDate = (iso: string) => new Date(`${iso.slice(0, 19)}Z`);

/** A cell's value: a real date for date columns, nothing for a blank. */
function cellValue(c: Column, r: LogbookRow): string | number | Date | undefined {
  if (c.date) {
    const iso = c.date(r);
    return iso ? excelDate(iso) : undefined;
  }
  const v = c.value(r);
  return v === '' ? undefined : v;
}

type Sheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

/** The three title lines and the header row, repeated on every printed page. */
function writeHeading(sheet: Sheet, title: LogbookTitle): void {
  const last = LOGBOOK_COLUMNS.length;
  const line = (text: string, font: Partial<ExcelJS.Font>, center: boolean) => {
    const row = sheet.addRow([text]);
    row.getCell(1).font = font;
    if (center) row.getCell(1).alignment = { horizontal: 'center' };
    sheet.mergeCells(row.number, 1, row.number, last);
    row.commit();
  };
  line(title.unitName.toLocaleUpperCase('vi'), { bold: true }, false);
  line('SỔ THEO DÕI HỒ SƠ', { bold: true, size: 14 }, true);
  line(periodWords(title), {}, true);
  const header = sheet.addRow(LOGBOOK_COLUMNS.map((c) => c.title));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  header.commit();
}

/**
 * Builds the workbook with exceljs's streaming writer: rows are written as they come instead of
 * being kept as a model, which keeps a month (~10,000 lines) well under two seconds.
 */
export async function logbookXlsx(rows: LogbookRow[], title: LogbookTitle): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Loaded on first export: exceljs takes ~0.4 s to load, which the hub's start should not pay.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = title.unitName;
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    },
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  sheet.columns = LOGBOOK_COLUMNS.map((c) => ({ width: c.width }));
  writeHeading(sheet, title);
  // Empty values stay out of the sheet (no cell is made for them), and data cells share two style
  // objects (plain, date), which exceljs resolves once instead of once per cell.
  for (const r of rows) {
    const row = sheet.addRow(LOGBOOK_COLUMNS.map((c) => cellValue(c, r)));
    row.eachCell((cell, col) => {
      cell.style = LOGBOOK_COLUMNS[col - 1].date ? DATE : PLAIN;
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
