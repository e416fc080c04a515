import type { Migration } from '../migrate';

/**
 * The procedure catalog: one row per procedure with its whole record as JSON, the columns that
 * lists and filters need, an FTS5 index over folded text (no marks, đ → d, y → i), the history
 * of re-imports and admin edits, and the reports of past imports.
 */
export const catalogMigration: Migration = {
  version: 2,
  name: 'catalog',
  up(db) {
    db.exec(`
      CREATE TABLE procedures (
        id          INTEGER PRIMARY KEY,
        code        TEXT NOT NULL UNIQUE,
        local_code  TEXT UNIQUE,
        name        TEXT NOT NULL,
        field       TEXT NOT NULL,
        levels      TEXT NOT NULL,
        time_text   TEXT NOT NULL,
        fee_text    TEXT NOT NULL,
        search_name TEXT NOT NULL,
        search_codes TEXT NOT NULL,
        hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        source      TEXT NOT NULL CHECK (source IN ('sample', 'json', 'national', 'admin')),
        data        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX procedures_field ON procedures(field, name);

      CREATE VIRTUAL TABLE procedure_search USING fts5(
        name, field, codes,
        tokenize = "unicode61 remove_diacritics 0 tokenchars '.'",
        prefix = '1 2 3'
      );

      CREATE TABLE procedure_history (
        id        INTEGER PRIMARY KEY,
        code      TEXT NOT NULL,
        at        TEXT NOT NULL,
        source    TEXT NOT NULL,
        changed   TEXT NOT NULL,
        previous  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX procedure_history_code ON procedure_history(code, id);

      CREATE TABLE catalog_imports (
        id      INTEGER PRIMARY KEY,
        at      TEXT NOT NULL,
        format  TEXT NOT NULL,
        source  TEXT NOT NULL,
        report  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
