/** The reconciliation sheet: transfers per day with the purpose text the bank's statement shows. */
import type { Db } from '../db/database';
import { toPeriod } from '../reports/range';
import { toVnIso, vnDate } from '../calendar/vn-time';
import type { FeePayment, PaymentsDay, PaymentsReport } from './types';
import { statement } from '../db/statements';

interface Row {
  dossier: string;
  procedure_name: string;
  amount: number;
  purpose: string;
  reference: string;
  paid_at: string;
  source: 'officer' | 'statement';
  recorded_by: string;
}

/** Transfers in a period, oldest first, with a line per day. */
export function paymentsReport(db: Db, from: string, to: string): PaymentsReport {
  const period = toPeriod(from, to);
  const rows = statement<[string, string], Row>(
    db,
    `SELECT p.dossier, d.procedure_name, p.amount, p.purpose, p.reference, p.paid_at, p.source, p.recorded_by
       FROM fee_payments p JOIN dossiers d ON d.code = p.dossier
       WHERE p.paid_at >= ? AND p.paid_at < ? ORDER BY p.paid_at, p.id`,
  ).all(period.start, period.end);
  const payments: FeePayment[] = rows.map((r) => ({
    code: r.dossier,
    procedureName: r.procedure_name,
    amount: r.amount,
    purpose: r.purpose,
    reference: r.reference,
    paidAt: toVnIso(new Date(r.paid_at)),
    source: r.source,
    recordedBy: r.recorded_by,
  }));
  const days = new Map<string, PaymentsDay>();
  for (const r of rows) {
    const date = vnDate(new Date(r.paid_at));
    const day = days.get(date) ?? { date, count: 0, total: 0 };
    day.count += 1;
    day.total += r.amount;
    days.set(date, day);
  }
  return {
    from: period.from,
    to: period.to,
    days: [...days.values()],
    payments,
    total: payments.reduce((sum, p) => sum + p.amount, 0),
  };
}

/** The same report as an XLSX workbook: one sheet of transfers, one of daily totals. */
export async function paymentsXlsx(report: PaymentsReport, unitName: string): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  book.creator = unitName;
  const sheet = book.addWorksheet('Đối soát chuyển khoản');
  sheet.addRow([unitName.toLocaleUpperCase('vi')]).font = { bold: true };
  sheet.addRow([
    `BẢNG ĐỐI SOÁT LỆ PHÍ CHUYỂN KHOẢN từ ${report.from.slice(0, 10)} đến ${report.to.slice(0, 10)}`,
  ]).font = { bold: true };
  const header = sheet.addRow([
    'STT',
    'Ngày',
    'Mã hồ sơ',
    'Thủ tục',
    'Số tiền (đồng)',
    'Nội dung chuyển khoản',
    'Mã giao dịch',
    'Nguồn',
    'Người ghi nhận',
  ]);
  header.font = { bold: true };
  report.payments.forEach((p, i) =>
    sheet.addRow([
      i + 1,
      p.paidAt.slice(0, 10),
      p.code,
      p.procedureName,
      p.amount,
      p.purpose,
      p.reference,
      p.source === 'officer' ? 'Cán bộ xác nhận' : 'Sao kê ngân hàng',
      p.recordedBy,
    ]),
  );
  sheet.addRow(['', '', '', 'Tổng cộng', report.total]).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = [6, 12, 28, 40, 16, 48, 20, 18, 16][i]));
  sheet.getColumn(5).numFmt = '#,##0';
  const daily = book.addWorksheet('Theo ngày');
  daily.addRow(['Ngày', 'Số giao dịch', 'Tổng tiền (đồng)']).font = { bold: true };
  for (const d of report.days) daily.addRow([d.date, d.count, d.total]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
