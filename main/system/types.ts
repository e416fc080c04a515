/** What the admin screen shows about the hub's storage, backups and certificate. Node-free. */
export interface IntegrityState {
  status: 'ok' | 'damaged' | 'unchecked';
  checkedAt: string | null;
  /** SQLite's own words when damaged. */
  detail?: string;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  at: string;
}

export interface SystemStatus {
  integrity: IntegrityState;
  lastBackup: BackupSummary | null;
  /** Why the last backup attempt failed, when it did. */
  lastBackupError: string | null;
  backupDir: string;
  backupCount: number;
  freeBytes: number | null;
  /** Vietnamese sentences for the admin: damaged file, low disk, no recent backup. */
  warnings: string[];
  /** SHA-256 of the TLS certificate when the hub serves HTTPS, else null. */
  tlsFingerprint: string | null;
}
