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
  /** Priority tickets called in a row at most before a waiting normal ticket (0 = priority not kept). */
  queuePriorityCap: number;
  /** Lets the kiosk accept the old 9-digit CMND beside the 12-digit căn cước number (old records). */
  allowOldIdNumbers: boolean;
  /** The hotline shown on the kiosk home screen. */
  hotline: string;
  /** Notices the admin posts on the kiosk home screen, one a line. */
  notices: string[];
  /** The unit's fee account for VietQR transfers; absent until the admin sets it. */
  bank?: BankAccount;
  /** The SMS gateway the citizen's notifications go through; absent: no SMS. */
  sms?: SmsSettings;
  /** Zalo OA notifications (ZNS template messages to the applicant's phone); absent: none. */
  zalo?: ZaloSettings;
}

/** The events a citizen may be told about, one switch (or one value) each. */
export interface NotifyEvents<T = boolean> {
  /** A supplement was requested: which papers to bring. */
  supplement: T;
  /** The result is ready to collect. */
  ready: T;
  /** The due date changed (a delay, Mẫu 04). */
  dueChanged: T;
}

/** An HTTP SMS gateway: `{phone}` and `{text}` in the URL (GET) or the body template (POST). */
export interface SmsSettings {
  url: string;
  method: 'GET' | 'POST';
  /** POST body, e.g. {"to":"{phone}","message":"{text}"}; JSON-escaped values are put in. */
  template: string;
  /** Which events send an SMS. */
  events: NotifyEvents;
}

/**
 * Zalo OA through the ZNS template message API: POST `url` with the header `access_token` and
 * `{"phone": "84…", "template_id", "template_data": {"ma_ho_so", "noi_dung"}, "tracking_id"}`.
 */
export interface ZaloSettings {
  /** Default https://business.openapi.zalo.me/message/template. */
  url: string;
  /** The OA's access token: stored, never sent back by settings.get (see `hasAccessToken`). */
  accessToken?: string;
  /** In answers only: whether a token is stored. */
  hasAccessToken?: boolean;
  /** The ZNS template id approved for each event (digits; empty while the event is off). */
  templates: NotifyEvents<string>;
  /** Which events send a Zalo message. */
  events: NotifyEvents;
}

export const ZALO_DEFAULT_URL = 'https://business.openapi.zalo.me/message/template';

/** A bank account fees are paid into: a NAPAS BIN from main/fees/banks.ts, digits, the holder's name. */
export interface BankAccount {
  bin: string;
  account: string;
  accountName: string;
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
  queuePriorityCap: 2,
  allowOldIdNumbers: false,
  hotline: '',
  notices: [],
};
