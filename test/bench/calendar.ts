/** The due-date engine in process: what one `calendar.dueDate` costs, warm and cold. */
import '../../main/core/validation';
import { calendarContract } from '../../main/calendar/contract';
import { calendarHandlers } from '../../main/calendar/operations';
import { createCalendarService } from '../../main/calendar/service';
import type { TimeUnit } from '../../main/calendar/types';
import { openDatabase } from '../../main/db/database';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { percentile, type BenchRow } from './types';

const RUNS = 20_000;
const START = Date.parse('2025-01-01T00:00:00+07:00');
const SPAN = Date.parse('2027-10-01T00:00:00+07:00') - START;

/** A deterministic generator so two runs time the same requests. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const micro = (ms: number) => Math.round(ms * 1000 * 100) / 100;

function time(fn: (i: number) => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

/** Measures dueDate over random receipts 2025–2027 and 1–60 working days, then the whole operation. */
export function benchCalendar(): BenchRow[] {
  const db = openDatabase(':memory:');
  migrate(db, migrations);
  const calendar = createCalendarService(db);
  const rand = seeded(42);
  const requests = Array.from({ length: RUNS }, () => ({
    from: new Date(START + Math.floor(rand() * SPAN)),
    amount: 1 + Math.floor(rand() * 60),
    unit: 'working_day' as const,
  }));

  const cold = time((i) => calendar.dueDate(requests[i]), 1)[0];
  time((i) => calendar.dueDate(requests[i % 2000]), 2000); // warm-up: JIT and the day table
  const engine = time((i) => calendar.dueDate(requests[i]), RUNS);

  const units: TimeUnit[] = ['working_day', 'calendar_day', 'working_hour', 'same_day'];
  const handler = calendarHandlers({ calendar, db })['calendar.dueDate'];
  const schema = calendarContract['calendar.dueDate'].input;
  const ctx = { caller: null, token: null, now: new Date(), origin: 'cli' as const };
  const bodies = requests.map((r, i) => {
    const unit = units[i % units.length];
    return {
      from: new Date(r.from).toISOString(),
      amount: unit === 'same_day' ? 0 : r.amount,
      unit,
      cutoff: i % 3 === 0 ? '15:00' : undefined,
    };
  });
  const operation = time((i) => handler(schema.parse(bodies[i]), ctx), RUNS);

  const p95 = percentile(engine, 95);
  const op95 = percentile(operation, 95);
  return [
    {
      name: 'calendar.dueDate engine p50 (1–60 working days)',
      value: micro(percentile(engine, 50)),
      unit: 'µs',
    },
    {
      name: 'calendar.dueDate engine p95 (1–60 working days)',
      value: micro(p95),
      unit: 'µs',
      target: '≤ 50 µs',
      ok: p95 * 1000 <= 50,
    },
    {
      name: 'calendar.dueDate operation p50 (zod parse + handler, all units)',
      value: micro(percentile(operation, 50)),
      unit: 'µs',
    },
    {
      name: 'calendar.dueDate operation p95 (zod parse + handler, all units)',
      value: micro(op95),
      unit: 'µs',
      target: '≤ 50 µs',
      ok: op95 * 1000 <= 50,
    },
    { name: 'calendar.dueDate first call (year read from SQLite)', value: micro(cold), unit: 'µs' },
  ];
}
