/** The calendar's rows: saved years and their explicit days. Prepared statements, plain objects out. */
import { inTransaction, type Db } from '../db/database';
import type { CalendarDay } from './types';

interface DayRow {
  date: string;
  kind: 'off' | 'work';
  source: 'official' | 'provisional' | 'admin';
  note: string;
}

const range = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** Whether a year has been saved (seeded, edited, confirmed or imported). */
export function isYearStored(db: Db, year: number): boolean {
  return db.prepare('SELECT 1 FROM calendar_years WHERE year = ?').get(year) !== undefined;
}

/** The saved days of a year, in date order. */
export function readYearDays(db: Db, year: number): CalendarDay[] {
  const rows = db
    .prepare(
      'SELECT date, kind, source, note FROM calendar_days WHERE date BETWEEN ? AND ? ORDER BY date',
    )
    .all(...range(year)) as DayRow[];
  return rows.map((r) => ({ date: r.date, kind: r.kind, source: r.source, note: r.note }));
}

/** Replaces a year's days in one transaction and marks the year saved. */
export function writeYear(db: Db, year: number, days: readonly CalendarDay[], now: Date): void {
  const insert = db.prepare(
    'INSERT INTO calendar_days (date, kind, source, note) VALUES (?, ?, ?, ?)',
  );
  inTransaction(db, () => {
    db.prepare('DELETE FROM calendar_days WHERE date BETWEEN ? AND ?').run(...range(year));
    for (const d of days) insert.run(d.date, d.kind, d.source, d.note);
    db.prepare(
      'INSERT INTO calendar_years (year, updated_at) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET updated_at = excluded.updated_at',
    ).run(year, now.toISOString());
  });
}
