import type { Migration } from '../migrate';

/**
 * The unit's working calendar: explicit days off and extra working days, and the years saved
 * (a year without a row is generated from the Labour Code on the fly; with a row, its days are
 * exactly the saved ones, even when an admin removed them all).
 */
export const calendarMigration: Migration = {
  version: 3,
  name: 'calendar',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_years (
        year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE calendar_days (
        date   TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        kind   TEXT NOT NULL CHECK (kind IN ('off', 'work')),
        source TEXT NOT NULL CHECK (source IN ('official', 'provisional', 'admin')),
        note   TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `);
  },
};
