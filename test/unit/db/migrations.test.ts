import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/database';
import {
  DatabaseTooNewError,
  migrate,
  schemaVersion,
  type Migration,
} from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'motcua-db-')), 'test.sqlite');
const tables = (db: Db) =>
  db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type IN ('table','index','trigger') ORDER BY name",
    )
    .all()
    .map((r) => r.name);

describe('migration runner', () => {
  it('opens with WAL and foreign keys on', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('brings an empty database to the last version in one go', () => {
    const db = openDatabase(tempFile());
    const result = migrate(db, migrations);
    expect(result).toMatchObject({ from: 0, to: migrations.length });
    expect(schemaVersion(db)).toBe(migrations.length);
  });

  it('refuses a database newer than the code and leaves it untouched', () => {
    const db = openDatabase(tempFile());
    migrate(db, migrations);
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db, migrations)).toThrow(DatabaseTooNewError);
    expect(schemaVersion(db)).toBe(migrations.length + 1);
  });

  it('rolls every pending step back when one fails', () => {
    const db = openDatabase(tempFile());
    const failing: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken',
        up: (d) => d.exec('CREATE TABLE x (a INT) STRICT; SELECT * FROM nowhere;'),
      },
    ];
    expect(() => migrate(db, failing)).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).not.toContain('staff');
  });

  it('backs the file up before migrating a database that holds data', () => {
    const file = tempFile();
    const db = openDatabase(file);
    migrate(db, migrations, { file, target: 1 });
    const result = migrate(db, migrations, { file });
    expect(result.backup).toBe(`${file}.v1.bak`);
    expect(existsSync(result.backup!)).toBe(true);
  });

  it('rejects migrations listed out of order', () => {
    const db = openDatabase(tempFile());
    expect(() => migrate(db, [migrations[1]])).toThrow(/expected 1/);
  });
});

// One test per migration: migrate to N-1, seed, migrate to N, check the seed survived and N's schema exists.
const seeds: Record<number, { seed: (db: Db) => void; check: (db: Db) => void }> = {
  1: {
    seed: () => undefined,
    check: (db) => {
      db.prepare("INSERT INTO audit (at, actor, action) VALUES ('2026-01-01', 'a', 'b')").run();
      expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE audit SET actor = 'x'").run()).toThrow(/append-only/);
    },
  },
  2: {
    seed: (db) =>
      db
        .prepare(
          "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('an', 'h', 'An', 'officer', '2026')",
        )
        .run(),
    check: (db) => {
      expect(db.prepare("SELECT full_name FROM staff WHERE username = 'an'").pluck().get()).toBe(
        'An',
      );
      expect(tables(db)).toContain('procedures');
    },
  },
  3: {
    seed: () => undefined,
    check: (db) => {
      expect(tables(db)).toContain('calendar_days');
    },
  },
  4: {
    seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('unit', '{}')").run(),
    check: (db) => {
      expect(db.prepare("SELECT value FROM settings WHERE key = 'unit'").pluck().get()).toBe('{}');
      expect(tables(db)).toEqual(
        expect.arrayContaining(['dossiers', 'declarations', 'day_counters', 'dossier_events']),
      );
    },
  },
  5: {
    seed: () => undefined,
    check: (db) => {
      expect(tables(db)).toContain('print_jobs');
    },
  },
  6: {
    seed: (db) => {
      db.prepare(
        "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('an', 'h', 'An', 'officer', '2026')",
      ).run();
      // Only the catalog's required columns, read from the schema, so this case follows the catalog's own changes.
      const known: Record<string, string> = {
        code: '1.001193',
        name: 'Đăng ký khai sinh',
        field: 'Hộ tịch',
        source: 'sample',
        levels: '[]',
        data: '{}',
      };
      const required = db
        .prepare<[], { name: string; type: string }>(
          'SELECT name, type FROM pragma_table_info(\'procedures\') WHERE "notnull" = 1 AND dflt_value IS NULL AND pk = 0',
        )
        .all();
      const values = required.map((c) => known[c.name] ?? (c.type === 'INTEGER' ? 0 : ''));
      db.prepare(
        `INSERT INTO procedures (${required.map((c) => c.name).join(', ')}) VALUES (${required.map(() => '?').join(', ')})`,
      ).run(...values);
      db.prepare(
        `INSERT INTO dossiers (code, procedure_code, procedure_name, applicant_name, applicant_id, applicant_phone, applicant_address,
           documents, status, received_at, due_at, original_due_at, processing, lookup_secret, received_by)
         VALUES ('X-261126-0001', '1.001193', 'Đăng ký khai sinh', 'An', '001190012345', '0912345678', 'Hà Nội',
           '[]', 'received', '2026-11-26T02:00:00.000Z', '2026-11-27T10:00:00.000Z', '2026-11-27T10:00:00.000Z', '{}', 'S', 1)`,
      ).run();
      db.prepare(
        "INSERT INTO dossier_events (dossier, at, actor, action, to_status) VALUES ('X-261126-0001', '2026', 'an', 'accept', 'received')",
      ).run();
    },
    check: (db) => {
      expect(
        db
          .prepare("SELECT field, paused_ms, note FROM dossiers WHERE code = 'X-261126-0001'")
          .get(),
      ).toEqual({ field: 'Hộ tịch', paused_ms: 0, note: '' });
      expect(tables(db)).toEqual(
        expect.arrayContaining([
          'dossier_handovers',
          'dossiers_result',
          'dossiers_returned',
          'dossiers_procedure',
        ]),
      );
      expect(() => db.prepare('DELETE FROM dossier_events').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE dossier_events SET actor = 'x'").run()).toThrow(
        /append-only/,
      );
    },
  },
  7: {
    seed: (db) =>
      db
        .prepare(
          "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('binh', 'h', 'Bình', 'officer', '2026')",
        )
        .run(),
    check: (db) => {
      expect(db.prepare("SELECT full_name FROM staff WHERE username = 'binh'").pluck().get()).toBe(
        'Bình',
      );
      expect(tables(db)).toEqual(
        expect.arrayContaining(['queue_counters', 'queue_tickets', 'feedback']),
      );
      expect(db.prepare('SELECT number, name, fields FROM queue_counters').all()).toEqual([
        { number: 1, name: 'Quầy số 1', fields: '[]' },
      ]);
      expect(() =>
        db.prepare("INSERT INTO feedback (at, level, source) VALUES ('2026', 6, 'kiosk')").run(),
      ).toThrow(/CHECK/);
    },
  },

  // migration 8 (devices): its owner replaces this case with a seed and checks of its schema.
  8: {
    seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('m8', 'kept')").run(),
    check: (db) => {
      expect(db.prepare("SELECT value FROM settings WHERE key = 'm8'").pluck().get()).toBe('kept');
    },
  },

  // migration 9 (safety): its owner replaces this case with a seed and checks of its schema.
  9: {
    seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('m9', 'kept')").run(),
    check: (db) => {
      expect(db.prepare("SELECT value FROM settings WHERE key = 'm9'").pluck().get()).toBe('kept');
    },
  },

  // migration 10 (paperwork): documents by kind, ledger numbers for the dossiers already received.
  10: {
    seed: (db) => {
      db.prepare(
        "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('an', 'h', 'An', 'officer', '2026')",
      ).run();
      const insert = db.prepare(
        `INSERT INTO dossiers (code, procedure_code, procedure_name, applicant_name, applicant_id, applicant_phone, applicant_address,
           documents, status, received_at, due_at, original_due_at, processing, lookup_secret, received_by)
         VALUES (?, '1.001193', 'Đăng ký khai sinh', 'An', '001190012345', '0912345678', 'Hà Nội',
           ?, 'received', ?, '2027-01-05T10:00:00.000Z', '2027-01-05T10:00:00.000Z', '{}', 'S', 1)`,
      );
      insert.run(
        'X-261231-0001',
        '[{"name":"Tờ khai","originals":1,"copies":2}]',
        '2026-12-31T03:00:00.000Z',
      );
      insert.run('X-261230-0001', '[]', '2026-12-30T03:00:00.000Z');
      // 17:30 UTC on 31/12 is already 01/01/2027 in Vietnam: the first entry of the 2027 ledger.
      insert.run('X-270101-0001', '[]', '2026-12-31T17:30:00.000Z');
    },
    check: (db) => {
      const rows = db
        .prepare('SELECT code, ledger_year, ledger_no, delivery_method FROM dossiers ORDER BY code')
        .all();
      expect(rows).toEqual([
        { code: 'X-261230-0001', ledger_year: 2026, ledger_no: 1, delivery_method: 'counter' },
        { code: 'X-261231-0001', ledger_year: 2026, ledger_no: 2, delivery_method: 'counter' },
        { code: 'X-270101-0001', ledger_year: 2027, ledger_no: 1, delivery_method: 'counter' },
      ]);
      const docs = db
        .prepare("SELECT documents FROM dossiers WHERE code = 'X-261231-0001'")
        .pluck()
        .get() as string;
      expect(JSON.parse(docs)).toEqual([
        { name: 'Tờ khai', originals: 1, certifiedCopies: 2, photocopies: 0 },
      ]);
      expect(db.prepare('SELECT year, last FROM ledger_counters ORDER BY year').all()).toEqual([
        { year: 2026, last: 2 },
        { year: 2027, last: 1 },
      ]);
      expect(tables(db)).toEqual(expect.arrayContaining(['ledger_counters', 'dossiers_ledger']));
    },
  },

  // migration 11 (catalog-scope): its owner replaces this case with a seed and checks of its schema.
  11: {
    seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('m11', 'kept')").run(),
    check: (db) => {
      expect(db.prepare("SELECT value FROM settings WHERE key = 'm11'").pluck().get()).toBe('kept');
    },
  },

  // migration 12 (queue-care): its owner replaces this case with a seed and checks of its schema.
  12: {
    seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('m12', 'kept')").run(),
    check: (db) => {
      expect(db.prepare("SELECT value FROM settings WHERE key = 'm12'").pluck().get()).toBe('kept');
    },
  },

  // migration 13 (outbox): its owner replaces this case with a seed and checks of its schema.
  13: {
    seed: (db) => db.prepare("INSERT INTO settings (key, value) VALUES ('m13', 'kept')").run(),
    check: (db) => {
      expect(db.prepare("SELECT value FROM settings WHERE key = 'm13'").pluck().get()).toBe('kept');
    },
  },
};

describe.each(migrations.map((m) => [m.version, m.name] as const))(
  'migration %i (%s)',
  (version) => {
    it('applies over the previous version and keeps its data', () => {
      const file = tempFile();
      const db = openDatabase(file);
      migrate(db, migrations, { file, target: version - 1 });
      const case_ = seeds[version];
      expect(case_, `a test case for migration ${version}`).toBeDefined();
      case_.seed(db);
      migrate(db, migrations, { file, target: version });
      expect(schemaVersion(db)).toBe(version);
      case_.check(db);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  },
);
