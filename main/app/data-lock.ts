/**
 * The data directory's lock: the process that owns the SQLite file writes its pid into
 * `hub.lock`, so a restore (or a second hub) refuses while it runs. A lock left by a process
 * that died (a crash, a power cut) is stale and is taken over.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'hub.lock';

/** The pid of a live process holding `dir`, or null. */
export function lockHolder(dir: string): number | null {
  const file = path.join(dir, LOCK_FILE);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** Takes the lock for this process; throws when another live process holds it. */
export function acquireLock(dir: string): () => void {
  const holder = lockHolder(dir);
  if (holder !== null && holder !== process.pid)
    throw new Error(
      `Thư mục dữ liệu ${dir} đang được tiến trình ${holder} sử dụng (một hub khác đang chạy).`,
    );
  const file = path.join(dir, LOCK_FILE);
  writeFileSync(file, String(process.pid));
  return () => {
    if (lockHolder(dir) === process.pid) rmSync(file, { force: true });
  };
}
