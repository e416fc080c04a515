import type { Migration } from '../migrate';

/** The procedure catalog: one row per procedure with its whole record as JSON, plus FTS5. */
export const catalogMigration: Migration = {
  version: 2,
  name: 'catalog',
  up(db) {
    db.exec(`
      CREATE TABLE procedures (
        code        TEXT PRIMARY KEY,
        local_code  TEXT,
        name        TEXT NOT NULL,
        field       TEXT NOT NULL,
        level       TEXT NOT NULL,
        hidden      INTEGER NOT NULL DEFAULT 0,
        data        TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX procedures_field ON procedures(field);
    `);
  },
};
