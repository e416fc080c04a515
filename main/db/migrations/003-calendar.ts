import type { Migration } from '../migrate';

/** The unit's working calendar: explicit days off and extra working days. */
export const calendarMigration: Migration = {
  version: 3,
  name: 'calendar',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_days (
        date   TEXT PRIMARY KEY,
        kind   TEXT NOT NULL CHECK (kind IN ('off', 'work')),
        source TEXT NOT NULL CHECK (source IN ('official', 'provisional', 'admin')),
        note   TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `);
  },
};
