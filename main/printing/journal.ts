/** The print_jobs table: a job is recorded before it is sent, so a crash or a fault never hides it. */
import { withoutSync, type Db } from '../db/database';
import type { DocumentKind, SlipDocument } from '../slips/types';
import type { PaperWidth, PrintJobFilter, PrintJobSummary, PrintStatus } from './types';
import { statement } from '../db/statements';

interface JobRow {
  id: number;
  created_at: string;
  finished_at: string | null;
  kind: string;
  title: string;
  subject: string | null;
  printer: string;
  paper_width: number;
  status: string;
  error: string | null;
  bytes: number | null;
  reprint_of: number | null;
  device_label: string | null;
  printed_by: string | null;
  note: string | null;
}

const COLUMNS = `j.id, j.created_at, j.finished_at, j.kind, j.title, j.subject, j.printer, j.paper_width,
  j.status, j.error, j.bytes, j.reprint_of, j.printed_by, j.note,
  CASE WHEN d.id IS NULL THEN NULL ELSE '#' || d.id || ' ' || d.name END AS device_label`;
const FROM = 'print_jobs j LEFT JOIN devices d ON d.id = j.device_id';

function toSummary(r: JobRow): PrintJobSummary {
  return {
    id: r.id,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    kind: r.kind as DocumentKind,
    title: r.title,
    subject: r.subject,
    printer: r.printer,
    status: r.status as PrintStatus,
    error: r.error,
    bytes: r.bytes,
    reprintOf: r.reprint_of,
    device: r.device_label,
    printedBy: r.printed_by,
    note: r.note,
  };
}

export interface NewJob {
  at: string;
  doc: SlipDocument;
  subject: string | null;
  printer: string;
  paperWidth: PaperWidth;
  reprintOf: number | null;
  deviceId?: number | null;
  printedBy?: string | null;
}

/** Prepared statements over print_jobs. */
export class PrintJournal {
  constructor(private readonly db: Db) {}

  /** Records a job as queued before anything is sent; returns its id. */
  open(job: NewJob): number {
    const info = withoutSync(this.db, () =>
      statement(
        this.db,
        `INSERT INTO print_jobs (created_at, kind, title, subject, printer, paper_width, status, reprint_of, document, device_id, printed_by)
         VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
      ).run(
        job.at,
        job.doc.kind,
        job.doc.title,
        job.subject,
        job.printer,
        job.paperWidth,
        job.reprintOf,
        JSON.stringify(job.doc),
        job.deviceId ?? null,
        job.printedBy ?? null,
      ),
    );
    return Number(info.lastInsertRowid);
  }

  /** Closes a job with its outcome, the Vietnamese cause (or a note) and the bytes produced. */
  close(
    id: number,
    at: string,
    status: 'printed' | 'failed',
    error: string | null,
    bytes: number,
    note: string | null = null,
  ): void {
    withoutSync(this.db, () =>
      statement(
        this.db,
        'UPDATE print_jobs SET finished_at = ?, status = ?, error = ?, bytes = ?, note = ? WHERE id = ?',
      ).run(at, status, error, bytes, note, id),
    );
  }

  /** A reprint succeeded: the failed jobs it repeats (up to the first print) count as printed. */
  markReprinted(reprintOf: number, byJob: number): void {
    for (let id: number | null = reprintOf; id !== null; id = this.get(id)?.reprintOf ?? null)
      statement(
        this.db,
        "UPDATE print_jobs SET status = 'printed', note = ? WHERE id = ? AND status = 'failed'",
      ).run(`Đã in lại thành công (lệnh in số ${byJob}).`, id);
  }

  /** The first print of a reprinted job: follows reprint_of to the start. */
  first(id: number): PrintJobSummary | null {
    let job = this.get(id);
    while (job?.reprintOf) {
      const earlier = this.get(job.reprintOf);
      if (!earlier) break;
      job = earlier;
    }
    return job;
  }

  /** Newest first; filtered by subject (a dossier code) or status. */
  list(filter: PrintJobFilter = {}): PrintJobSummary[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.subject) {
      where.push('j.subject = ?');
      args.push(filter.subject);
    }
    if (filter.status) {
      where.push('j.status = ?');
      args.push(filter.status);
    }
    const limit = Math.min(Math.max(1, filter.limit ?? 100), 1000);
    const sql = `SELECT ${COLUMNS} FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY j.id DESC LIMIT ?`;
    return (statement(this.db, sql).all(...args, limit) as JobRow[]).map(toSummary);
  }

  get(id: number): PrintJobSummary | null {
    const row = statement(this.db, `SELECT ${COLUMNS} FROM ${FROM} WHERE j.id = ?`).get(id) as
      JobRow | undefined;
    return row ? toSummary(row) : null;
  }

  /** The stored document of a job, for a reprint or a preview. */
  document(id: number): SlipDocument | null {
    const row = statement(this.db, 'SELECT document FROM print_jobs WHERE id = ?').get(id) as
      { document: string } | undefined;
    return row ? (JSON.parse(row.document) as SlipDocument) : null;
  }
}
