import type { Migration } from '../migrate';

/** The print journal: every job, its printer, outcome and the document to reprint it from. */
export const printingMigration: Migration = {
  version: 5,
  name: 'printing',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs (
        id         INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        document   TEXT NOT NULL,
        subject    TEXT,
        printer    TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('queued', 'printed', 'failed')),
        error      TEXT,
        bytes      INTEGER,
        payload    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX print_jobs_subject ON print_jobs(subject);
    `);
  },
};
