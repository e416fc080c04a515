import type { Migration } from '../migrate';

/**
 * The unit's catalog scope (the levels it serves and, optionally, its fields: what the kiosk
 * shows) and, per procedure, the fields an admin edited, which later imports must not overwrite.
 * A record an admin wrote by hand before this version counts as edited whole ("*").
 */
export const catalogScopeMigration: Migration = {
  version: 11,
  name: 'catalog-scope',
  up(db) {
    db.exec(`
      CREATE TABLE catalog_scope (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        levels      TEXT NOT NULL,
        fields      TEXT,
        updated_at  TEXT NOT NULL
      ) STRICT;
      ALTER TABLE procedures ADD COLUMN admin_fields TEXT NOT NULL DEFAULT '[]';
      UPDATE procedures SET admin_fields = '["*"]' WHERE source = 'admin';
    `);
  },
};
