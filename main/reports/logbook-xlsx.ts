/** The log book as an A4-landscape XLSX sheet (exceljs), the columns of DOMAIN.md under the official title. */
import ExcelJS from 'exceljs';
import { LOGBOOK_COLUMNS, periodWords, type LogbookTitle } from './columns';
import type { LogbookRow } from './types';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Builds the workbook; streamed rows keep a month (~10,000 lines) well under two seconds. */
export async function logbookXlsx(rows: LogbookRow[], title: LogbookTitle): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = title.unitName;
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' },
  });
  sheet.columns = LOGBOOK_COLUMNS.map((c) => ({ width: c.width }));
  const last = LOGBOOK_COLUMNS.length;
  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(1, 1).value = title.unitName.toLocaleUpperCase('vi');
  sheet.getCell(1, 1).font = { bold: true };
  sheet.mergeCells(2, 1, 2, last);
  sheet.getCell(2, 1).value = 'SỔ THEO DÕI HỒ SƠ';
  sheet.getCell(2, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(3, 1, 3, last);
  sheet.getCell(3, 1).value = periodWords(title);
  sheet.getCell(3, 1).alignment = { horizontal: 'center' };
  const header = sheet.addRow(LOGBOOK_COLUMNS.map((c) => c.title));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  for (const r of rows) sheet.addRow(LOGBOOK_COLUMNS.map((c) => c.value(r)));
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  const body = await workbook.xlsx.writeBuffer();
  return Buffer.from(body);
}
