/**
 * The DongBoHoSoMC item of a dossier as the national portal's adapter takes it (OpenCPS and
 * provincial systems): codes, names, dates yyyyMMddHHmmss in Vietnam time, the national status
 * code 1–10 and HinhThuc 0 at the counter / 1 by post. Built inside the transaction of the change.
 */
import type { Db } from '../db/database';
import { vnParts } from '../calendar/vn-time';
import { DOSSIER_STATES, type DossierState } from '../dossiers/lifecycle';
import { statement } from '../db/statements';

export interface SyncItem {
  MaHoSo: string;
  MaTTHC: string;
  TenTTHC: string;
  ChuHoSo: string;
  NgayTiepNhan: string;
  NgayHenTra: string;
  TrangThaiHoSo: string;
  HinhThuc: string;
  /** When the result was ready / handed over; empty until then. */
  NgayCoKetQua: string;
  NgayTra: string;
  /** The handling unit the dossier is with, if handed over. */
  DonViXuLy: string;
}

interface Row {
  code: string;
  procedure_code: string;
  procedure_name: string;
  applicant_name: string;
  received_at: string;
  due_at: string;
  status: DossierState;
  channel: number;
  result_at: string | null;
  returned_at: string | null;
  handling_unit: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** yyyyMMddHHmmss of an instant in Vietnam time (UTC+7). */
export function portalDate(iso: string | null): string {
  if (!iso) return '';
  const p = vnParts(new Date(iso));
  return `${p.year}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** The item for a dossier as it is now, or undefined when there is no such dossier. */
export function syncItem(db: Db, code: string): SyncItem | undefined {
  const r = statement<[string], Row>(
    db,
    `SELECT code, procedure_code, procedure_name, applicant_name, received_at, due_at, status, channel,
        result_at, returned_at, handling_unit FROM dossiers WHERE code = ?`,
  ).get(code);
  if (!r) return undefined;
  return {
    MaHoSo: r.code,
    MaTTHC: r.procedure_code,
    TenTTHC: r.procedure_name,
    ChuHoSo: r.applicant_name,
    NgayTiepNhan: portalDate(r.received_at),
    NgayHenTra: portalDate(r.due_at),
    TrangThaiHoSo: String(DOSSIER_STATES[r.status].national),
    // The national channel 3 is public post; every other dossier was handed in at the counter here.
    HinhThuc: r.channel === 3 ? '1' : '0',
    NgayCoKetQua: portalDate(r.result_at),
    NgayTra: portalDate(r.returned_at),
    DonViXuLy: r.handling_unit ?? '',
  };
}
