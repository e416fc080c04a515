import type { Migration } from '../migrate';

/**
 * Queue care (issue 14): priority tickets, a ticket that carries its declaration, recall, skip
 * (no-show, recallable later in the day), transfer keeping the place, counters paused with a
 * reason, service times for the estimated wait; optional reasons on a rating. The ticket table is
 * rebuilt because its status CHECK gains 'skipped' and numbering moves to the issuing counter.
 */
export const queueCareMigration: Migration = {
  version: 12,
  name: 'queue-care',
  up(db) {
    db.exec(`
      CREATE TABLE queue_tickets_new (
        id               INTEGER PRIMARY KEY,
        day              TEXT NOT NULL,
        counter          INTEGER NOT NULL,
        issued_counter   INTEGER NOT NULL,
        seq              INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 999),
        ticket           TEXT NOT NULL,
        field            TEXT,
        procedure_code   TEXT,
        declaration_code TEXT,
        priority         INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
        status           TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done', 'skipped')),
        taken_at         TEXT NOT NULL,
        called_at        TEXT,
        called_by        TEXT,
        first_called_at  TEXT,
        finished_at      TEXT,
        recalls          INTEGER NOT NULL DEFAULT 0,
        transferred_from INTEGER,
        UNIQUE (day, issued_counter, seq)
      ) STRICT;
      INSERT INTO queue_tickets_new (id, day, counter, issued_counter, seq, ticket, field, procedure_code,
          status, taken_at, called_at, called_by, first_called_at)
        SELECT id, day, counter, counter, seq, ticket, field, procedure_code,
          status, taken_at, called_at, called_by, called_at FROM queue_tickets;
      DROP TABLE queue_tickets;
      ALTER TABLE queue_tickets_new RENAME TO queue_tickets;
      CREATE INDEX queue_tickets_status ON queue_tickets(day, counter, status, id);
      CREATE INDEX queue_tickets_declaration ON queue_tickets(declaration_code);

      ALTER TABLE queue_counters ADD COLUMN paused_reason TEXT;
      ALTER TABLE queue_counters ADD COLUMN paused_at TEXT;

      ALTER TABLE feedback ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
