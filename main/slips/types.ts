/**
 * The slip layout model and the data of every printed document. Node-free: the renderer shows
 * these types, and one `SlipDocument` feeds both the thermal bitmap and the A5/A4 HTML.
 */

/** Which printed document this is; the print journal lists jobs by it. */
export type DocumentKind =
  | 'receipt'
  | 'receipt_a5'
  | 'supplement'
  | 'refusal'
  | 'delay'
  | 'stop'
  | 'control_sheet'
  | 'logbook'
  | 'queue_ticket'
  | 'checklist'
  | 'declaration_slip'
  | 'test_page'
  | 'fee_qr';

export type Align = 'left' | 'center' | 'right';
export type TextSize = 'small' | 'normal' | 'large' | 'huge';

/** One line of text (wrapped to the paper width, never cut). */
export interface TextBlock {
  kind: 'text';
  text: string;
  align?: Align;
  size?: TextSize;
  bold?: boolean;
  italic?: boolean;
}

/** The form's title, centred and bold, with an optional line under it. */
export interface TitleBlock {
  kind: 'title';
  text: string;
  subtitle?: string;
}

/** The official two-column heading: the unit on the left, the national motto on the right. */
export interface HeadingBlock {
  kind: 'heading';
  left: string[];
  right: string[];
}

/** "Label: value" with the value wrapping beside (or under, on narrow paper) the label. */
export interface RowBlock {
  kind: 'row';
  label: string;
  value: string;
  bold?: boolean;
  size?: TextSize;
}

export interface TableColumn {
  title: string;
  /** Relative width: columns share the paper width in proportion to their weights. */
  weight: number;
  align?: Align;
}

/** A bordered table whose cells wrap inside their columns. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
}

/** A list of items marked by a tick box (checklists), a number or a bullet. */
export interface ListBlock {
  kind: 'list';
  marker: 'box' | 'number' | 'bullet';
  items: string[];
}

/** A QR code drawn into the image (never the printer's own QR command). */
export interface QrBlock {
  kind: 'qr';
  payload: string;
  caption?: string;
}

/** A boxed remark for the citizen. */
export interface NoteBlock {
  kind: 'note';
  text: string;
}

/** Signature places side by side: a title, a hint such as "(Ký, ghi rõ họ tên)" and a name. */
export interface SignaturesBlock {
  kind: 'signatures';
  blocks: { title: string; hint?: string; name?: string }[];
  /** The room left to sign, in text lines (PDF; 3.2 unless given): a register leaves more. */
  room?: number;
}

export interface RuleBlock {
  kind: 'rule';
  dashed?: boolean;
}

export interface SpaceBlock {
  kind: 'space';
  /** In text lines. */
  lines?: number;
}

export type Block =
  | TextBlock
  | TitleBlock
  | HeadingBlock
  | RowBlock
  | TableBlock
  | ListBlock
  | QrBlock
  | NoteBlock
  | SignaturesBlock
  | RuleBlock
  | SpaceBlock;

/** A printable document: the same blocks are drawn once per copy label ("Liên 1: Lưu", …). */
export interface SlipDocument {
  kind: DocumentKind;
  /** What the print journal and the officer's list call it. */
  title: string;
  /** The paper the document is meant for; a thermal printer still prints any document. */
  paper: 'thermal' | 'A5' | 'A4';
  /** One copy per label, each on its own page (HTML) or cut apart (thermal). */
  copies?: string[];
  blocks: Block[];
}

/** One paper the citizen handed in, with its counts by kind; `shownOnly`: seen, not kept (xuất trình). */
export interface ReceivedDocument {
  name: string;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  shownOnly?: boolean;
}

/** Mẫu 01: what the officer received and when the result is due. */
export interface ReceiptSlipData {
  unitName: string;
  /** The agency above the unit, first line of the A5 heading; empty or absent: the unit alone. */
  parentAgency?: string;
  /** The place of the date line ("Hòa An, ngày …"). */
  place?: string;
  /** "Tổ chức: Công ty … (MST …)" and "Nộp thay cho: …" lines, when they apply. */
  applicantLines?: { label: string; value: string }[];
  /** Remarks printed after item 6: the date set by the officer, the supplement pause, papers missing. */
  remarks?: string[];
  unitAddress?: string;
  dossierCode: string;
  /** Dossier code plus a lookup secret; never personal data. */
  qrPayload: string;
  procedureName: string;
  applicantName: string;
  idNumberMasked: string;
  phoneMasked?: string;
  email?: string;
  address?: string;
  documents: ReceivedDocument[];
  sets: number;
  /** The statutory processing time in words, e.g. "05 ngày làm việc". */
  processingText: string;
  /** ISO-8601 with +07:00. */
  receivedAt: string;
  dueAt: string;
  /** Where the result is collected, e.g. "Bộ phận Một cửa UBND xã …" or "Nhận qua bưu chính công ích". */
  collectAt: string;
  officerName: string;
  /** Ledger book and entry number, e.g. "Quyển 01, số 0361". */
  ledgerEntry?: string;
}

/** The unit and the officer behind every notice. */
export interface NoticeBase {
  unitName: string;
  parentAgency?: string;
  place?: string;
  /** The head of the agency who signs Mẫu 04 and 05. */
  headName?: string;
  unitAddress?: string;
  /** The dossier code, or the kiosk declaration code when no dossier exists yet. */
  code?: string;
  procedureName: string;
  applicantName: string;
  /** When the notice is issued (ISO-8601 with +07:00). */
  issuedAt: string;
  officerName: string;
}

/** Mẫu 02: papers to add or fix before the dossier can be received or go on. */
export interface SupplementData extends NoticeBase {
  missing: {
    name: string;
    originals?: number;
    certifiedCopies?: number;
    copies?: number;
    photocopies?: number;
    note?: string;
  }[];
  reason: string;
  /** Who to call for help, e.g. "Bộ phận Một cửa, điện thoại 0206 3852 123". */
  contact?: string;
  /** When the dossier (or declaration) was received, if it was. */
  receivedAt?: string;
}

/** Mẫu 06: the dossier's hand-overs, one line per giving and per return. */
export interface ControlSheetData extends NoticeBase {
  receivedAt: string;
  dueAt: string;
  lines: { unit: string; at: string; giver: string; receiver: string; timing: string }[];
}

/** Mẫu 03: why the dossier cannot be received. */
export interface RefusalData extends NoticeBase {
  reason: string;
}

/** Mẫu 04: apology, the reason for the delay and the new date. */
export interface DelayData extends NoticeBase {
  receivedAt: string;
  originalDueAt: string;
  newDueAt: string;
  reason: string;
}

/** A kiosk queue ticket: the number the counter will call. */
export interface QueueTicketData {
  unitName: string;
  ticket: string;
  counter: string;
  /** The field or procedure the citizen chose. */
  service?: string;
  waitingAhead?: number;
  /** Minutes of waiting estimated from the day's service times. */
  estimatedWaitMinutes?: number;
  /** A priority ticket, printed as such so the officer sees it. */
  priority?: boolean;
  /** The declaration the ticket carries, for the officer to open. */
  declarationCode?: string;
  issuedAt: string;
}

/** The slip a citizen keeps after declaring at the kiosk: what they tell (or show) the officer. */
export interface DeclarationSlipData {
  unitName: string;
  declarationCode: string;
  procedureCode: string;
  procedureName: string;
  /** What to bring: the procedure's papers, one line each. */
  bring: string[];
  /** The queue ticket, when the citizen took one with this declaration. */
  ticket?: { number: string; counter: string; waitingAhead: number; priority: boolean };
  printedAt: string;
}

export interface ChecklistDocument {
  name: string;
  originals: number;
  copies: number;
  form?: string;
  note?: string;
}

/** The papers a procedure asks for, printed at the kiosk so the citizen can gather them. */
export interface ChecklistData {
  unitName?: string;
  procedureCode: string;
  procedureName: string;
  cases: { title: string; documents: ChecklistDocument[] }[];
  processingText?: string;
  feeText?: string;
  submitAt?: string;
  printedAt: string;
}

/** The test page: which printer, how wide, and every Vietnamese letter. */
export interface TestPageData {
  printer: string;
  widthDots: number;
  printedAt: string;
}
