import type { Migration } from '../migrate';

/**
 * The paperwork of the counter (issue 12): documents counted by kind (originals, certified copies,
 * photocopies, shown only), the ledger entry (Sổ theo dõi hồ sơ: one sequence per unit and year),
 * the channel's delivery of the result, organisations and people acting for someone as applicants,
 * the statutory due date kept apart from an officer's override, and the papers a supplement brought.
 */
export const paperworkMigration: Migration = {
  version: 10,
  name: 'paperwork',
  up(db) {
    db.exec(`
      CREATE TABLE ledger_counters (
        unit TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        last INTEGER NOT NULL,
        PRIMARY KEY (unit, year)
      ) STRICT;

      ALTER TABLE dossiers ADD COLUMN ledger_unit TEXT;
      ALTER TABLE dossiers ADD COLUMN ledger_year INTEGER;
      ALTER TABLE dossiers ADD COLUMN ledger_no INTEGER;
      ALTER TABLE dossiers ADD COLUMN delivery_method TEXT NOT NULL DEFAULT 'counter'
        CHECK (delivery_method IN ('counter', 'post'));
      ALTER TABLE dossiers ADD COLUMN delivery_address TEXT;
      ALTER TABLE dossiers ADD COLUMN applicant_extra TEXT;
      ALTER TABLE dossiers ADD COLUMN due_override_reason TEXT;
      ALTER TABLE dossiers ADD COLUMN missing_reason TEXT;
      ALTER TABLE declarations ADD COLUMN supplied TEXT;
      CREATE UNIQUE INDEX dossiers_ledger ON dossiers(ledger_unit, ledger_year, ledger_no)
        WHERE ledger_no IS NOT NULL;

      -- Documents by kind: what was "copies" is a certified copy (bản sao chứng thực).
      UPDATE dossiers SET documents = (
        SELECT coalesce(json_group_array(json_object(
          'name', json_extract(e.value, '$.name'),
          'originals', coalesce(json_extract(e.value, '$.originals'), 0),
          'certifiedCopies', coalesce(json_extract(e.value, '$.certifiedCopies'), json_extract(e.value, '$.copies'), 0),
          'photocopies', coalesce(json_extract(e.value, '$.photocopies'), 0))), '[]')
        FROM json_each(dossiers.documents) e);
    `);
    // Existing dossiers enter the ledger in the order they were received, year by year.
    const rows = db
      .prepare<[], { code: string; received_at: string }>(
        'SELECT code, received_at FROM dossiers ORDER BY received_at, code',
      )
      .all();
    const unitRow = db
      .prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'unit'")
      .get();
    const unit =
      (unitRow ? (JSON.parse(unitRow.value) as { agencyCode?: string }).agencyCode : undefined) ??
      '000.00.00.H14';
    const last = new Map<number, number>();
    const set = db.prepare(
      'UPDATE dossiers SET ledger_unit = ?, ledger_year = ?, ledger_no = ? WHERE code = ?',
    );
    for (const r of rows) {
      // The year of the receipt in Vietnam (UTC+7).
      const year = new Date(Date.parse(r.received_at) + 7 * 3_600_000).getUTCFullYear();
      const n = (last.get(year) ?? 0) + 1;
      last.set(year, n);
      set.run(unit, year, n, r.code);
    }
    const counter = db.prepare('INSERT INTO ledger_counters (unit, year, last) VALUES (?, ?, ?)');
    for (const [year, n] of last) counter.run(unit, year, n);
  },
};
