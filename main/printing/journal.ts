/** The print_jobs table: a job is recorded before it is sent, so a crash or a fault never hides it. */
import type { Db } from '../db/database';
import type { DocumentKind, SlipDocument } from '../slips/types';
import type { PaperWidth, PrintJobFilter, PrintJobSummary, PrintStatus } from './types';

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
}

const COLUMNS =
  'id, created_at, finished_at, kind, title, subject, printer, paper_width, status, error, bytes, reprint_of';

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
  };
}

export interface NewJob {
  at: string;
  doc: SlipDocument;
  subject: string | null;
  printer: string;
  paperWidth: PaperWidth;
  reprintOf: number | null;
}

/** Prepared statements over print_jobs. */
export class PrintJournal {
  constructor(private readonly db: Db) {}

  /** Records a job as queued before anything is sent; returns its id. */
  open(job: NewJob): number {
    const info = this.db
      .prepare(
        `INSERT INTO print_jobs (created_at, kind, title, subject, printer, paper_width, status, reprint_of, document)
         VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)`,
      )
      .run(
        job.at,
        job.doc.kind,
        job.doc.title,
        job.subject,
        job.printer,
        job.paperWidth,
        job.reprintOf,
        JSON.stringify(job.doc),
      );
    return Number(info.lastInsertRowid);
  }

  /** Closes a job with its outcome, the Vietnamese cause and the number of bytes produced. */
  close(
    id: number,
    at: string,
    status: 'printed' | 'failed',
    error: string | null,
    bytes: number,
  ): void {
    this.db
      .prepare(
        'UPDATE print_jobs SET finished_at = ?, status = ?, error = ?, bytes = ? WHERE id = ?',
      )
      .run(at, status, error, bytes, id);
  }

  /** Newest first; filtered by subject (a dossier code) or status. */
  list(filter: PrintJobFilter = {}): PrintJobSummary[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.subject) {
      where.push('subject = ?');
      args.push(filter.subject);
    }
    if (filter.status) {
      where.push('status = ?');
      args.push(filter.status);
    }
    const limit = Math.min(Math.max(1, filter.limit ?? 100), 1000);
    const sql = `SELECT ${COLUMNS} FROM print_jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, limit) as JobRow[]).map(toSummary);
  }

  get(id: number): PrintJobSummary | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM print_jobs WHERE id = ?`).get(id) as
      JobRow | undefined;
    return row ? toSummary(row) : null;
  }

  /** The stored document of a job, for a reprint or a preview. */
  document(id: number): SlipDocument | null {
    const row = this.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(id) as
      { document: string } | undefined;
    return row ? (JSON.parse(row.document) as SlipDocument) : null;
  }
}
