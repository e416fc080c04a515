/** The feedback table: one row per rating, instants as ISO-8601 UTC text. */
import type { Db } from '../db/database';
import type { RatingLevel } from './types';

export interface NewRating {
  at: Date;
  level: RatingLevel;
  dossierCode?: string;
  officer?: string;
  /** Who sent it: a kiosk device account or `kiosk` for the public door. */
  source: string;
}

/** Stores a rating and returns its id (the UNIQUE dossier code stops a second rating of one dossier). */
export function insertRating(db: Db, r: NewRating): number {
  const info = db
    .prepare(
      'INSERT INTO feedback (at, level, dossier_code, officer, source) VALUES (?, ?, ?, ?, ?)',
    )
    .run(r.at.toISOString(), r.level, r.dossierCode ?? null, r.officer ?? null, r.source);
  return Number(info.lastInsertRowid);
}

/** Whether a dossier has been rated already. */
export function isRated(db: Db, dossierCode: string): boolean {
  return (
    db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM feedback WHERE dossier_code = ?')
      .get(dossierCode)!.n > 0
  );
}

/** When a source last sent a rating without a dossier code. */
export function lastAnonymousAt(db: Db, source: string): Date | undefined {
  const row = db
    .prepare<[string], { at: string }>(
      'SELECT at FROM feedback WHERE source = ? AND dossier_code IS NULL ORDER BY at DESC LIMIT 1',
    )
    .get(source);
  return row ? new Date(row.at) : undefined;
}

export interface CountRow {
  officer: string | null;
  full_name: string | null;
  level: RatingLevel;
  n: number;
}

/** Ratings in [from, to] counted by officer and level. */
export function countRatings(db: Db, from: Date, to: Date): CountRow[] {
  return db
    .prepare<[string, string], CountRow>(
      `SELECT f.officer, s.full_name, f.level, count(*) AS n
       FROM feedback f LEFT JOIN staff s ON s.username = f.officer
       WHERE f.at >= ? AND f.at <= ?
       GROUP BY f.officer, f.level`,
    )
    .all(from.toISOString(), to.toISOString());
}
