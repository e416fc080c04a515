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

/** One procedure row with only the catalog's required columns, read from the schema, so seeds follow the catalog's own changes. */
function insertProcedure(db: Db): void {
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
}

// One test per migration: migrate to N-1, seed, migrate to N, check the seed survived and N's schema exists.
const seeds: Record<number, { seed: (db: Db) => void; check: (db: Db) => void }> = {
  1: {
    // Version 0 has no schema of ours; what a file may already hold is someone else's table, which must survive.
    seed: (db) => {
      db.exec(
        "CREATE TABLE notes (text TEXT NOT NULL) STRICT; INSERT INTO notes VALUES ('giữ nguyên')",
      );
    },
    check: (db) => {
      expect(db.prepare('SELECT text FROM notes').pluck().get()).toBe('giữ nguyên');
      expect(tables(db)).toEqual(
        expect.arrayContaining(['settings', 'staff', 'sessions', 'audit']),
      );
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
    seed: (db) => {
      db.prepare(
        "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('an', 'h', 'An', 'officer', '2026')",
      ).run();
      db.prepare(
        "INSERT INTO audit (at, actor, action, subject) VALUES ('2026', 'an', 'staff.create', 'an')",
      ).run();
      insertProcedure(db);
    },
    check: (db) => {
      expect(db.prepare("SELECT name FROM procedures WHERE code = '1.001193'").pluck().get()).toBe(
        'Đăng ký khai sinh',
      );
      expect(db.prepare('SELECT action FROM audit').pluck().all()).toEqual(['staff.create']);
      db.prepare("INSERT INTO calendar_years (year, updated_at) VALUES (2026, '2026')").run();
      db.prepare(
        "INSERT INTO calendar_days (date, kind, source, note) VALUES ('2026-09-02', 'off', 'official', 'Quốc khánh')",
      ).run();
      expect(() =>
        db
          .prepare(
            "INSERT INTO calendar_days (date, kind, source) VALUES ('2/9/2026', 'off', 'admin')",
          )
          .run(),
      ).toThrow(/CHECK/);
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
    seed: (db) => {
      db.prepare(
        "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('an', 'h', 'An', 'officer', '2026')",
      ).run();
      db.prepare(
        "INSERT INTO calendar_days (date, kind, source) VALUES ('2026-09-02', 'off', 'official')",
      ).run();
      db.prepare(
        "INSERT INTO declarations (code, procedure_code, applicant, created_at, status) VALUES ('TK-ABC123', '1.001193', '{}', '2026', 'accepted')",
      ).run();
      db.prepare("INSERT INTO day_counters (unit, day, last) VALUES ('X', '261126', 1)").run();
      db.prepare(
        `INSERT INTO dossiers (code, declaration_code, procedure_code, procedure_name, applicant_name, applicant_id, applicant_phone,
           applicant_address, documents, status, received_at, due_at, original_due_at, processing, lookup_secret, received_by)
         VALUES ('X-261126-0001', 'TK-ABC123', '1.001193', 'Đăng ký khai sinh', 'An', '001190012345', '0912345678', 'Hà Nội',
           '[]', 'received', '2026-11-26T02:00:00.000Z', '2026-11-27T10:00:00.000Z', '2026-11-27T10:00:00.000Z', '{}', 'S', 1)`,
      ).run();
    },
    check: (db) => {
      expect(
        db
          .prepare("SELECT declaration_code FROM dossiers WHERE code = 'X-261126-0001'")
          .pluck()
          .get(),
      ).toBe('TK-ABC123');
      expect(db.prepare('SELECT last FROM day_counters').pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM calendar_days').pluck().get()).toBe(1);
      db.prepare(
        "INSERT INTO print_jobs (created_at, kind, title, subject, printer, paper_width, status, document) VALUES ('2026', 'receipt', 'Mẫu 01', 'X-261126-0001', 'preview', 576, 'printed', '{}')",
      ).run();
      expect(() =>
        db
          .prepare(
            "INSERT INTO print_jobs (created_at, kind, title, printer, paper_width, status, document) VALUES ('2026', 'x', 'x', 'preview', 600, 'printed', '{}')",
          )
          .run(),
      ).toThrow(/CHECK/);
    },
  },
  6: {
    seed: (db) => {
      db.prepare(
        "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('an', 'h', 'An', 'officer', '2026')",
      ).run();
      insertProcedure(db);
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

  // migration 8 (devices): devices and pairing codes; audit and print jobs keep their rows and gain the device.
  8: {
    seed: (db) => {
      db.prepare(
        "INSERT INTO audit (at, actor, action, subject) VALUES ('2026-11-26T02:00:00.000Z', 'admin', 'auth.login', 'admin')",
      ).run();
      db.prepare(
        `INSERT INTO print_jobs (created_at, kind, title, printer, paper_width, status, document)
         VALUES ('2026-11-26T09:00:00+07:00', 'test_page', 'Trang in thử', 'preview', 576, 'printed', '{}')`,
      ).run();
    },
    check: (db) => {
      expect(db.prepare('SELECT actor, device FROM audit').all()).toEqual([
        { actor: 'admin', device: null },
      ]);
      expect(db.prepare('SELECT printer, device_id, printed_by FROM print_jobs').all()).toEqual([
        { printer: 'preview', device_id: null, printed_by: null },
      ]);
      expect(tables(db)).toEqual(expect.arrayContaining(['devices', 'device_pairings']));
      const device = (kind: string, hash: string) =>
        db
          .prepare(
            "INSERT INTO devices (kind, name, token_hash, paired_at) VALUES (?, 'Kiosk sảnh', ?, '2026')",
          )
          .run(kind, hash);
      device('kiosk', 'h1');
      // Two devices may share a name, never a token; the kind is one of three.
      device('workstation', 'h2');
      expect(() => device('kiosk', 'h1')).toThrow(/UNIQUE/);
      expect(() => device('phone', 'h3')).toThrow(/CHECK/);
      expect(() => db.prepare('UPDATE audit SET device = ?').run('x')).toThrow(/append-only/);
    },
  },

  // migration 9 (safety): sessions gain last_seen_at (from created_at); accepts remember their request id.
  9: {
    seed: (db) => {
      db.prepare(
        "INSERT INTO staff (id, username, password_hash, full_name, role, created_at) VALUES (7, 'chi', 'h', 'Chi', 'officer', '2026')",
      ).run();
      db.prepare(
        "INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES ('t9', 7, '2026-03-02T01:00:00.000Z', '2026-03-02T13:00:00.000Z')",
      ).run();
    },
    check: (db) => {
      expect(
        db.prepare("SELECT last_seen_at FROM sessions WHERE token_hash = 't9'").pluck().get(),
      ).toBe('2026-03-02T01:00:00.000Z');
      const cols = db
        .prepare<[], { name: string; pk: number }>('PRAGMA table_info(accept_requests)')
        .all();
      expect(cols.map((c) => c.name)).toEqual([
        'staff_id',
        'request_id',
        'dossier_code',
        'created_at',
        'answer',
      ]);
      expect(cols.filter((c) => c.pk > 0).map((c) => c.name)).toEqual(['staff_id', 'request_id']);
      // a request id must name a real dossier
      expect(() =>
        db
          .prepare(
            "INSERT INTO accept_requests (staff_id, request_id, dossier_code, created_at) VALUES (7, 'r1', 'NOPE', '2026')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
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

  11: {
    seed: (db) => {
      const insert = db.prepare(
        `INSERT INTO procedures (code, name, field, levels, time_text, fee_text, search_name, search_codes, source, data, created_at, updated_at)
         VALUES (?, ?, 'Hộ tịch', ' xa ', '', '', '', '', ?, '{}', '2026', '2026')`,
      );
      insert.run('1.001193', 'Đăng ký khai sinh', 'national');
      insert.run('1.000894', 'Đăng ký kết hôn', 'admin');
    },
    check: (db) => {
      const edited = db
        .prepare('SELECT code, admin_fields FROM procedures ORDER BY code')
        .all() as { code: string; admin_fields: string }[];
      expect(edited).toEqual([
        { code: '1.000894', admin_fields: '["*"]' },
        { code: '1.001193', admin_fields: '[]' },
      ]);
      expect(tables(db)).toContain('catalog_scope');
      expect(db.prepare('SELECT count(*) FROM catalog_scope').pluck().get()).toBe(0);
      expect(() =>
        db
          .prepare("INSERT INTO catalog_scope (id, levels, updated_at) VALUES (2, '[]', 'x')")
          .run(),
      ).toThrow(/CHECK/);
    },
  },

  // migration 12 (queue-care): tickets keep their number, status and times; new columns default.
  12: {
    seed: (db) => {
      const add = db.prepare(
        "INSERT INTO queue_tickets (day, counter, seq, ticket, status, taken_at, called_at, called_by) VALUES ('2026-11-26', 1, ?, ?, ?, '2026-11-26T02:00:00.000Z', ?, ?)",
      );
      add.run(1, '1001', 'done', '2026-11-26T02:05:00.000Z', 'lan');
      add.run(2, '1002', 'waiting', null, null);
      db.prepare("INSERT INTO feedback (at, level, source) VALUES ('2026', 4, 'kiosk')").run();
    },
    check: (db) => {
      expect(
        db
          .prepare(
            'SELECT ticket, counter, issued_counter, status, priority, first_called_at, declaration_code, recalls FROM queue_tickets ORDER BY seq',
          )
          .all(),
      ).toEqual([
        {
          ticket: '1001',
          counter: 1,
          issued_counter: 1,
          status: 'done',
          priority: 0,
          first_called_at: '2026-11-26T02:05:00.000Z',
          declaration_code: null,
          recalls: 0,
        },
        {
          ticket: '1002',
          counter: 1,
          issued_counter: 1,
          status: 'waiting',
          priority: 0,
          first_called_at: null,
          declaration_code: null,
          recalls: 0,
        },
      ]);
      expect(() =>
        db.prepare("UPDATE queue_tickets SET status = 'skipped' WHERE seq = 2").run(),
      ).not.toThrow();
      expect(() =>
        db.prepare("UPDATE queue_tickets SET status = 'lost' WHERE seq = 2").run(),
      ).toThrow(/CHECK/);
      expect(db.prepare('SELECT paused_reason FROM queue_counters').pluck().get()).toBeNull();
      expect(db.prepare('SELECT reasons FROM feedback').pluck().get()).toBe('[]');
    },
  },

  // migration 13 (outbox): fees by VietQR and the durable outbox, over a dossier of version 12.
  13: {
    seed: (db) => seeds[6].seed(db),
    check: (db) => {
      expect(tables(db)).toEqual(
        expect.arrayContaining([
          'fee_requests',
          'fee_payments',
          'fee_timing',
          'outbox',
          'portal_synced',
        ]),
      );
      db.prepare(
        "INSERT INTO fee_payments (dossier, amount, purpose, reference, paid_at, source, recorded_by) VALUES ('X-261126-0001', 8000, 'X-261126-0001 Dang ky khai sinh', 'FT1', '2026', 'officer', 'an')",
      ).run();
      // One bank reference is one transfer: it cannot be confirmed twice.
      expect(() =>
        db
          .prepare(
            "INSERT INTO fee_payments (dossier, amount, purpose, reference, paid_at, source, recorded_by) VALUES ('X-261126-0001', 8000, 'p', 'FT1', '2026', 'officer', 'an')",
          )
          .run(),
      ).toThrow(/UNIQUE/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO fee_requests (dossier, amount, purpose, payload, created_at, created_by) VALUES ('X-261126-0001', 0, 'p', 'q', '2026', 'an')",
          )
          .run(),
      ).toThrow(/CHECK/);
      db.prepare(
        "INSERT INTO outbox (channel, dossier, event, payload, next_at, created_at) VALUES ('portal', 'X-261126-0001', 'accept', '{}', '2026', '2026')",
      ).run();
      expect(db.prepare('SELECT status, attempts FROM outbox').get()).toEqual({
        status: 'pending',
        attempts: 0,
      });
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
