/** The migration runner: ordered steps, version in PRAGMA user_version, all pending in one transaction. */
import { copyFileSync, existsSync } from 'node:fs';
import type { Db } from './database';

export interface Migration {
  /** 1, 2, 3 … with no gaps; the database's user_version is the last one applied. */
  version: number;
  name: string;
  up(db: Db): void;
}

export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `Cơ sở dữ liệu ở phiên bản ${found}, mới hơn phiên bản ${known} mà chương trình này hiểu. ` +
        'Hãy cập nhật chương trình trước khi mở dữ liệu này.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Reads the schema version the file is at. */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to `target` (default: the last migration). Backs the file up first when it
 * holds data, runs every pending step in one transaction, and refuses a database newer than the code.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  options: { file?: string; target?: number } = {},
): { from: number; to: number; backup?: string } {
  checkOrder(migrations);
  const known = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
  const target = options.target ?? known;
  const from = schemaVersion(db);
  if (from > known) throw new DatabaseTooNewError(from, known);
  if (from >= target) return { from, to: from };
  let backup: string | undefined;
  if (from > 0 && options.file && existsSync(options.file)) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    backup = `${options.file}.v${from}.bak`;
    copyFileSync(options.file, backup);
  }
  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from, to: target, backup };
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}
