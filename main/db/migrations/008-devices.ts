import type { Migration } from '../migrate';

/**
 * Devices of the office (kiosks, officer desks, the hall display), their single-use pairing
 * codes, and their printers; the audit log and the print journal record the device of each call.
 * Tokens and codes are stored only as SHA-256 hashes.
 */
export const devicesMigration: Migration = {
  version: 8,
  name: 'devices',
  up(db) {
    db.exec(`
      CREATE TABLE devices (
        id             INTEGER PRIMARY KEY,
        kind           TEXT NOT NULL CHECK (kind IN ('kiosk', 'workstation', 'display')),
        name           TEXT NOT NULL,
        token_hash     TEXT NOT NULL UNIQUE,
        printer        TEXT,
        office_printer TEXT,
        paired_at      TEXT NOT NULL,
        last_seen_at   TEXT,
        revoked_at     TEXT
      ) STRICT;

      CREATE TABLE device_pairings (
        code_hash  TEXT PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('kiosk', 'workstation', 'display')),
        name       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at    TEXT,
        device_id  INTEGER REFERENCES devices(id)
      ) STRICT;

      ALTER TABLE audit ADD COLUMN device TEXT;
      ALTER TABLE print_jobs ADD COLUMN device_id INTEGER REFERENCES devices(id);
      ALTER TABLE print_jobs ADD COLUMN printed_by TEXT;
      ALTER TABLE print_jobs ADD COLUMN note TEXT;
      CREATE INDEX print_jobs_reprint ON print_jobs(reprint_of);
    `);
  },
};
