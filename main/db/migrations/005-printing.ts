import type { Migration } from '../migrate';

/**
 * The print journal: every attempt, its printer, outcome and cause, and the document (layout JSON)
 * that a reprint renders again. A reprint is a new row pointing at the job it repeats.
 */
export const printingMigration: Migration = {
  version: 5,
  name: 'printing',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs (
        id          INTEGER PRIMARY KEY,
        created_at  TEXT NOT NULL,
        finished_at TEXT,
        kind        TEXT NOT NULL,
        title       TEXT NOT NULL,
        subject     TEXT,
        printer     TEXT NOT NULL,
        paper_width INTEGER NOT NULL CHECK (paper_width IN (384, 576)),
        status      TEXT NOT NULL CHECK (status IN ('queued', 'printed', 'failed')),
        error       TEXT,
        bytes       INTEGER,
        reprint_of  INTEGER REFERENCES print_jobs(id),
        document    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX print_jobs_subject ON print_jobs(subject, id);
      CREATE INDEX print_jobs_status ON print_jobs(status, id);
    `);
  },
};
