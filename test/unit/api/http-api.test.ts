import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';

const applicant = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Số 5, phố Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội',
};

let hub: TestHub;
let admin: string;
let officer: string;
const counts = (h: TestHub) => ({
  dossiers: h.core.db.prepare('SELECT count(*) FROM dossiers').pluck().get(),
  declarations: h.core.db.prepare('SELECT count(*) FROM declarations').pluck().get(),
  counters: h.core.db.prepare('SELECT coalesce(sum(last), 0) FROM day_counters').pluck().get(),
});

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.login();
  const created = await hub.call(
    'staff.create',
    { username: 'canbo1', password: 'matkhau-canbo', fullName: 'Trần Văn Bình', role: 'officer' },
    admin,
  );
  expect(created.status).toBe(200);
  officer = await hub.login('canbo1', 'matkhau-canbo');
});
afterAll(() => hub.close());

describe('the HTTP contract', () => {
  it('answers health with ok and a version', async () => {
    const res = await fetch(`${hub.url}/api/health`);
    expect(await res.json()).toEqual({ ok: true, version: 'test' });
  });

  it('404s an unknown operation with the error shape', async () => {
    const res = await hub.call('dossiers.teleport', {});
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('400s malformed JSON in Vietnamese', async () => {
    const res = await hub.raw('catalog.search', '{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it('413s a body over the limit', async () => {
    const res = await hub.call('catalog.search', { query: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });

  it('signs in with the admin password from the environment and refuses a wrong one', async () => {
    const bad = await hub.call('auth.login', { username: 'admin', password: 'wrong-password' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.message).toMatch(/không đúng/);
    const me = await hub.call('auth.me', {}, admin);
    expect(me.body.caller).toMatchObject({ username: 'admin', role: 'admin' });
  });

  it('401s officer operations without a token, 403s them for a kiosk account', async () => {
    expect((await hub.call('dossiers.queue', {})).status).toBe(401);
    await hub.call(
      'staff.create',
      { username: 'kiosk01', password: 'kiosk-password', fullName: 'Kiosk sảnh', role: 'kiosk' },
      admin,
    );
    const kiosk = await hub.login('kiosk01', 'kiosk-password');
    const res = await hub.call('dossiers.queue', {}, kiosk);
    expect(res.status).toBe(403);
    expect(
      (
        await hub.call(
          'staff.create',
          { username: 'x123', password: 'password1', fullName: 'X', role: 'officer' },
          officer,
        )
      ).status,
    ).toBe(403);
  });
});

describe('bad input names the field and writes nothing', () => {
  it.each([
    [
      'wrong type',
      { procedureCode: '1.001193', applicant: { ...applicant, fullName: 42 } },
      /Họ và tên/,
    ],
    [
      'empty name',
      { procedureCode: '1.001193', applicant: { ...applicant, fullName: '   ' } },
      /Họ và tên: không được để trống/,
    ],
    [
      '5-digit ID',
      { procedureCode: '1.001193', applicant: { ...applicant, idNumber: '12345' } },
      /Số định danh.*12 chữ số/,
    ],
    [
      'letters in phone',
      { procedureCode: '1.001193', applicant: { ...applicant, phone: '09123abc78' } },
      /Số điện thoại/,
    ],
    [
      '100 KB name',
      { procedureCode: '1.001193', applicant: { ...applicant, fullName: 'A'.repeat(100_000) } },
      /Họ và tên: dài quá/,
    ],
    ['unknown field', { procedureCode: '1.001193', applicant, extra: 1 }, /không được phép/],
  ])('%s', async (_label, body, message) => {
    const before = counts(hub);
    const res = await hub.call('dossiers.declare', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_input');
    expect(res.body.error.message).toMatch(message);
    expect(counts(hub)).toEqual(before);
  });
});

describe('declare, accept, look up', () => {
  it('runs the citizen-to-slip path and refuses a second acceptance', async () => {
    const declared = await hub.call('dossiers.declare', {
      procedureCode: '1.001193',
      applicant: { ...applicant, fullName: applicant.fullName.normalize('NFD') },
    });
    expect(declared.status).toBe(200);
    expect(declared.body.code).toMatch(/^TK-[0-9A-Z]{6}$/);
    expect(declared.body.applicant.fullName).toBe(applicant.fullName);

    const accepted = await hub.call(
      'dossiers.accept',
      { declarationCode: declared.body.code },
      officer,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.dossierCode).toMatch(/^000\.00\.00\.H14-\d{6}-\d{4}$/);
    expect(accepted.body.dueAt).toMatch(/\+07:00$/);
    expect(accepted.body.print.status).toBe('printed');
    expect(accepted.body.print.preview).toMatch(/^data:image\/png;base64,/);

    const again = await hub.call(
      'dossiers.accept',
      { declarationCode: declared.body.code },
      officer,
    );
    expect(again.status).toBe(409);

    // the bare code shows no applicant at all; the slip's QR (code and secret) shows it masked
    const bare = await hub.call('dossiers.lookup', { code: accepted.body.dossierCode });
    expect(bare.status).toBe(200);
    expect(bare.body).not.toHaveProperty('idNumberMasked');
    const status = await hub.call('dossiers.lookup', { code: accepted.body.qrPayload });
    expect(status.status).toBe(200);
    expect(status.body.idNumberMasked).toBe('*********345');
    expect(status.body.phoneMasked).toBe('091*****78');
    expect(JSON.stringify(status.body)).not.toContain('001190012345');
    expect(status.body.statusLabel).toBe('Đã tiếp nhận');

    const byQr = await hub.call('dossiers.lookup', { code: accepted.body.qrPayload });
    expect(byQr.body.code).toBe(accepted.body.dossierCode);
    const forged = await hub.call('dossiers.lookup', {
      code: `${accepted.body.dossierCode}#WRONG1`,
    });
    expect(forged.status).toBe(404);
  });

  it('gives twenty officers accepting at once twenty consecutive codes', async () => {
    const before = counts(hub).counters as number;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        hub.call(
          'dossiers.accept',
          {
            procedureCode: '1.000894',
            applicant: { ...applicant, fullName: `Người nộp ${i + 1}` },
          },
          officer,
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const numbers = results
      .map((r) => Number(String(r.body.dossierCode).slice(-4)))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + i + 1));
  });

  it('gives the officer the A5 Mẫu 01 in two copies for the office printer', async () => {
    const accepted = await hub.call(
      'dossiers.accept',
      { procedureCode: '1.001193', applicant },
      officer,
    );
    const form = await hub.call(
      'dossiers.receiptForm',
      { code: accepted.body.dossierCode },
      officer,
    );
    expect(form.status).toBe(200);
    expect(form.body.filename).toBe(`mau-01-${accepted.body.dossierCode}.html`);
    expect(form.body.html).toContain('Liên 1: Lưu');
    expect(form.body.html).toContain('Liên 2: Giao người nộp hồ sơ');
    expect(form.body.html).toContain(accepted.body.dossierCode);
    expect(form.body.html).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(
      (await hub.call('dossiers.receiptForm', { code: accepted.body.dossierCode })).status,
    ).toBe(401);
  });

  it('404s an unknown procedure without taking a number', async () => {
    const before = counts(hub);
    const res = await hub.call(
      'dossiers.accept',
      { procedureCode: '9.999999', applicant },
      officer,
    );
    expect(res.status).toBe(404);
    expect(counts(hub)).toEqual(before);
  });
});

describe('office hours are a setting the due dates follow at once', () => {
  it('moves the closing time of a same-day dossier and refuses overlapping periods', async () => {
    const from = '2026-12-02T09:00:00+07:00'; // a Wednesday
    const before = await hub.call('calendar.dueDate', { from, amount: 0, unit: 'same_day' });
    expect(before.body.dueAt).toBe('2026-12-02T17:00:00+07:00');
    const changed = await hub.call(
      'settings.update',
      {
        officeHours: {
          weekdays: [1, 2, 3, 4, 5],
          periods: [
            { start: '07:30', end: '11:30' },
            { start: '13:00', end: '16:30' },
          ],
        },
      },
      admin,
    );
    expect(changed.status).toBe(200);
    const after = await hub.call('calendar.dueDate', { from, amount: 0, unit: 'same_day' });
    expect(after.body.dueAt).toBe('2026-12-02T16:30:00+07:00');
    const bad = await hub.call(
      'settings.update',
      {
        officeHours: {
          weekdays: [1],
          periods: [
            { start: '08:00', end: '12:00' },
            { start: '11:00', end: '17:00' },
          ],
        },
      },
      admin,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Giờ làm việc/);
    expect((await hub.call('settings.get', {})).body.officeHours.periods[1].end).toBe('16:30');
    expect(
      (await hub.call('calendar.days', { year: 2026 })).body.officeHours.periods[0].start,
    ).toBe('07:30');
    await hub.call(
      'settings.update',
      {
        officeHours: {
          weekdays: [1, 2, 3, 4, 5],
          periods: [
            { start: '07:00', end: '11:30' },
            { start: '13:30', end: '17:00' },
          ],
        },
      },
      admin,
    );
  });
});
