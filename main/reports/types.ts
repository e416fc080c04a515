/** The log book and the statistics as the API returns them. Node-free: the renderer shows these. */

/** One line of the Sổ theo dõi hồ sơ (DOMAIN.md), instants as ISO-8601 with +07:00. */
export interface LogbookRow {
  /** STT: the dossier's ledger number (one sequence per unit and year), not the row of the view. */
  no: number;
  code: string;
  procedureCode: string;
  procedureName: string;
  sets: number;
  applicantName: string;
  address: string;
  phone: string;
  /** The unit that handled the dossier (the last one it was handed to), or the receiving unit. */
  handlingUnit: string;
  receivedAt: string;
  dueAt: string;
  /** The date first promised, when a Mẫu 04 moved it. */
  originalDueAt?: string;
  sentAt?: string;
  resultAt?: string;
  returnedAt?: string;
  status: string;
  statusLabel: string;
  note: string;
}

export type LogbookFormat = 'json' | 'xlsx' | 'html' | 'pdf';

interface LogbookBase {
  from: string;
  to: string;
  total: number;
}

/** JSON rows for the screen, an XLSX file (base64) for Excel, or the A4 print view (HTML). */
export type LogbookResult =
  | (LogbookBase & { format: 'json'; rows: LogbookRow[] })
  | (LogbookBase & { format: 'xlsx'; filename: string; mimeType: string; base64: string })
  | (LogbookBase & { format: 'html'; filename: string; mimeType: string; content: string })
  | (LogbookBase & {
      format: 'pdf';
      filename: string;
      mimeType: string;
      base64: string;
      pages: number;
    });

export interface CountBy<K> {
  key: K;
  label: string;
  count: number;
}

export interface OfficerFigures {
  username: string;
  fullName: string;
  received: number;
  returned: number;
  /** Fees collected on returned dossiers, integer đồng. */
  feesCollected: number;
}

/** A period's figures: what the unit is judged on every month. */
export interface StatsResult {
  from: string;
  to: string;
  received: {
    total: number;
    byChannel: CountBy<number>[];
    byField: CountBy<string>[];
    byStatus: CountBy<string>[];
  };
  /** Dossiers whose result became ready in the period, against the due date first promised (pauses excluded). */
  completed: {
    total: number;
    early: number;
    onTime: number;
    late: number;
    onTimeRate: number | null;
  };
  /** Open dossiers past their statutory due date at the moment of the report (an apology does not excuse). */
  overdueNow: number;
  /** Dossiers that were refused, asked for papers, withdrawn or stopped during the period. */
  outcomes: { refused: number; supplementRequested: number; withdrawn: number; stopped: number };
  /** Mean days from receipt to result in the period, supplement pauses excluded. */
  averageProcessingDays: number | null;
  returned: { total: number; feeTotal: number; byMethod: CountBy<string>[] };
  byOfficer: OfficerFigures[];
}

/** The periodic report of the unit (reports.periodic). */
export interface PeriodicReport {
  from: string;
  to: string;
  carriedOver: number;
  received: number;
  /** Newly received by channel: in person, public post, online. */
  receivedByChannel: { inPerson: number; post: number; online: number };
  resolved: { early: number; onTime: number; late: number };
  inProgress: { withinTime: number; overdue: number };
  withdrawn: number;
  stopped: number;
}

/** reports.periodic's answer: the figures, plus the XLSX or PDF file (base64) when asked for. */
export type PeriodicResult =
  | PeriodicReport
  | (PeriodicReport & {
      format: 'xlsx' | 'pdf';
      filename: string;
      mimeType: string;
      base64: string;
    });
