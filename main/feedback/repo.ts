/** The feedback table: one row per rating, instants as ISO-8601 UTC text. */
import type { Db } from '../db/database';
import type { RatingLevel, RatingReason } from './types';
import { statement } from '../db/statements';

export interface NewRating {
  at: Date;
  level: RatingLevel;
  dossierCode?: string;
  officer?: string;
  /** Who sent it: a kiosk device account or `kiosk` for the public door. */
  source: string;
  reasons: readonly RatingReason[];
}

/** Stores a rating and returns its id (the UNIQUE dossier code stops a second rating of one dossier). */
export function insertRating(db: Db, r: NewRating): number {
  const info = statement(
    db,
    'INSERT INTO feedback (at, level, dossier_code, officer, source, reasons) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    r.at.toISOString(),
    r.level,
    r.dossierCode ?? null,
    r.officer ?? null,
    r.source,
    JSON.stringify(r.reasons),
  );
  return Number(info.lastInsertRowid);
}

/** Whether a dossier has been rated already. */
export function isRated(db: Db, dossierCode: string): boolean {
  return (
    statement<[string], { n: number }>(
      db,
      'SELECT count(*) AS n FROM feedback WHERE dossier_code = ?',
    ).get(dossierCode)!.n > 0
  );
}

/** How many ratings a source sent since an instant. */
export function recentBySource(db: Db, source: string, since: Date): number {
  return statement<[string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM feedback WHERE source = ? AND at > ?',
  ).get(source, since.toISOString())!.n;
}

export interface CountRow {
  officer: string | null;
  full_name: string | null;
  level: RatingLevel;
  n: number;
}

/** Ratings in [from, to] counted by officer and level. */
export function countRatings(db: Db, from: Date, to: Date): CountRow[] {
  return statement<[string, string], CountRow>(
    db,
    `SELECT f.officer, s.full_name, f.level, count(*) AS n
       FROM feedback f LEFT JOIN staff s ON s.username = f.officer
       WHERE f.at >= ? AND f.at <= ?
       GROUP BY f.officer, f.level`,
  ).all(from.toISOString(), to.toISOString());
}
