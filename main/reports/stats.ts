/**
 * A period's statistics, each figure one indexed query: received (by channel, field, state) by
 * receipt time; completed early / on time / late by the time the result became ready, against the
 * due date first promised (a Mẫu 04 apology does not turn a late dossier into an on-time one);
 * returned and fees by return time; overdue now against the statutory date; refused, supplement
 * requested, withdrawn and stopped by the time the dossier entered that state; per officer.
 */
import type { Db } from '../db/database';
import { DOSSIER_STATES, type DossierState } from '../dossiers/lifecycle';
import { statement } from '../db/statements';
import { toPeriod, type Period } from './range';
import type { CountBy, OfficerFigures, StatsResult } from './types';

const CHANNELS: Record<number, string> = {
  1: 'Trực tiếp',
  2: 'Trực tuyến',
  3: 'Bưu chính công ích',
};
const METHODS: Record<string, string> = {
  cash: 'Tiền mặt',
  transfer: 'Chuyển khoản',
  exempt: 'Miễn phí',
};
const DAY_MS = 86_400_000;

interface ReceivedGroup {
  channel: number;
  field: string;
  status: string;
  received_by: number;
  count: number;
}

/** Adds up one grouping of the received rows, largest first. */
function tally<K extends string | number>(
  groups: ReceivedGroup[],
  key: (g: ReceivedGroup) => K,
  label: (k: K) => string,
): CountBy<K>[] {
  const counts = new Map<K, number>();
  for (const g of groups) counts.set(key(g), (counts.get(key(g)) ?? 0) + g.count);
  return [...counts]
    .map(([k, count]) => ({ key: k, label: label(k), count }))
    .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

/** One scan of the covering receipt index, grouped every way the report needs. */
function receivedGroups(db: Db, p: Period): ReceivedGroup[] {
  return statement<[string, string], ReceivedGroup>(
    db,
    `SELECT channel, field, status, received_by, count(*) AS count FROM dossiers
     WHERE received_at >= ? AND received_at < ? GROUP BY channel, field, status, received_by`,
  ).all(p.start, p.end);
}

function received(groups: ReceivedGroup[]): StatsResult['received'] {
  return {
    total: groups.reduce((s, g) => s + g.count, 0),
    byChannel: tally(
      groups,
      (g) => g.channel,
      (k) => CHANNELS[k] ?? String(k),
    ),
    byField: tally(
      groups,
      (g) => g.field,
      (k) => k || 'Chưa phân lĩnh vực',
    ),
    byStatus: tally(
      groups,
      (g) => g.status,
      (k) => DOSSIER_STATES[k as DossierState]?.label ?? k,
    ),
  };
}

function completed(
  db: Db,
  p: Period,
): StatsResult['completed'] & { averageProcessingDays: number | null } {
  const r = statement<
    [string, string],
    { total: number; early: number | null; late: number | null; ms: number | null }
  >(
    db,
    `SELECT count(*) AS total,
         sum(date(result_at, '+7 hours') < date(original_due_at, '+7 hours')) AS early,
         sum(result_at > original_due_at) AS late,
         avg((julianday(result_at) - julianday(received_at)) * 86400000.0 - paused_ms) AS ms
       FROM dossiers WHERE result_at >= ? AND result_at < ?`,
  ).get(p.start, p.end)!;
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
  const rows = statement<[string, string], { key: string; count: number; fees: number }>(
    db,
    `SELECT fee_method AS key, count(*) AS count, coalesce(sum(fee_amount), 0) AS fees
       FROM dossiers WHERE returned_at >= ? AND returned_at < ? GROUP BY fee_method ORDER BY count DESC`,
  ).all(p.start, p.end);
  return {
    total: rows.reduce((s, r) => s + r.count, 0),
    feeTotal: rows.reduce((s, r) => s + r.fees, 0),
    byMethod: rows.map((r) => ({ key: r.key, label: METHODS[r.key] ?? r.key, count: r.count })),
  };
}

function byOfficer(db: Db, p: Period, groups: ReceivedGroup[]): OfficerFigures[] {
  const received = new Map<number, number>();
  for (const g of groups) received.set(g.received_by, (received.get(g.received_by) ?? 0) + g.count);
  const returned = statement<[string, string], { id: number; n: number; fees: number }>(
    db,
    `SELECT returned_by AS id, count(*) AS n, coalesce(sum(fee_amount), 0) AS fees
     FROM dossiers WHERE returned_at >= ? AND returned_at < ? GROUP BY returned_by`,
  ).all(p.start, p.end);
  const byId = new Map(returned.map((r) => [r.id, r]));
  const ids = [...new Set([...received.keys(), ...byId.keys()])];
  const staff = statement<[string], { id: number; username: string; full_name: string }>(
    db,
    'SELECT id, username, full_name FROM staff WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids));
  return staff
    .map((s) => ({
      username: s.username,
      fullName: s.full_name,
      received: received.get(s.id) ?? 0,
      returned: byId.get(s.id)?.n ?? 0,
      feesCollected: byId.get(s.id)?.fees ?? 0,
    }))
    .sort((a, b) => b.received - a.received || a.username.localeCompare(b.username));
}

/**
 * Open dossiers past their statutory date at `now`: a Mẫu 04 apology moves the date promised, not
 * the lateness (a dossier waiting for the citizen's papers is not the unit's delay).
 */
export function overdueNow(db: Db, now: Date): number {
  const sql =
    "SELECT count(*) AS n FROM dossiers WHERE status IN ('received', 'in_progress', 'handed_over') AND original_due_at < ?";
  return statement<[string], { n: number }>(db, sql).get(now.toISOString())?.n ?? 0;
}

/** Dossiers that entered each ending or pausing state during the period (each dossier once per state). */
function outcomes(db: Db, p: Period): StatsResult['outcomes'] {
  const rows = statement<[string, string], { status: string; n: number }>(
    db,
    `SELECT to_status AS status, count(DISTINCT dossier) AS n FROM dossier_events
     WHERE at >= ? AND at < ? AND to_status IN ('refused', 'supplement_requested', 'withdrawn', 'stopped')
     GROUP BY to_status`,
  ).all(p.start, p.end);
  const n = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return {
    refused: n('refused'),
    supplementRequested: n('supplement_requested'),
    withdrawn: n('withdrawn'),
    stopped: n('stopped'),
  };
}

/** The period's statistics for the head of unit's monthly report. */
export function stats(db: Db, q: { from: string; to: string }, now: Date): StatsResult {
  const p = toPeriod(q.from, q.to);
  const { averageProcessingDays, ...done } = completed(db, p);
  const groups = receivedGroups(db, p);
  return {
    from: p.from,
    to: p.to,
    received: received(groups),
    completed: done,
    overdueNow: overdueNow(db, now),
    outcomes: outcomes(db, p),
    averageProcessingDays,
    returned: returned(db, p),
    byOfficer: byOfficer(db, p, groups),
  };
}
