/** The receiving unit's settings, editable by the admin. Node-free. */
import type { OfficeHours } from '../calendar/types';
import { DEFAULT_OFFICE_HOURS } from '../calendar/office-hours';

export interface UnitSettings {
  /** "UBND xã Hòa An" — printed at the top of every slip. */
  unitName: string;
  /** The agency above the unit ("UBND TỈNH CAO BẰNG"), the first line of a form's heading; empty: the unit alone. */
  parentAgency: string;
  /** The place in "…, ngày … tháng … năm …" on the forms ("Hòa An"). Empty: the unit's name. */
  place: string;
  /** The contact for help printed on Mẫu 02 (phone, desk), beside the officer's name. */
  contact: string;
  /** The head of the agency, who signs Mẫu 04 and 05 with the seal ("THỦ TRƯỞNG CƠ QUAN"). */
  headName: string;
  /** How many working days after the statutory date an officer may set a due date; an admin may go further. */
  dueOverrideMaxDays: number;
  unitAddress: string;
  /** The unit's electronic identifier, the first part of every dossier code. */
  agencyCode: string;
  /** Dossier code pattern with {agency}, {yymmdd}, {nnnn}. */
  codeFormat: string;
  /** Where the citizen collects the result, printed on the slip. */
  collectAt: string;
  /** Seconds of no touch before the kiosk asks "Bạn còn ở đó không?". */
  kioskIdleSeconds: number;
  /** Seconds the question waits before the kiosk clears everything. */
  kioskCountdownSeconds: number;
  /** Working weekdays (0 = Sunday … 6 = Saturday) and office periods; every due date counts on them. */
  officeHours: OfficeHours;
}

export const DEFAULT_SETTINGS: UnitSettings = {
  unitName: 'Bộ phận Tiếp nhận và Trả kết quả',
  parentAgency: '',
  place: '',
  contact: '',
  headName: '',
  dueOverrideMaxDays: 10,
  unitAddress: '',
  agencyCode: '000.00.00.H14',
  codeFormat: '{agency}-{yymmdd}-{nnnn}',
  collectAt: 'Tại Bộ phận Tiếp nhận và Trả kết quả',
  kioskIdleSeconds: 90,
  kioskCountdownSeconds: 20,
  officeHours: DEFAULT_OFFICE_HOURS,
};
