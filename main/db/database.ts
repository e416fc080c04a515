/** The thin SQLite layer: one better-sqlite3 connection per process that owns the file. */
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Opens (or creates) a database with the pragmas every connection of ours must have. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Runs `fn` in an IMMEDIATE transaction so that counters read inside it cannot race. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
