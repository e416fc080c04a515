import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { PrintJournal } from '../../../main/printing/journal';
import { receiptSlip } from '../../../main/slips/receipt';
import { sampleReceipt } from '../../support/sample-documents';

describe('migration 5: print journal', () => {
  it('adds print_jobs to a database at version 4 without touching its data', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations, { target: 4 });
    db.prepare("INSERT INTO settings (key, value) VALUES ('unit', 'UBND xã Hòa An')").run();
    migrate(db, migrations, { target: 5 });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('UBND xã Hòa An');
    const cols = (db.prepare('PRAGMA table_info(print_jobs)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(cols).toEqual([
      'id',
      'created_at',
      'finished_at',
      'kind',
      'title',
      'subject',
      'printer',
      'paper_width',
      'status',
      'error',
      'bytes',
      'reprint_of',
      'document',
    ]);
  });

  it('stores the document so a reprint renders it again, and refuses unknown statuses and widths', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations);
    const journal = new PrintJournal(db);
    const doc = receiptSlip(sampleReceipt);
    const id = journal.open({
      at: '2026-11-26T09:30:00+07:00',
      doc,
      subject: 'X',
      printer: 'preview',
      paperWidth: 384,
      reprintOf: null,
    });
    expect(journal.document(id)).toEqual(doc);
    expect(journal.get(id)).toMatchObject({ status: 'queued', finishedAt: null });
    journal.close(id, '2026-11-26T09:30:01+07:00', 'failed', 'Máy in hết giấy', 1234);
    expect(journal.list({ status: 'failed' })).toHaveLength(1);
    expect(() => db.prepare("UPDATE print_jobs SET status = 'lost'").run()).toThrow(/CHECK/u);
    expect(() => db.prepare('UPDATE print_jobs SET paper_width = 500').run()).toThrow(/CHECK/u);
  });
});
