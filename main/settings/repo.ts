/** Settings live in the `settings` table as JSON under one key per group. */
import type { Db } from '../db/database';
import { DEFAULT_SETTINGS, type UnitSettings } from './types';
import { statement } from '../db/statements';

const KEY = 'unit';

/** The unit's settings with defaults filled in for anything never saved. */
export function readSettings(db: Db): UnitSettings {
  const row = statement<[string], { value: string }>(
    db,
    'SELECT value FROM settings WHERE key = ?',
  ).get(KEY);
  return { ...DEFAULT_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<UnitSettings>) : {}) };
}

/** Saves a change over the current settings and returns the result. */
export function writeSettings(db: Db, change: Partial<UnitSettings>): UnitSettings {
  const next = { ...readSettings(db), ...change };
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(next));
  return next;
}
