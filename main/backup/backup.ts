/**
 * Online backups with SQLite's backup API (better-sqlite3 `db.backup()`): a consistent copy
 * including what is still in the WAL, taken while the hub keeps working, each one checked with
 * `integrity_check` before it counts, and rotated (7 daily, 4 weekly, 12 monthly).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/database';
import { toVnIso } from '../calendar/vn-time';

export interface BackupInfo {
  file: string;
  bytes: number;
  /** When it was taken (ISO-8601, +07:00). */
  at: string;
}

const NAME = /^motcua-(\d{8})-(\d{6})\.sqlite$/u;

/** `motcua-YYYYMMDD-HHMMSS.sqlite` in Vietnam time, so names sort by time. */
function fileName(now: Date): string {
  const v = toVnIso(now);
  return `motcua-${v.slice(0, 10).replaceAll('-', '')}-${v.slice(11, 19).replaceAll(':', '')}.sqlite`;
}

/** Runs `PRAGMA integrity_check` on a database file; 'ok' or the first problems found. */
export function integrityOf(file: string): string {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    return rows
      .map((r) => r.integrity_check)
      .slice(0, 5)
      .join('; ');
  } finally {
    copy.close();
  }
}

/** Copies the live database into `dir`, checks the copy and only then gives it its final name. */
export async function backupNow(db: Db, dir: string, now: Date): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileName(now));
  const partial = `${file}.partial`;
  try {
    await db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const integrity = integrityOf(partial);
  if (integrity !== 'ok') {
    renameSync(partial, `${file}.damaged`);
    throw new Error(`Bản sao lưu không toàn vẹn: ${integrity}`);
  }
  renameSync(partial, file);
  return { file, bytes: statSync(file).size, at: toVnIso(now) };
}

/** Every finished backup in `dir`, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => NAME.test(n))
    .sort()
    .reverse()
    .map((n) => {
      const [, d, t] = NAME.exec(n)!;
      const at = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}+07:00`;
      const file = path.join(dir, n);
      return { file, bytes: statSync(file).size, at };
    });
}

/** ISO week key (year-Www) of a +07:00 date string. */
function weekKey(at: string): string {
  const d = new Date(`${at.slice(0, 10)}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / 604_800_000);
  return `${d.getUTCFullYear()}-W${week}`;
}

/**
 * Which backups to keep (newest first in, kept out): the newest of each of the last 7 days, of
 * each of the last 4 weeks and of each of the last 12 months.
 */
export function keptBackups<T extends { at: string }>(newestFirst: readonly T[]): Set<T> {
  const kept = new Set<T>();
  const rules: [(at: string) => string, number][] = [
    [(at) => at.slice(0, 10), 7],
    [weekKey, 4],
    [(at) => at.slice(0, 7), 12],
  ];
  for (const [key, count] of rules) {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const k = key(b.at);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      kept.add(b);
    }
  }
  return kept;
}

/** Deletes the backups the rotation no longer keeps; returns how many went. */
export function rotateBackups(dir: string): number {
  const all = listBackups(dir);
  const kept = keptBackups(all);
  let removed = 0;
  for (const b of all)
    if (!kept.has(b)) {
      rmSync(b.file, { force: true });
      removed += 1;
    }
  return removed;
}
