/**
 * Prepared statements kept per connection: every call path prepares its SQL once. Preparing on
 * each call (sign-in check, device check, audit, journal) was 8 % of the hub's busy time under
 * the 24-desk load. A cached statement must not be switched to `pluck()`/`raw()` (that would
 * change it for every caller): those few keep `db.prepare`.
 */
import type { Db } from './database';
import type Database from 'better-sqlite3';

const MAX_STATEMENTS = 1000;
const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on this connection, prepared on first use. */
export function statement<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    // Bounded, in case a caller ever builds SQL with values in it (the known ones are a handful).
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s as unknown as Database.Statement<P, R>;
}
