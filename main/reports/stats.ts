/**
 * A period's statistics, each figure one indexed query: received (by channel, field, state) by
 * receipt time; completed early / on time / late by the time the result became ready, against the
 * due date first promised (a Mẫu 04 apology does not turn a late dossier into an on-time one);
 * returned and fees by return time; overdue now; per officer.
 */
import type { Db } from '../db/database';
import { DOSSIER_STATES, type DossierState } from '../dossiers/lifecycle';
import { toPeriod, type Period } from './range';
import type { CountBy, OfficerFigures, StatsResult } from './types';

const CHANNELS: Record<number, string> = { 1: 'Trực tiếp', 2: 'Trực tuyến', 3: 'Bưu chính công ích' };
const METHODS: Record<string, string> = { cash: 'Tiền mặt', transfer: 'Chuyển khoản', exempt: 'Miễn phí' };
const DAY_MS = 86_400_000;

function received(db: Db, p: Period): StatsResult['received'] {
  const group = <K extends string | number>(column: string) =>
    db
      .prepare<[string, string], { key: K; count: number }>(
        `SELECT ${column} AS key, count(*) AS count FROM dossiers WHERE received_at >= ? AND received_at < ? GROUP BY ${column} ORDER BY count DESC`,
      )
      .all(p.start, p.end);
  const byChannel: CountBy<number>[] = group<number>('channel').map((r) => ({ ...r, label: CHANNELS[r.key] ?? String(r.key) }));
  const byField: CountBy<string>[] = group<string>('field').map((r) => ({ ...r, label: r.key || 'Chưa phân lĩnh vực' }));
  const byStatus: CountBy<string>[] = group<string>('status').map((r) => ({ ...r, label: DOSSIER_STATES[r.key as DossierState]?.label ?? r.key }));
  return { total: byChannel.reduce((s, r) => s + r.count, 0), byChannel, byField, byStatus };
}

function completed(db: Db, p: Period): StatsResult['completed'] & { averageProcessingDays: number | null } {
  const r = db
    .prepare<[string, string], { total: number; early: number | null; late: number | null; ms: number | null }>(
      `SELECT count(*) AS total,
         sum(date(result_at, '+7 hours') < date(original_due_at, '+7 hours')) AS early,
         sum(result_at > original_due_at) AS late,
         avg((julianday(result_at) - julianday(received_at)) * 86400000.0 - paused_ms) AS ms
       FROM dossiers WHERE result_at >= ? AND result_at < ?`,
    )
    .get(p.start, p.end)!;
  const early = r.early ?? 0;
  const late = r.late ?? 0;
  const onTime = r.total - early - late;
  return {
    total: r.total,
    early,
    onTime,
    late,
    onTimeRate: r.total === 0 ? null : Math.round(((early + onTime) / r.total) * 1000) / 10,
    averageProcessingDays: r.ms === null ? null : Math.round((r.ms / DAY_MS) * 100) / 100,
  };
}

function returned(db: Db, p: Period): StatsResult['returned'] {
  const rows = db
    .prepare<[string, string], { key: string; count: number; fees: number }>(
      `SELECT fee_method AS key, count(*) AS count, coalesce(sum(fee_amount), 0) AS fees
       FROM dossiers WHERE returned_at >= ? AND returned_at < ? GROUP BY fee_method ORDER BY count DESC`,
    )
    .all(p.start, p.end);
  return {
    total: rows.reduce((s, r) => s + r.count, 0),
    feeTotal: rows.reduce((s, r) => s + r.fees, 0),
    byMethod: rows.map((r) => ({ key: r.key, label: METHODS[r.key] ?? r.key, count: r.count })),
  };
}

function byOfficer(db: Db, p: Period): OfficerFigures[] {
  return db
    .prepare<[string, string, string, string], OfficerFigures>(
      `WITH rec AS (SELECT received_by AS id, count(*) AS n FROM dossiers WHERE received_at >= ? AND received_at < ? GROUP BY received_by),
            ret AS (SELECT returned_by AS id, count(*) AS n, coalesce(sum(fee_amount), 0) AS fees
                    FROM dossiers WHERE returned_at >= ? AND returned_at < ? GROUP BY returned_by)
       SELECT s.username, s.full_name AS fullName, coalesce(rec.n, 0) AS received, coalesce(ret.n, 0) AS returned,
              coalesce(ret.fees, 0) AS feesCollected
       FROM staff s LEFT JOIN rec ON rec.id = s.id LEFT JOIN ret ON ret.id = s.id
       WHERE rec.n IS NOT NULL OR ret.n IS NOT NULL ORDER BY received DESC, s.username`,
    )
    .all(p.start, p.end, p.start, p.end);
}

/** Open dossiers past due at `now` (a dossier waiting for the citizen's papers is not the unit's delay). */
export function overdueNow(db: Db, now: Date): number {
  return (
    db
      .prepare<[string], number>("SELECT count(*) FROM dossiers WHERE status IN ('received', 'in_progress', 'handed_over') AND due_at < ?")
      .pluck()
      .get(now.toISOString()) ?? 0
  );
}

/** The period's statistics for the head of unit's monthly report. */
export function stats(db: Db, q: { from: string; to: string }, now: Date): StatsResult {
  const p = toPeriod(q.from, q.to);
  const { averageProcessingDays, ...done } = completed(db, p);
  return {
    from: p.from,
    to: p.to,
    received: received(db, p),
    completed: done,
    overdueNow: overdueNow(db, now),
    averageProcessingDays,
    returned: returned(db, p),
    byOfficer: byOfficer(db, p),
  };
}
