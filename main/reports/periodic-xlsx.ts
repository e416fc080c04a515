/** The periodic report as an XLSX sheet in the layout of a unit's report on administrative procedures. */
import type ExcelJS from 'exceljs';
import { periodWords } from './columns';
import { periodicLines } from './periodic-lines';
import type { PeriodicReport } from './types';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Builds the A4-portrait workbook: unit, title, period, then one bordered line per indicator. */
export async function periodicXlsx(
  r: PeriodicReport,
  title: { unitName: string; from: string; to: string },
): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  book.creator = title.unitName;
  const sheet = book.addWorksheet('Báo cáo định kỳ', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 },
  });
  sheet.columns = [{ width: 8 }, { width: 50 }, { width: 16 }];
  const line = (text: string, font: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow([text]);
    row.getCell(1).font = font;
    row.getCell(1).alignment = { horizontal: 'center' };
    sheet.mergeCells(row.number, 1, row.number, 3);
  };
  line(title.unitName.toLocaleUpperCase('vi'), { bold: true });
  line('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH', { bold: true, size: 14 });
  line(periodWords(title), {});
  const header = sheet.addRow(['STT', 'Chỉ tiêu', 'Số hồ sơ']);
  header.font = { bold: true };
  for (const [no, label, n] of periodicLines(r)) {
    const row = sheet.addRow([no, label, n]);
    if (!no.includes('.')) row.font = { bold: true };
  }
  for (let i = header.number; i <= sheet.rowCount; i += 1)
    sheet.getRow(i).eachCell((cell) => {
      cell.border = BORDER;
    });
  return Buffer.from(await book.xlsx.writeBuffer());
}
