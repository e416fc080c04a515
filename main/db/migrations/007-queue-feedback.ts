import type { Migration } from '../migrate';

/**
 * Queue counters and tickets, and citizens' satisfaction ratings. One general counter is seeded so
 * that a fresh install hands out tickets before the admin configures the hall.
 */
export const queueFeedbackMigration: Migration = {
  version: 7,
  name: 'queue-feedback',
  up(db) {
    db.exec(`
      CREATE TABLE queue_counters (
        number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 99),
        name   TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      INSERT INTO queue_counters (number, name, fields) VALUES (1, 'Quầy số 1', '[]');

      CREATE TABLE queue_tickets (
        id             INTEGER PRIMARY KEY,
        day            TEXT NOT NULL,
        counter        INTEGER NOT NULL,
        seq            INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 999),
        ticket         TEXT NOT NULL,
        field          TEXT,
        procedure_code TEXT,
        status         TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done')),
        taken_at       TEXT NOT NULL,
        called_at      TEXT,
        called_by      TEXT,
        UNIQUE (day, counter, seq)
      ) STRICT;
      CREATE INDEX queue_tickets_status ON queue_tickets(day, counter, status, id);

      CREATE TABLE feedback (
        id           INTEGER PRIMARY KEY,
        at           TEXT NOT NULL,
        level        INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        dossier_code TEXT UNIQUE,
        officer      TEXT,
        source       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_at ON feedback(at);
      CREATE INDEX feedback_source ON feedback(source, at);
    `);
  },
};
