/** Wait and service time statistics per counter and per officer (`queue.stats`). */
import type { Db } from '../db/database';
import { vnDate } from '../calendar/vn-time';
import { calledTickets, listCounters, type TicketRow } from './repo';
import type { QueueStats, ServiceFigures } from './types';

const minutes = (ms: number[]) =>
  ms.length ? Math.round((ms.reduce((a, b) => a + b, 0) / ms.length / 60_000) * 10) / 10 : null;
const span = (a: string, b: string) => Date.parse(b) - Date.parse(a);

/** Figures of a group of called tickets: served and skipped counts, mean wait (taken → first call) and service (call → done). */
export function figures(rows: readonly TicketRow[]): ServiceFigures {
  const done = rows.filter((r) => r.status === 'done' && r.finished_at && r.called_at);
  return {
    served: done.length,
    skipped: rows.filter((r) => r.status === 'skipped').length,
    meanWaitMinutes: minutes(rows.map((r) => span(r.taken_at, r.first_called_at!))),
    meanServiceMinutes: minutes(done.map((r) => span(r.called_at!, r.finished_at!))),
  };
}

function groupBy<K>(rows: readonly TicketRow[], key: (r: TicketRow) => K): Map<K, TicketRow[]> {
  const out = new Map<K, TicketRow[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/** The figures of the days [from, to] (Vietnam dates, default today). */
export function queueStats(db: Db, input: { from?: string; to?: string }, now: Date): QueueStats {
  const from = input.from ?? vnDate(now);
  const to = input.to ?? from;
  const rows = calledTickets(db, from, to);
  const names = new Map(listCounters(db, vnDate(now)).map((c) => [c.number, c.name]));
  const counters = [...groupBy(rows, (r) => r.counter)]
    .sort(([a], [b]) => a - b)
    .map(([n, list]) => ({ number: n, name: names.get(n) ?? `Quầy số ${n}`, ...figures(list) }));
  const officers = [...groupBy(rows, (r) => r.called_by ?? '')]
    .filter(([o]) => o !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([officer, list]) => ({ officer, ...figures(list) }));
  return { from, to, all: figures(rows), counters, officers };
}
