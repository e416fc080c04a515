import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';

describe('migration 3 (calendar)', () => {
  it('adds the calendar tables to a version-2 database and keeps its data', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations, { target: 2 });
    db.prepare("INSERT INTO settings (key, value) VALUES ('unit', 'x')").run();
    migrate(db, migrations, { target: 3 });
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: 'x' });
    db.prepare(
      "INSERT INTO calendar_years (year, updated_at) VALUES (2026, '2026-11-26T00:00:00Z')",
    ).run();
    db.prepare(
      "INSERT INTO calendar_days (date, kind, source, note) VALUES ('2026-01-10', 'work', 'official', 'Làm bù')",
    ).run();
    expect(db.prepare('SELECT * FROM calendar_days').all()).toEqual([
      { date: '2026-01-10', kind: 'work', source: 'official', note: 'Làm bù' },
    ]);
  });

  it('refuses rows the engine could misread', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations, { target: 3 });
    const insert = db.prepare('INSERT INTO calendar_days (date, kind, source) VALUES (?, ?, ?)');
    expect(() => insert.run('2026-1-10', 'work', 'admin')).toThrow(/CHECK/u);
    expect(() => insert.run('2026-01-10', 'holiday', 'admin')).toThrow(/CHECK/u);
    expect(() => insert.run('2026-01-10', 'off', 'guess')).toThrow(/CHECK/u);
    insert.run('2026-01-10', 'off', 'admin');
    expect(() => insert.run('2026-01-10', 'work', 'admin')).toThrow(/UNIQUE|PRIMARY/u);
  });
});
