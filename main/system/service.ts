/**
 * The storage watch: a quick integrity check and a backup at start and every day at a set time,
 * free space measured on each status, and the admin told what is wrong in plain words.
 */
import type { Db } from '../db/database';
import { freeBytes, quickCheck } from '../db/health';
import { backupNow, listBackups, rotateBackups } from '../backup/backup';
import { toVnIso } from '../calendar/vn-time';
import type { BackupSummary, IntegrityState, SystemStatus } from './types';

/** Below this much free space the admin is warned (a day's dossiers need far less). */
export const LOW_DISK_BYTES = 1024 ** 3;
const DAY_MS = 86_400_000;

export interface SystemService {
  status(): SystemStatus;
  backup(): Promise<BackupSummary>;
  /** Runs the start-up check and backup, then every day at `at`. */
  start(): void;
  stop(): void;
}

/** Milliseconds from `now` to the next `HH:MM` in Vietnam time (UTC+7). */
export function msUntil(at: string, now: Date): number {
  const [h, m] = at.split(':').map(Number);
  const vnNow = now.getTime() + 7 * 3_600_000;
  const target = Math.floor(vnNow / DAY_MS) * DAY_MS + (h * 60 + m) * 60_000;
  return target > vnNow ? target - vnNow : target + DAY_MS - vnNow;
}

/** Builds the watch over one database and its backup directory. */
export function createSystemService(deps: {
  db: Db;
  dataDir: string;
  backupDir: string;
  backupAt: string;
  clock: () => Date;
  tlsFingerprint: string | null;
  log?: (line: string) => void;
}): SystemService {
  const log = deps.log ?? ((line: string) => console.error(line));
  let integrity: IntegrityState = { status: 'unchecked', checkedAt: null };
  let lastBackupError: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  const check = () => {
    const result = quickCheck(deps.db);
    integrity = {
      status: result === 'ok' ? 'ok' : 'damaged',
      checkedAt: toVnIso(deps.clock()),
      ...(result === 'ok' ? {} : { detail: result }),
    };
    if (result !== 'ok') log(`integrity check failed: ${result}`);
  };
  const backup = async (): Promise<BackupSummary> => {
    try {
      const b = await backupNow(deps.db, deps.backupDir, deps.clock());
      rotateBackups(deps.backupDir);
      lastBackupError = null;
      return b;
    } catch (error) {
      lastBackupError = error instanceof Error ? error.message : String(error);
      throw error;
    }
  };
  const daily = () => {
    try {
      check();
    } catch (error) {
      log(`integrity check could not run: ${String(error)}`);
    }
    backup().catch((error: unknown) => {
      if (deps.db.open) log(`backup failed: ${String(error)}`); // not when the hub is closing
    });
  };
  const schedule = () => {
    timer = setTimeout(
      () => {
        daily();
        schedule();
      },
      msUntil(deps.backupAt, deps.clock()),
    );
    timer.unref();
  };
  return {
    backup,
    start() {
      daily();
      schedule();
    },
    stop: () => clearTimeout(timer),
    status: () => statusOf({ ...deps, integrity, lastBackupError }),
  };
}

function statusOf(s: {
  dataDir: string;
  backupDir: string;
  clock: () => Date;
  tlsFingerprint: string | null;
  integrity: IntegrityState;
  lastBackupError: string | null;
}): SystemStatus {
  const backups = listBackups(s.backupDir);
  const last = backups[0] ?? null;
  const free = freeBytes(s.dataDir);
  const warnings: string[] = [];
  if (s.integrity.status === 'damaged')
    warnings.push(
      `Tệp dữ liệu bị hỏng (${s.integrity.detail ?? ''}). Hãy khôi phục từ bản sao lưu gần nhất.`,
    );
  if (free !== null && free < LOW_DISK_BYTES)
    warnings.push(
      `Ổ đĩa sắp đầy: chỉ còn ${Math.round(free / 1024 ** 2)} MB trống. Hãy giải phóng dung lượng.`,
    );
  if (s.lastBackupError) warnings.push(`Sao lưu gần nhất không thành công: ${s.lastBackupError}`);
  if (!last || s.clock().getTime() - Date.parse(last.at) > 1.5 * DAY_MS)
    warnings.push('Chưa có bản sao lưu trong hơn một ngày qua.');
  return {
    integrity: s.integrity,
    lastBackup: last,
    lastBackupError: s.lastBackupError,
    backupDir: s.backupDir,
    backupCount: backups.length,
    freeBytes: free,
    warnings,
    tlsFingerprint: s.tlsFingerprint,
  };
}
