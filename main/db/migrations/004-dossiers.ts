import type { Migration } from '../migrate';

/** Declarations from the kiosk, dossiers, their per-day counters and their event history. */
export const dossiersMigration: Migration = {
  version: 4,
  name: 'dossiers',
  up(db) {
    db.exec(`
      CREATE TABLE declarations (
        code           TEXT PRIMARY KEY,
        procedure_code TEXT NOT NULL,
        applicant      TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        status         TEXT NOT NULL CHECK (status IN ('declared', 'accepted', 'supplement', 'refused', 'expired'))
      ) STRICT;
      CREATE INDEX declarations_created ON declarations(created_at);

      CREATE TABLE day_counters (
        unit TEXT NOT NULL,
        day  TEXT NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (unit, day)
      ) STRICT;

      CREATE TABLE dossiers (
        code              TEXT PRIMARY KEY,
        declaration_code  TEXT UNIQUE REFERENCES declarations(code),
        procedure_code    TEXT NOT NULL,
        procedure_name    TEXT NOT NULL,
        applicant_name    TEXT NOT NULL,
        applicant_id      TEXT NOT NULL,
        applicant_phone   TEXT NOT NULL,
        applicant_address TEXT NOT NULL,
        applicant_email   TEXT,
        documents         TEXT NOT NULL,
        sets              INTEGER NOT NULL DEFAULT 1,
        channel           INTEGER NOT NULL DEFAULT 1,
        status            TEXT NOT NULL,
        received_at       TEXT NOT NULL,
        due_at            TEXT NOT NULL,
        original_due_at   TEXT NOT NULL,
        processing        TEXT NOT NULL,
        lookup_secret     TEXT NOT NULL,
        received_by       INTEGER NOT NULL REFERENCES staff(id),
        returned_at       TEXT,
        fee_amount        INTEGER,
        fee_method        TEXT
      ) STRICT;
      CREATE INDEX dossiers_received ON dossiers(received_at);
      CREATE INDEX dossiers_due ON dossiers(status, due_at);

      CREATE TABLE dossier_events (
        id          INTEGER PRIMARY KEY,
        dossier     TEXT NOT NULL,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        from_status TEXT,
        to_status   TEXT NOT NULL,
        detail      TEXT
      ) STRICT;
      CREATE INDEX dossier_events_dossier ON dossier_events(dossier, id);
    `);
  },
};
