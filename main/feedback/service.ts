/** Recording ratings and counting them. */
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database';
import { AppError, conflict, notFound } from '../core/errors';
import { toVnIso } from '../calendar/vn-time';
import { findDossier } from '../dossiers/repo';
import { parseLookupInput } from '../dossiers/codes';
import { findStaff } from '../staff/repo';
import { countRatings, insertRating, isRated, recentBySource, type CountRow } from './repo';
import {
  RATING_LEVELS,
  type FeedbackStats,
  type RateResult,
  type RatingCounts,
  type RatingLevel,
  type RatingReason,
} from './types';

export interface FeedbackDeps {
  db: Db;
  /** Most ratings one kiosk may send in a minute (default 6: a citizen needs more than 10 s to rate). */
  perKioskPerMinute?: number;
}

const labelOf = (level: RatingLevel) => RATING_LEVELS.find((l) => l.level === level)!.vi;

/** A named officer is kept only when the account is an officer; an unknown name is dropped silently (no answer tells). */
function knownOfficer(db: Db, username: string | undefined): string | undefined {
  if (!username) return undefined;
  const account = findStaff(db, username);
  return account && account.role !== 'kiosk' ? account.username : undefined;
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * A dossier is rated with the slip's `CODE#SECRET` (the kiosk has it after a QR lookup); a bare code
 * or a wrong secret answers like an unknown dossier, so ratings cannot be planted in advance.
 */
function checkDossier(db: Db, codeWithSecret: string): { code: string; receivedBy: string } {
  const { code, secret } = parseLookupInput(codeWithSecret);
  const dossier = findDossier(db, code, { history: false });
  const missing = notFound(
    `Không tìm thấy hồ sơ ${code} hoặc mã tra cứu không đúng. Xin ông/bà quét mã QR trên giấy hẹn.`,
  );
  if (!dossier || !secret || !sameSecret(secret, dossier.lookupSecret)) throw missing;
  if (isRated(db, dossier.code))
    throw conflict(`Hồ sơ ${dossier.code} đã được đánh giá. Cảm ơn ông/bà.`);
  return { code: dossier.code, receivedBy: dossier.receivedBy };
}

/** Refuses (429) only a flood: more ratings from one kiosk in a minute than a queue of citizens can give. */
function pace(deps: FeedbackDeps, source: string, now: Date): void {
  const limit = deps.perKioskPerMinute ?? 6;
  if (recentBySource(deps.db, source, new Date(now.getTime() - 60_000)) >= limit)
    throw new AppError('rate_limited', 'Máy này vừa nhận nhiều đánh giá. Xin ông/bà chờ một lát.');
}

/** Records a rating: once per dossier (409 after), paced per kiosk without refusing the next citizen. */
export function rate(
  deps: FeedbackDeps,
  input: { level: number; dossierCode?: string; officer?: string; reasons?: RatingReason[] },
  source: string,
  now: Date,
): RateResult {
  const { db } = deps;
  const level = input.level as RatingLevel;
  const reasons = [...new Set(input.reasons ?? [])];
  return db
    .transaction(() => {
      const dossier = input.dossierCode ? checkDossier(db, input.dossierCode) : undefined;
      pace(deps, source, now);
      const officer = knownOfficer(db, input.officer) ?? dossier?.receivedBy;
      const id = insertRating(db, {
        at: now,
        level,
        dossierCode: dossier?.code,
        officer,
        source,
        reasons,
      });
      const result: RateResult = {
        id,
        level,
        label: labelOf(level),
        at: toVnIso(now),
        reasons,
        message: 'Cảm ơn ông/bà đã đánh giá.',
      };
      if (dossier) result.dossierCode = dossier.code;
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
