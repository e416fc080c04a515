import type { Migration } from '../migrate';

/**
 * The rest of a dossier's life: hand-overs to handling units (the control sheet), the supplement
 * pause, the result, the fee and who collected it; the field for statistics; an append-only event
 * history; and the indexes the counter's queue, the log book and the monthly statistics read.
 */
export const lifecycleMigration: Migration = {
  version: 6,
  name: 'lifecycle',
  up(db) {
    db.exec(`
      ALTER TABLE dossiers ADD COLUMN field TEXT NOT NULL DEFAULT '';
      ALTER TABLE dossiers ADD COLUMN handling_unit TEXT;
      ALTER TABLE dossiers ADD COLUMN sent_at TEXT;
      ALTER TABLE dossiers ADD COLUMN back_at TEXT;
      ALTER TABLE dossiers ADD COLUMN result_at TEXT;
      ALTER TABLE dossiers ADD COLUMN paused_at TEXT;
      ALTER TABLE dossiers ADD COLUMN paused_from TEXT;
      ALTER TABLE dossiers ADD COLUMN paused_ms INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE dossiers ADD COLUMN missing TEXT;
      ALTER TABLE dossiers ADD COLUMN returned_by INTEGER REFERENCES staff(id);
      ALTER TABLE dossiers ADD COLUMN fee_receipt TEXT;
      ALTER TABLE dossiers ADD COLUMN closed_at TEXT;
      ALTER TABLE dossiers ADD COLUMN note TEXT NOT NULL DEFAULT '';
      ALTER TABLE declarations ADD COLUMN missing TEXT;
      ALTER TABLE declarations ADD COLUMN note TEXT NOT NULL DEFAULT '';

      UPDATE dossiers SET field = coalesce((SELECT p.field FROM procedures p WHERE p.code = dossiers.procedure_code), '');

      CREATE TABLE dossier_handovers (
        id          INTEGER PRIMARY KEY,
        dossier     TEXT NOT NULL REFERENCES dossiers(code),
        sent_at     TEXT NOT NULL,
        giver       TEXT NOT NULL,
        from_unit   TEXT NOT NULL,
        to_unit     TEXT NOT NULL,
        receiver    TEXT,
        sent_timing TEXT NOT NULL CHECK (sent_timing IN ('early', 'on_time', 'late')),
        back_at     TEXT,
        back_by     TEXT,
        back_timing TEXT CHECK (back_timing IN ('early', 'on_time', 'late'))
      ) STRICT;
      CREATE INDEX dossier_handovers_dossier ON dossier_handovers(dossier, id);

      -- Covering indexes: a month's statistics read index entries only, never the wide dossier rows.
      DROP INDEX dossiers_received;
      CREATE INDEX dossiers_received ON dossiers(received_at, channel, field, status, received_by);
      CREATE INDEX dossiers_result ON dossiers(result_at, original_due_at, received_at, paused_ms) WHERE result_at IS NOT NULL;
      CREATE INDEX dossiers_returned ON dossiers(returned_at, fee_method, fee_amount, returned_by) WHERE returned_at IS NOT NULL;
      CREATE INDEX dossiers_procedure ON dossiers(procedure_code, received_at);
      CREATE INDEX declarations_status ON declarations(status, created_at);

      CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events
        BEGIN SELECT RAISE(ABORT, 'dossier history is append-only'); END;
      CREATE TRIGGER dossier_events_no_delete BEFORE DELETE ON dossier_events
        BEGIN SELECT RAISE(ABORT, 'dossier history is append-only'); END;
    `);
  },
};
