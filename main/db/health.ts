/** Storage health: SQLite's quick integrity check and the free space of the data disk. */
import { statfsSync } from 'node:fs';
import type { Db } from './database';

/** `PRAGMA quick_check`: 'ok', or the first problems found (a damaged page, a broken index). */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows
    .map((r) => r.quick_check)
    .slice(0, 5)
    .join('; ');
}

/** Bytes free for this process on the disk holding `dir` (null where the OS cannot say). */
export function freeBytes(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}
