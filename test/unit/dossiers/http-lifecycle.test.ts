/** The lifecycle through the real operation table and HTTP, with the real print service (preview printer). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';

const applicant = {
  fullName: 'Đỗ Văn Hùng',
  idNumber: '001190054321',
  phone: '0987654321',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};

let hub: TestHub;
let officer: string;

beforeAll(async () => {
  hub = await startTestHub({ now: '2026-12-07T09:00:00+07:00' });
  const admin = await hub.login();
  await hub.call(
    'staff.create',
    { username: 'canbo9', password: 'matkhau-canbo9', fullName: 'Vũ Thị Mai', role: 'officer' },
    admin,
  );
  officer = await hub.login('canbo9', 'matkhau-canbo9');
});
afterAll(() => hub.close());

const accept = async () =>
  (await hub.call('dossiers.accept', { procedureCode: '1.001193', applicant }, officer)).body
    .dossierCode as string;

describe('the dossier lifecycle over HTTP', () => {
  it('prints Mẫu 02, 01 again, 04 and 03 through the print service, and keeps each change', async () => {
    const code = await accept();
    const asked = await hub.call(
      'dossiers.requestSupplement',
      {
        code,
        missing: [{ name: 'Giấy chứng sinh', originals: 1 }],
        reason: 'Thiếu giấy chứng sinh',
      },
      officer,
    );
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      status: 'supplement_requested',
      print: { status: 'printed' },
    });
    expect(asked.body.print.preview).toMatch(/^data:image\/png;base64,/);
    const resumed = await hub.call('dossiers.supplementReceived', { code }, officer);
    expect(resumed.body).toMatchObject({ status: 'received', print: { status: 'printed' } });
    const delayed = await hub.call(
      'dossiers.delay',
      { code, newDueAt: '2026-12-31T09:00:00+07:00', reason: 'Chờ ý kiến cơ quan cấp trên' },
      officer,
    );
    expect(delayed.body).toMatchObject({
      status: 'received',
      print: { status: 'printed' },
      dossier: { dueAt: '2026-12-31T09:00:00+07:00' },
    });
    const refused = await hub.call(
      'dossiers.refuse',
      { code, reason: 'Hồ sơ không thuộc thẩm quyền' },
      officer,
    );
    expect(refused.body).toMatchObject({
      status: 'refused',
      nationalStatus: 3,
      print: { status: 'printed' },
    });
    const jobs = hub.core.db
      .prepare<[string], string>('SELECT document FROM print_jobs WHERE subject = ? ORDER BY id')
      .pluck()
      .all(code);
    expect(jobs.map((d) => (JSON.parse(d) as { kind: string }).kind)).toEqual([
      'receipt',
      'supplement',
      'receipt',
      'delay',
      'refusal',
    ]);
    const status = await hub.call('dossiers.lookup', { code });
    expect(status.body).toMatchObject({ status: 'refused', statusLabel: 'Từ chối tiếp nhận' });
  });

  it('answers a wrong state with 409 and the error shape, a bad fee with 400, and requires an officer', async () => {
    const code = await accept();
    const early = await hub.call(
      'dossiers.return',
      { code, fee: { amount: 8000, method: 'cash' } },
      officer,
    );
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Đã tiếp nhận'),
    });
    await hub.call('dossiers.markReady', { code }, officer);
    const bad = await hub.call(
      'dossiers.return',
      { code, fee: { amount: -5, method: 'cash' } },
      officer,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'bad_input', field: 'fee.amount' });
    expect(
      (await hub.call('dossiers.return', { code, fee: { amount: 8000, method: 'cash' } })).status,
    ).toBe(401);
    const ok = await hub.call(
      'dossiers.return',
      { code, fee: { amount: 8000, method: 'transfer', receiptNumber: 'UNC-77' } },
      officer,
    );
    expect(ok.body.dossier.fee).toEqual({
      amount: 8000,
      method: 'transfer',
      receiptNumber: 'UNC-77',
      collectedBy: 'canbo9',
    });
    const read = await hub.call('dossiers.get', { code }, officer);
    expect(read.body.audit.map((e: { action: string }) => e.action)).toEqual([
      'dossiers.accept',
      'dossiers.markReady',
      'dossiers.return',
      'dossiers.read',
    ]);
  });
});
