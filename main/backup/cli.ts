/**
 * `npm run backup -- [--data DIR] [--to DIR]`: an online backup now, also while the hub runs,
 * printing its path. `npm run restore -- [--data DIR] FILE`: puts a backup back in place,
 * refusing while a hub holds the data directory and keeping the file it replaces.
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { backupNow, integrityOf, rotateBackups } from './backup';
import { DB_FILE } from '../app/data-dir';
import { lockHolder } from '../app/data-lock';

function dataDirOf(value: string | undefined): string {
  return path.resolve(value ?? process.env.MOTCUA_DATA_DIR ?? '.data');
}

/** Copies the data directory's database with the backup API into `--to` (default `<data>/backups`). */
export async function runBackup(argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, to: { type: 'string' } },
  });
  const dir = dataDirOf(values.data);
  const file = path.join(dir, DB_FILE);
  if (!existsSync(file)) throw new Error(`Không có dữ liệu để sao lưu: ${file}`);
  const to = path.resolve(values.to ?? process.env.MOTCUA_BACKUP_DIR ?? path.join(dir, 'backups'));
  // A second connection is safe on the same machine: SQLite's WAL lets it read while the hub writes.
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const b = await backupNow(db, to, new Date());
    rotateBackups(to);
    return b.file;
  } finally {
    db.close();
  }
}

/** Restores FILE as the data directory's database; the current one is kept beside it. */
export function runRestore(argv: string[]): string[] {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { data: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new Error('Cách dùng: npm run restore -- [--data DIR] FILE');
  const source = path.resolve(positionals[0]);
  const dir = dataDirOf(values.data);
  const holder = lockHolder(dir);
  if (holder !== null)
    throw new Error(
      `Hub đang chạy trên ${dir} (tiến trình ${holder}). Hãy dừng hub trước khi khôi phục.`,
    );
  const integrity = integrityOf(source);
  if (integrity !== 'ok') throw new Error(`Bản sao lưu không toàn vẹn: ${integrity}`);
  const target = path.join(dir, DB_FILE);
  const lines: string[] = [];
  if (existsSync(target)) {
    const kept = `${target}.replaced-${new Date().toISOString().replace(/[:.]/gu, '-')}`;
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(target + suffix)) renameSync(target + suffix, kept + suffix);
    lines.push(`kept the replaced database as ${kept}`);
  }
  copyFileSync(source, target);
  lines.push(`restored ${source} → ${target}`);
  return lines;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'backup') console.log(await runBackup(rest));
  else if (command === 'restore') for (const line of runRestore(rest)) console.log(line);
  else throw new Error('Cách dùng: cli.ts backup|restore …');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
