/**
 * The reports operations (reports.logbook, reports.stats), typed from their own contract. They go
 * through the same `call` as every operation; this file only exists while main/api/contract.ts does
 * not list reportsContract yet — once it does, the screens can call `call('reports.…')` directly.
 */
import { call } from '../api/client';
import type { InputOf, ResultOf } from '../../../main/api/types';
import type { reportsContract } from '../../../main/reports/contract';

type Reports = typeof reportsContract;

/** Calls a reports operation with its typed input and result. */
export function callReport<K extends keyof Reports>(op: K, input: InputOf<Reports[K]>): Promise<ResultOf<Reports[K]>> {
  const untyped = call as unknown as (op: string, input: unknown) => Promise<ResultOf<Reports[K]>>;
  return untyped(op, input);
}

/** Today (YYYY-MM-DD, Vietnam) and the first day of its month: the default period of both screens. */
export function thisMonth(now: Date = new Date()): { from: string; to: string } {
  const local = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return { from: `${local.slice(0, 8)}01`, to: local };
}
