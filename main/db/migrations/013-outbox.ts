import type { Migration } from '../migrate';

/**
 * Fees by VietQR (the QR shown for a fee, the transfers confirmed or matched from the bank's
 * statement, when each procedure collects), and one durable outbox for everything the hub must
 * tell the outside world (the national portal's DongBoHoSoMC, SMS), delivered in order per dossier.
 */
export const outboxMigration: Migration = {
  version: 13,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE fee_requests (
        id         INTEGER PRIMARY KEY,
        dossier    TEXT NOT NULL REFERENCES dossiers(code),
        amount     INTEGER NOT NULL CHECK (amount > 0),
        purpose    TEXT NOT NULL,
        payload    TEXT NOT NULL,
        counter    INTEGER,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX fee_requests_dossier ON fee_requests(dossier, id);

      CREATE TABLE fee_payments (
        id         INTEGER PRIMARY KEY,
        dossier    TEXT NOT NULL REFERENCES dossiers(code),
        amount     INTEGER NOT NULL CHECK (amount > 0),
        purpose    TEXT NOT NULL,
        reference  TEXT NOT NULL UNIQUE,
        paid_at    TEXT NOT NULL,
        source     TEXT NOT NULL CHECK (source IN ('officer', 'statement')),
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX fee_payments_paid ON fee_payments(paid_at);

      CREATE TABLE fee_timing (
        procedure_code TEXT PRIMARY KEY,
        timing         TEXT NOT NULL CHECK (timing IN ('before', 'after'))
      ) STRICT;

      CREATE TABLE outbox (
        id         INTEGER PRIMARY KEY,
        channel    TEXT NOT NULL CHECK (channel IN ('portal', 'sms', 'zalo')),
        dossier    TEXT NOT NULL,
        event      TEXT NOT NULL,
        payload    TEXT NOT NULL,
        status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'parked')),
        attempts   INTEGER NOT NULL DEFAULT 0,
        next_at    TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at    TEXT
      ) STRICT;
      CREATE INDEX outbox_pending ON outbox(channel, status, dossier, id);

      CREATE TABLE portal_synced (
        dossier        TEXT PRIMARY KEY,
        first_sent_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
