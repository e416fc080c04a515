import type { Migration } from '../migrate';

/**
 * The safe hub (issue 11): when each session was last used, so an idle officer session ends; and
 * the accepts already answered, by the officer's request id, so a retry returns the first answer
 * instead of a second dossier.
 */
export const safetyMigration: Migration = {
  version: 9,
  name: 'safety',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
      UPDATE sessions SET last_seen_at = created_at;

      CREATE TABLE accept_requests (
        staff_id     INTEGER NOT NULL REFERENCES staff(id),
        request_id   TEXT NOT NULL,
        dossier_code TEXT NOT NULL REFERENCES dossiers(code),
        created_at   TEXT NOT NULL,
        answer       TEXT,
        PRIMARY KEY (staff_id, request_id)
      ) STRICT;
    `);
  },
};
