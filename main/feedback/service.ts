/** Recording ratings and counting them. */
import type { Db } from '../db/database';
import { AppError, badInput, conflict, notFound } from '../core/errors';
import { toVnIso } from '../calendar/vn-time';
import { findDossier } from '../dossiers/repo';
import { findStaff } from '../staff/repo';
import { countRatings, insertRating, isRated, lastAnonymousAt, type CountRow } from './repo';
import {
  RATING_LEVELS,
  type FeedbackStats,
  type RateResult,
  type RatingCounts,
  type RatingLevel,
} from './types';

export interface FeedbackDeps {
  db: Db;
  /** Least time between two ratings without a dossier code from one source (default 10 s). */
  anonymousIntervalMs?: number;
}

const labelOf = (level: RatingLevel) => RATING_LEVELS.find((l) => l.level === level)!.vi;

function checkOfficer(db: Db, username: string): void {
  const account = findStaff(db, username);
  if (!account || account.role === 'kiosk')
    throw badInput(`Cán bộ: không có cán bộ "${username}".`, 'officer');
}

/** Checks the dossier exists and is not rated yet; returns the officer who received it. */
function checkDossier(db: Db, code: string): string {
  const dossier = findDossier(db, code);
  if (!dossier) throw notFound(`Không tìm thấy hồ sơ ${code}.`);
  if (isRated(db, dossier.code))
    throw conflict(`Hồ sơ ${dossier.code} đã được đánh giá. Cảm ơn quý khách.`);
  return dossier.receivedBy;
}

/**
 * Records a rating. A dossier is rated once (409 after); a rating without a dossier code is accepted
 * at most once per interval from one source (429), so a finger on the screen cannot flood the figures.
 */
export function rate(
  deps: FeedbackDeps,
  input: { level: number; dossierCode?: string; officer?: string },
  source: string,
  now: Date,
): RateResult {
  const { db } = deps;
  const level = input.level as RatingLevel;
  return db
    .transaction(() => {
      if (input.officer) checkOfficer(db, input.officer);
      const receivedBy = input.dossierCode ? checkDossier(db, input.dossierCode) : undefined;
      if (!input.dossierCode) {
        const last = lastAnonymousAt(db, source);
        if (last && now.getTime() - last.getTime() < (deps.anonymousIntervalMs ?? 10_000))
          throw new AppError(
            'rate_limited',
            'Quý khách vừa đánh giá. Vui lòng chờ một lát rồi thử lại.',
          );
      }
      const officer = input.officer ?? receivedBy;
      const id = insertRating(db, {
        at: now,
        level,
        dossierCode: input.dossierCode,
        officer,
        source,
      });
      const result: RateResult = {
        id,
        level,
        label: labelOf(level),
        at: toVnIso(now),
        message: 'Cảm ơn quý khách đã đánh giá.',
      };
      if (input.dossierCode) result.dossierCode = input.dossierCode;
      if (officer) result.officer = officer;
      return result;
    })
    .immediate();
}

/** Sums count rows into per-level counts, average and satisfied share. */
export function summarize(rows: readonly Pick<CountRow, 'level' | 'n'>[]): RatingCounts {
  const counts: RatingCounts['counts'] = [0, 0, 0, 0, 0, 0];
  for (const r of rows) counts[r.level] += r.n;
  const total = counts.reduce((a: number, b) => a + b, 0);
  const sum = counts.reduce((a: number, n, level) => a + n * level, 0);
  return {
    total,
    counts,
    average: total ? Math.round((sum / total) * 100) / 100 : null,
    satisfiedPercent: total ? Math.round(((counts[4] + counts[5]) / total) * 1000) / 10 : null,
  };
}

/** Ratings of a period: per level and per officer (most rated first). */
export function stats(deps: FeedbackDeps, from: Date, to: Date): FeedbackStats {
  const rows = countRatings(deps.db, from, to);
  const all = summarize(rows);
  const byOfficer = new Map<string | null, CountRow[]>();
  for (const r of rows) byOfficer.set(r.officer, [...(byOfficer.get(r.officer) ?? []), r]);
  const officers = [...byOfficer.entries()]
    .map(([officer, list]) => ({ officer, fullName: list[0].full_name, ...summarize(list) }))
    .sort(
      (a, b) =>
        b.total - a.total ||
        Number(a.officer === null) - Number(b.officer === null) ||
        (a.officer ?? '').localeCompare(b.officer ?? ''),
    );
  return {
    from: toVnIso(from),
    to: toVnIso(to),
    ...all,
    levels: RATING_LEVELS.map((l) => ({ level: l.level, label: l.vi, count: all.counts[l.level] })),
    officers,
  };
}
