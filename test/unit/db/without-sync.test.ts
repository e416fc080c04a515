import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inTransaction, openDatabase, withoutSync } from '../../../main/db/database';

// SQLite's numbers for PRAGMA synchronous: 1 = NORMAL, 2 = FULL.
const FULL = 2;
const NORMAL = 1;

function freshDb() {
  const db = openDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'motcua-sync-')), 'd.db'));
  db.exec('CREATE TABLE t (x INTEGER)');
  return db;
}

describe('withoutSync (bookkeeping writes without their own fsync)', () => {
  it('runs the write with NORMAL and puts FULL back for every dossier commit after it', () => {
    const db = freshDb();
    let during = 0;
    withoutSync(db, () => {
      during = db.pragma('synchronous', { simple: true }) as number;
      db.prepare('INSERT INTO t VALUES (1)').run();
    });
    expect(during).toBe(NORMAL);
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
  });

  it('puts FULL back when the write throws', () => {
    const db = freshDb();
    expect(() =>
      withoutSync(db, () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
  });

  it('inside a transaction it just runs there (the level cannot change mid-transaction)', () => {
    const db = freshDb();
    inTransaction(db, () => {
      withoutSync(db, () => db.prepare('INSERT INTO t VALUES (2)').run());
    });
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    expect(db.prepare('SELECT x FROM t').get()).toEqual({ x: 2 });
  });
});
