/** The log book's columns as DOMAIN.md lists them, shared by the XLSX export and the A4 print view. */
import { formatVnDateTime } from '../calendar/vn-time';
import type { LogbookRow } from './types';

export interface LogbookTitle {
  unitName: string;
  /** UTC ISO bounds of the period (end exclusive). */
  from: string;
  to: string;
  /** The printed forms' heading and signatures (unit settings); empty parts are left out. */
  parentAgency?: string;
  place?: string;
  headName?: string;
  /** Who made the print (the signed-in officer) and when. */
  officerName?: string;
  issuedAt?: string;
}

/** "hh:mm dd/mm/yyyy" straight from the +07:00 text the rows carry (no date parsing: a month is 50,000 of them). */
const time = (iso: string | undefined) =>
  iso ? `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';

/** The note column: the reason kept on the dossier, plus the state when the dossier ended early and any moved date. */
function noteOf(r: LogbookRow): string {
  const parts: string[] = [];
  if (['refused', 'withdrawn', 'stopped', 'supplement_requested'].includes(r.status))
    parts.push(r.statusLabel);
  if (r.originalDueAt) parts.push(`Hẹn lần đầu ${time(r.originalDueAt)}`);
  if (r.note) parts.push(r.note);
  return parts.join('. ');
}

export interface Column {
  title: string;
  /** Width in Excel characters; the HTML view shares it proportionally. */
  width: number;
  value(r: LogbookRow): string | number;
  /** For a date column: the instant (+07:00 text), which the XLSX writes as a real Excel date. */
  date?(r: LogbookRow): string | undefined;
}

/** A date column: shown as "hh:mm dd/mm/yyyy" in print, a real date in Excel. */
const dateColumn = (title: string, pick: (r: LogbookRow) => string | undefined): Column => ({
  title,
  width: 18,
  value: (r) => time(pick(r)),
  date: pick,
});

export const LOGBOOK_COLUMNS: Column[] = [
  { title: 'STT', width: 7, value: (r) => r.no },
  { title: 'Mã hồ sơ', width: 26, value: (r) => r.code },
  { title: 'Tên thủ tục hành chính', width: 30, value: (r) => r.procedureName },
  { title: 'Số lượng hồ sơ (bộ)', width: 9, value: (r) => r.sets },
  { title: 'Tên cá nhân, tổ chức', width: 22, value: (r) => r.applicantName },
  { title: 'Địa chỉ, số điện thoại', width: 28, value: (r) => `${r.address}; ĐT: ${r.phone}` },
  { title: 'Cơ quan chủ trì giải quyết', width: 22, value: (r) => r.handlingUnit },
  dateColumn('Ngày, tháng, năm nhận hồ sơ', (r) => r.receivedAt),
  dateColumn('Ngày, tháng, năm hẹn trả kết quả', (r) => r.dueAt),
  dateColumn('Ngày, tháng, năm chuyển hồ sơ đến cơ quan giải quyết', (r) => r.sentAt),
  dateColumn('Ngày, tháng, năm nhận kết quả từ cơ quan giải quyết', (r) => r.resultAt),
  dateColumn('Ngày, tháng, năm trả kết quả', (r) => r.returnedAt),
  { title: 'Ký nhận', width: 12, value: () => '' },
  { title: 'Ghi chú', width: 22, value: noteOf },
];

/** Where a dossier code may wrap: after its agency part ("000.00.06.H56-" / "231027-0361"), never inside. */
export function codeParts(code: string): [string, string] {
  const m = /^(.+-)(\d{6}-\d{4})$/u.exec(code);
  return m ? [m[1], m[2]] : [code, ''];
}

/** "Từ ngày 01/11/2026 đến ngày 30/11/2026" for the title line. */
export function periodWords(t: LogbookTitle): string {
  const day = (iso: string) => formatVnDateTime(new Date(iso)).slice(6);
  return `Từ ngày ${day(t.from)} đến ngày ${day(new Date(Date.parse(t.to) - 1).toISOString())}`;
}
