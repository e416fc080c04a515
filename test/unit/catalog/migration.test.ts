import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database';
import { migrate, schemaVersion } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';

describe('migration 2 (catalog)', () => {
  it('adds the catalog tables on top of version 1 and keeps what version 1 held', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations, { target: 1 });
    db.prepare("INSERT INTO settings (key, value) VALUES ('unit', 'UBND xã')").run();
    migrate(db, migrations, { target: 2 });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: 'UBND xã' });
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    for (const t of ['procedures', 'procedure_search', 'procedure_history', 'catalog_imports'])
      expect(tables).toContain(t);
    db.prepare(
      "INSERT INTO procedure_search (rowid, name, field, codes) VALUES (1, 'dang ki khai sinh', 'ho tich', '1.001193 001193')",
    ).run();
    expect(
      db
        .prepare('SELECT rowid FROM procedure_search WHERE procedure_search MATCH \'"1.0011"*\'')
        .all(),
    ).toEqual([{ rowid: 1 }]);
    expect(
      db.prepare('SELECT rowid FROM procedure_search WHERE procedure_search MATCH \'"kh"*\'').all(),
    ).toEqual([{ rowid: 1 }]);
  });
});
