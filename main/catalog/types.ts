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
}

/** One line of a search result or a browse list. */
export interface ProcedureSummary {
  code: string;
  localCode?: string;
  name: string;
  field: string;
  level: Level;
  /** "5 ngày làm việc", "Trong ngày" … for the in-person channel. */
  timeText: string;
  feeText: string;
  /** The name split into plain and matched parts, for highlighting. */
  highlight?: { text: string; match: boolean }[];
}
