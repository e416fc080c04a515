/** The procedure model (thủ tục hành chính), shared by the core, the slips and the renderer. Node-free. */

/** How a processing time is counted; stored as given by the procedure, never assumed. */
export type TimeUnit = 'working_day' | 'calendar_day' | 'working_hour' | 'same_day';

/** Submission channels, numbered as the national portal numbers them. */
export type Channel = 'in_person' | 'online' | 'post';

/** Implementing level: ministry, province, commune, and the legacy district for old data. */
export type Level = 'bo' | 'tinh' | 'huyen' | 'xa';

export interface ProcessingTime {
  channel: Channel;
  /** 0 with unit `same_day`. */
  amount: number;
  unit: TimeUnit;
  /** Received after this local time (HH:MM) → counted from the next working day. */
  cutoff?: string;
  /** The original wording, e.g. "Trong ngày; trường hợp nhận sau 15 giờ thì trả vào ngày làm việc tiếp theo". */
  text: string;
  /**
   * What the row is for, from the national table's "Mô tả" column ("Tiếp nhận và kiểm tra thành
   * phần hồ sơ", "Trường hợp phải xác minh"): a channel with several rows (stages, cases) is read
   * by it, so the kiosk shows it under the figure.
   */
  note?: string;
  /**
   * True when the source stated no unit and the unit is a fallback (working days), so screens can
   * ask the officer to check the appointment date. Absent when the unit is stated.
   */
  assumed?: boolean;
  /**
   * Where the figure came from when the importer had to interpret it ("nguồn ghi: 1", "7 (nguồn
   * không ghi đơn vị)"): for officer and admin screens only, never shown on the kiosk or slips.
   */
  sourceNote?: string;
}

export interface Fee {
  channel?: Channel;
  /** Integer đồng; 0 when free. */
  amount: number;
  text: string;
}

export interface RequiredDocument {
  name: string;
  originals: number;
  copies: number;
  /** The form's name or number when the document is a form (e.g. "Tờ khai đăng ký khai sinh"). */
  form?: string;
  note?: string;
}

/** A group of documents that applies to one case ("Trường hợp đăng ký lại …"). */
export interface DocumentCase {
  title: string;
  documents: RequiredDocument[];
  /** Lines of the source's table that are remarks, not papers to bring (listed there with "0 bản"). */
  notes?: string[];
}

export interface LegalBasis {
  number?: string;
  title: string;
  issuedBy?: string;
  date?: string;
}

export interface Procedure {
  /** National code, e.g. 1.001193. */
  code: string;
  /** The province's code with its suffix, e.g. 2.000815.000.00.00.H55. */
  localCode?: string;
  name: string;
  field: string;
  levels: Level[];
  agencies: string[];
  serviceLevel: { legacy?: 1 | 2 | 3 | 4; online?: 'toan_trinh' | 'mot_phan' };
  audience: string[];
  steps: string[];
  processing: ProcessingTime[];
  fees: Fee[];
  documentCases: DocumentCase[];
  results: { name: string; code?: string }[];
  legalBasis: LegalBasis[];
  conditions?: string;
  decisionNumber?: string;
  /** Where to submit, in plain words. */
  submitAt?: string;
  portalUrl?: string;
  /** Sections the importer could not structure, kept as their original text. */
  unparsed?: Record<string, string>;
  hidden?: boolean;
  /** The level as the source wrote it when it is not one of ours (e.g. "Cơ quan khác"). */
  levelText?: string;
}

/** One line of a search result or a browse list. */
export interface ProcedureSummary {
  code: string;
  /** Set for staff only: the unit hides this procedure from the kiosk. */
  hidden?: boolean;
  localCode?: string;
  name: string;
  field: string;
  level: Level;
  /** Every level that implements it (the summary's `level` is the most local one, or the filter). */
  levels: Level[];
  /** "5 ngày làm việc", "Trong ngày" … for the in-person channel. */
  timeText: string;
  feeText: string;
  /** The name split into plain and matched parts, for highlighting. */
  highlight?: { text: string; match: boolean }[];
}

/** Which procedures the unit handles: its levels and, when set, only these fields. */
export interface CatalogScope {
  levels: Level[];
  fields?: string[];
}

/** How a search answer was reached, so the kiosk can help when it is weak. */
export type SearchMatch = 'all' | 'partial' | 'none';

/** A field (lĩnh vực) and how many visible procedures it holds, for browsing. */
export interface FieldCount {
  name: string;
  count: number;
}

/** How well one section of the imported records could be structured. */
export interface FieldCoverage {
  /** Records where the section was turned into structured data. */
  structured: number;
  /** Records where it had text that is kept only as text (in `unparsed`). */
  textOnly: number;
  /** Records where the source had nothing for it. */
  empty: number;
}

/** One record the importer refused, with where it was and why. */
export interface ImportRejection {
  line: number;
  code?: string;
  reason: string;
}

/** A field the unit's admin edited that an import would have changed: the admin's value is kept. */
export interface ImportConflict {
  code: string;
  /** The procedure's field (top-level key: name, processing, fees, documentCases …). */
  field: string;
  /** The admin's value, kept (text as is, other values as JSON). */
  kept: string;
  /** The import's value, not applied. */
  incoming: string;
}

/** What an import did: counts, rejections with line numbers, and per-section parse coverage. */
export interface ImportReport {
  format: 'json' | 'national';
  source: string;
  at: string;
  records: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: ImportRejection[];
  /** Records with at least one section kept as text only. */
  withUnstructured: number;
  /** Section name → coverage; empty for the JSON format (already structured). */
  coverage: Record<string, FieldCoverage>;
  /** Admin-edited fields the import left as the admin set them (absent in reports made before). */
  conflicts?: ImportConflict[];
  ms: number;
}
