/** What the printing core shows the officer. Node-free: the renderer displays these. */
import type { DocumentKind, SlipDocument } from '../slips/types';

export type PaperWidth = 576 | 384;
export type PrintStatus = 'queued' | 'printed' | 'failed';

/** How a printer takes its bytes, parsed from a printer URI. */
export type PrinterTarget =
  | { kind: 'tcp'; uri: string; host: string; port: number; profile: Partial<PrinterProfile> }
  | { kind: 'device'; uri: string; path: string; profile: Partial<PrinterProfile> }
  | { kind: 'queue'; uri: string; name: string; profile: Partial<PrinterProfile> }
  | { kind: 'preview'; uri: string; profile: Partial<PrinterProfile> };

/** What a thermal printer can do; counters mix real Epsons and cheap clones. */
export interface PrinterProfile {
  /** 576 dots for 80 mm paper, 384 for 58 mm. */
  widthDots: PaperWidth;
  /** Whether the printer has a cutter (otherwise the paper is fed out to tear off). */
  cut: boolean;
  /** Rows per GS v 0 raster command; some clones need fewer than 255. */
  maxBand: number;
  /** Whether the printer answers DLE EOT status requests (paper out, cover open). */
  status: boolean;
}

/**
 * The result of one print attempt; a printer fault is a `failed` outcome, never an exception.
 * `printing`: the printer has not finished within 2 s; the screen follows the job (`printing.job`).
 */
export interface PrintOutcome {
  jobId: number;
  /** `local`: handed to the desk that asked, which prints it itself (`document` is then set). */
  status: 'printed' | 'failed' | 'printing' | 'local';
  printer: string;
  /** The Vietnamese cause when printing failed. */
  message?: string;
  /** A Vietnamese warning on success, e.g. paper nearly out. */
  warning?: string;
  bytes: number;
  /** data:image/png;base64,… of the very bitmap that was sent to the printer. */
  preview: string;
  /** With status `local`: the slip for the desk to render and print on its own printer. */
  document?: SlipDocument;
}

/** One line of the print journal. */
export interface PrintJobSummary {
  id: number;
  createdAt: string;
  finishedAt: string | null;
  kind: DocumentKind;
  title: string;
  subject: string | null;
  printer: string;
  status: PrintStatus;
  error: string | null;
  bytes: number | null;
  /** The job this one reprints. */
  reprintOf: number | null;
  /** The paired device that asked for the job (`#3 Kiosk sảnh`), null for the hub itself. */
  device: string | null;
  /** Who printed: the officer's user name, or `kiosk`. */
  printedBy: string | null;
  /** E.g. the status was unknown, or a later reprint succeeded. */
  note: string | null;
}

/** A job's state as a screen follows it to its end (`printing.job`). */
export interface PrintJobState {
  jobId: number;
  /** `local`: handed to the desk that asked, which prints it itself (`document` is then set). */
  status: 'printed' | 'failed' | 'printing' | 'local';
  printer: string;
  message?: string;
  warning?: string;
}

export interface PrintJobFilter {
  subject?: string;
  status?: PrintStatus;
  limit?: number;
}

/** The configured printer as the admin screen shows it. */
export interface PrinterInfo {
  uri: string;
  kind: PrinterTarget['kind'];
  /** In Vietnamese, e.g. "Máy in mạng 192.168.1.50:9100". */
  label: string;
  profile: PrinterProfile;
  beep: boolean;
}
