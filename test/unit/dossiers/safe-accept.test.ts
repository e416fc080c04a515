import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, BIRTH, makeFixture } from './fixture';
import { startTestHub, type TestHub } from '../../support/core-fixture';

const countRows = (db: { prepare(sql: string): { pluck(): { get(): unknown } } }) => ({
  dossiers: db.prepare('SELECT count(*) FROM dossiers').pluck().get(),
  counter: db.prepare('SELECT coalesce(sum(last), 0) FROM day_counters').pluck().get(),
  audit: db.prepare('SELECT count(*) FROM audit').pluck().get(),
});

describe('dossiers.accept with a requestId', () => {
  it('answers a retry with the first answer and writes nothing new', async () => {
    const f = makeFixture();
    const input = { procedureCode: BIRTH.code, applicant, requestId: 'req-0001-abcdef' };
    const first = await f.call('dossiers.accept', input);
    const before = countRows(f.db);
    const again = await f.call('dossiers.accept', input);
    expect(again).toEqual(first);
    expect(countRows(f.db)).toEqual(before);
    expect(f.printed).toHaveLength(1);
    const other = await f.call('dossiers.accept', { ...input, requestId: 'req-0002-abcdef' });
    expect(other.dossierCode).not.toBe(first.dossierCode);
  });

  it('keeps one dossier when the first attempt never answered (the slip still printing)', async () => {
    const f = makeFixture();
    const input = { procedureCode: BIRTH.code, applicant, requestId: 'req-slow-000001' };
    const first = await f.call('dossiers.accept', input);
    f.db.prepare('UPDATE accept_requests SET answer = NULL').run(); // as if it died before answering
    const again = await f.call('dossiers.accept', input);
    expect(again).toMatchObject({
      dossierCode: first.dossierCode,
      dueAt: first.dueAt,
      qrPayload: first.qrPayload,
    });
    expect(f.db.prepare('SELECT count(*) FROM dossiers').pluck().get()).toBe(1);
  });

  it('answers the dossier, not a 500, when printing throws after it was stored', async () => {
    const f = makeFixture();
    f.printerFault.mode = 'throw';
    const r = await f.call('dossiers.accept', { procedureCode: BIRTH.code, applicant });
    expect(r.dossierCode).toMatch(/\d{4}$/u);
    expect(r.print.status).toBe('failed');
    expect(r.print.message).toMatch(/đã được lưu/u);
  });

  it('refuses a malformed requestId with 400', async () => {
    const f = makeFixture();
    await expect(
      f.call('dossiers.accept', { procedureCode: BIRTH.code, applicant, requestId: 'x' }),
    ).rejects.toMatchObject({ code: 'bad_input', field: 'requestId' });
  });
});

describe('a full disk', () => {
  let hub: TestHub;
  let officer: string;
  beforeAll(async () => {
    hub = await startTestHub();
    officer = await hub.login();
  });
  afterAll(() => hub.close());

  it('answers 503 "Không ghi được dữ liệu" and stores nothing, then works again', async () => {
    const db = hub.core.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`); // the file may not grow: SQLITE_FULL on the next page
    const before = countRows(db);
    let res = { status: 0, body: {} as any };
    for (let i = 0; i < 200 && res.status !== 503; i++) {
      res = await hub.call('dossiers.accept', { procedureCode: BIRTH.code, applicant }, officer);
      if (res.status === 200) Object.assign(before, countRows(db)); // still fitted in free pages
    }
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: 'storage_failed' });
    expect(res.body.error.message).toMatch(/^Không ghi được dữ liệu/u);
    expect(countRows(db)).toEqual(before);
    db.pragma('max_page_count = 1073741823');
    const ok = await hub.call('dossiers.accept', { procedureCode: BIRTH.code, applicant }, officer);
    expect(ok.status).toBe(200);
  });
});
