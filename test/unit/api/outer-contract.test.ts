/**
 * The outer contract of ../shared/DESIGN.md ("Outer contract"), operation by operation, against the
 * real hub started as a child process (`tsx main/hub.ts --port 0`). Every name, input key and
 * answer key below is copied by hand from DESIGN.md, never read from the code's own tables: when
 * a test here fails, either the code drifted from DESIGN.md or DESIGN.md must change first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type HubProcess } from '../../support/hub-process';

/** Monday 07/12/2026 09:00 in Vietnam: a working day, before closing. */
const NOW = '2026-12-07T09:00:00+07:00';
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/u;
const applicant = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Số 5, phố Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội',
};
/** Đăng ký khai sinh, in the shipped sample catalog. */
const BIRTH = '1.001193';

let hub: HubProcess;
let admin: string;
let officer: string;

/** One POST /api/<operation>; kiosk calls go without a token. */
async function call(op: string, body: unknown, token?: string) {
  const res = await fetch(`${hub.url}/api/${op}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** A call that must answer 200; its body. */
async function ok(op: string, body: unknown, token?: string): Promise<any> {
  const r = await call(op, body, token);
  if (r.status !== 200) throw new Error(`${op} → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** The error shape: `{"error": {"code", "message"}}`, message in Vietnamese. */
function expectError(r: { status: number; body: any }, status: number): void {
  expect(r.status).toBe(status);
  expect(r.body).toHaveProperty('error');
  expect(typeof r.body.error.code).toBe('string');
  expect(typeof r.body.error.message).toBe('string');
  expect(r.body.error.message.length).toBeGreaterThan(0);
}

/** A dossier accepted at the counter from typed details; its code. */
async function accepted(): Promise<string> {
  const r = await ok('dossiers.accept', { procedureCode: BIRTH, applicant }, officer);
  return r.dossierCode as string;
}

beforeAll(async () => {
  hub = await startHub({ adminPassword: 'outer-contract-admin', now: NOW });
  const login = await ok('auth.login', { username: 'admin', password: 'outer-contract-admin' });
  admin = login.token;
  await ok(
    'staff.create',
    { username: 'canbo1', password: 'matkhau-canbo', fullName: 'Trần Văn Bình', role: 'officer' },
    admin,
  );
  officer = (await ok('auth.login', { username: 'canbo1', password: 'matkhau-canbo' })).token;
}, 90_000);
afterAll(async () => hub?.stop());

describe('commands and HTTP', () => {
  it('prints `listening on http://HOST:PORT` with a real port for --port 0', () => {
    expect(hub.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:[1-9]\d*/u);
  });

  it('GET /api/health → {"ok": true, "version"}', async () => {
    const body = (await (await fetch(`${hub.url}/api/health`)).json()) as any;
    expect(body.ok).toBe(true);
    expect(typeof body.version).toBe('string');
  });

  it('errors have the shape and statuses 400, 401, 403, 404, 409', async () => {
    expectError(await call('catalog.search', { query: 42 }), 400);
    expectError(await call('dossiers.queue', {}), 401);
    expectError(
      await call(
        'staff.create',
        { username: 'x1', password: 'password1', fullName: 'X', role: 'officer' },
        officer,
      ),
      403,
    );
    expectError(await call('dossiers.teleport', {}), 404);
    const code = await accepted();
    expectError(await call('dossiers.receiveBack', { code }, officer), 409);
  });

  it('auth.login {"username", "password"} → {"token", "role"}', async () => {
    const r = await ok('auth.login', { username: 'canbo1', password: 'matkhau-canbo' });
    expect(typeof r.token).toBe('string');
    expect(r.role).toBe('officer');
    expectError(await call('auth.login', { username: 'canbo1', password: 'sai-mat-khau' }), 401);
  });

  it('staff.create {"username", "password", "fullName", "role"} is admin only; admin may do what an officer may', async () => {
    await ok(
      'staff.create',
      { username: 'quantri2', password: 'matkhau-admin2', fullName: 'Lê Thị Hoa', role: 'admin' },
      admin,
    );
    expect((await call('dossiers.queue', {}, admin)).status).toBe(200);
  });
});

describe('catalog', () => {
  it('catalog.search → {"items": [{"code", "name", "field"}], "total"}', async () => {
    const r = await ok('catalog.search', { query: 'khai sinh', limit: 5 });
    expect(typeof r.total).toBe('number');
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.length).toBeLessThanOrEqual(5);
    for (const item of r.items) {
      expect(typeof item.code).toBe('string');
      expect(typeof item.name).toBe('string');
      expect(typeof item.field).toBe('string');
    }
  });

  it.each([
    ['with diacritics', 'đăng ký khai sinh'],
    ['without diacritics', 'dang ky khai sinh'],
    ['đ typed as d', 'dang ký khai sinh'],
    ['decomposed (NFD)', 'đăng ký khai sinh'.normalize('NFD')],
    ['a national code', BIRTH],
    ['as the citizen types', 'dang ky khai s'],
  ])('catalog.search finds Đăng ký khai sinh %s', async (_, query) => {
    const r = await ok('catalog.search', { query });
    expect(r.items.slice(0, 3).map((i: any) => i.code)).toContain(BIRTH);
  });

  it('catalog.get {"code"} → the whole procedure', async () => {
    const r = await ok('catalog.get', { code: BIRTH });
    expect(r).toMatchObject({ code: BIRTH, name: expect.stringContaining('khai sinh') });
    expectError(await call('catalog.get', { code: '9.999999' }), 404);
  });
});

describe('dossiers: declare, accept, lookup', () => {
  it('dossiers.declare (kiosk) → {"declarationCode"}; dossiers.accept takes it → {"dossierCode", "receivedAt", "dueAt", "print"}', async () => {
    const d = await ok('dossiers.declare', { procedureCode: BIRTH, applicant });
    expect(typeof d.declarationCode).toBe('string');
    const a = await ok('dossiers.accept', { declarationCode: d.declarationCode }, officer);
    expect(typeof a.dossierCode).toBe('string');
    expect(a.receivedAt).toMatch(ISO_WITH_OFFSET);
    expect(a.dueAt).toMatch(ISO_WITH_OFFSET);
    expect(typeof a.print).toBe('object');
    expect(a.print).not.toBeNull();
  });

  it('dossiers.accept is officer only, and takes procedureCode, applicant and documents [{name, originals, copies}]', async () => {
    expectError(await call('dossiers.accept', { procedureCode: BIRTH, applicant }), 401);
    // Every paper the procedure requires is received, those to hand in and those to show ("Giấy
    // tờ phải nộp", "Giấy tờ phải xuất trình"); a missing one needs a reason (issue 12).
    const procedure = await ok('catalog.get', { code: BIRTH });
    const papers: { name: string }[] = procedure.documentCases.flatMap(
      (c: { documents: { name: string }[] }) => c.documents,
    );
    const a = await ok(
      'dossiers.accept',
      {
        procedureCode: BIRTH,
        applicant,
        documents: papers.map((d) => ({ name: d.name, originals: 1, copies: 0 })),
      },
      officer,
    );
    expect(typeof a.dossierCode).toBe('string');
  });

  it('dossiers.lookup {"code"} (kiosk) → public status without the ID number', async () => {
    const code = await accepted();
    const r = await ok('dossiers.lookup', { code });
    expect(JSON.stringify(r)).not.toContain(applicant.idNumber);
    expect(JSON.stringify(r)).toContain(code);
  });
});

describe('calendar', () => {
  it.each([
    ['working_day', 2],
    ['calendar_day', 2],
    ['working_hour', 2],
    ['same_day', 0],
  ])('calendar.dueDate {"from", "amount", "unit": %s} → {"dueAt"}', async (unit, amount) => {
    const r = await ok('calendar.dueDate', { from: NOW, amount, unit });
    expect(r.dueAt).toMatch(ISO_WITH_OFFSET);
  });

  it('calendar.dueDate takes "cutoff": "HH:MM"', async () => {
    const r = await ok('calendar.dueDate', {
      from: '2026-12-07T16:00:00+07:00',
      amount: 0,
      unit: 'same_day',
      cutoff: '15:00',
    });
    expect(r.dueAt).toMatch(ISO_WITH_OFFSET);
  });

  it('calendar.days {"year"} → days marked official or provisional; calendar.setDays is admin only', async () => {
    const r = await ok('calendar.days', { year: 2026 });
    expect(JSON.stringify(r)).toMatch(/official|provisional/u);
    expectError(await call('calendar.setDays', { year: 2026, days: [] }, officer), 403);
  });
});

describe("the rest of the dossier's life (officer names and minimal fields)", () => {
  it('dossiers.get {"code"} and dossiers.queue {}', async () => {
    const code = await accepted();
    const r = await ok('dossiers.get', { code }, officer);
    expect(JSON.stringify(r)).toContain(code);
    await ok('dossiers.queue', {}, officer);
  });

  it('dossiers.requestSupplement {"code", "missing": [{"name"}], "reason"} on a declaration and on a dossier; supplementReceived {"code"}', async () => {
    const d = await ok('dossiers.declare', { procedureCode: BIRTH, applicant });
    const missing = [{ name: 'Giấy chứng sinh' }];
    await ok(
      'dossiers.requestSupplement',
      { code: d.declarationCode, missing, reason: 'Thiếu giấy chứng sinh' },
      officer,
    );
    const code = await accepted();
    await ok('dossiers.requestSupplement', { code, missing, reason: 'Thiếu giấy' }, officer);
    await ok('dossiers.supplementReceived', { code }, officer);
  });

  it('dossiers.refuse {"code", "reason"}', async () => {
    await ok(
      'dossiers.refuse',
      { code: await accepted(), reason: 'Không thuộc thẩm quyền' },
      officer,
    );
  });

  it('handOver {"code", "toUnit"}, receiveBack, markReady, delay {"code", "newDueAt", "reason"}, return {"code", "fee": {"amount", "method"}}', async () => {
    const code = await accepted();
    await ok('dossiers.handOver', { code, toUnit: 'Phòng Tư pháp' }, officer);
    await ok('dossiers.receiveBack', { code }, officer);
    await ok(
      'dossiers.delay',
      { code, newDueAt: '2026-12-18T10:00:00+07:00', reason: 'Chờ xác minh' },
      officer,
    );
    await ok('dossiers.markReady', { code }, officer);
    await ok('dossiers.return', { code, fee: { amount: 8000, method: 'cash' } }, officer);
    for (const method of ['transfer', 'exempt']) {
      const other = await accepted();
      await ok('dossiers.markReady', { code: other }, officer);
      await ok('dossiers.return', { code: other, fee: { amount: 0, method } }, officer);
    }
  });

  it('dossiers.withdraw {"code", "reason"}', async () => {
    await ok('dossiers.withdraw', { code: await accepted(), reason: 'Công dân xin rút' }, officer);
  });
});

describe('reports and printing', () => {
  it('reports.logbook {"from", "to", "format": json | xlsx} and reports.stats {"from", "to"}', async () => {
    const range = { from: '2026-12-01', to: '2026-12-31' };
    await ok('reports.logbook', { ...range, format: 'json' }, officer);
    await ok('reports.logbook', { ...range, format: 'xlsx' }, officer);
    await ok('reports.stats', range, officer);
    expectError(await call('reports.stats', range), 401);
  });

  it('printing.jobs {}, printing.reprint {"jobId"}, printing.test {}', async () => {
    await accepted();
    const jobs = await ok('printing.jobs', {}, officer);
    const list: any[] = Array.isArray(jobs) ? jobs : (jobs.items ?? jobs.jobs);
    expect(list.length).toBeGreaterThan(0);
    const jobId = list[0].id ?? list[0].jobId;
    await ok('printing.reprint', { jobId }, officer);
    await ok('printing.test', {}, admin);
  });
});

describe('kiosk: queue and feedback', () => {
  it('queue.take → {"ticket", "counter": number} and that counter is what queue.callNext {"counter"} takes', async () => {
    const t = await ok('queue.take', { procedureCode: BIRTH });
    expect(t.ticket).toBeDefined();
    expect(typeof t.counter).toBe('number');
    const called = await call('queue.callNext', { counter: t.counter }, officer);
    expect(called.status).toBe(200);
    expect(JSON.stringify(called.body)).toContain(String(t.ticket));
    expect(typeof (await ok('queue.take', { field: 'Hộ tịch' })).counter).toBe('number');
  });

  it('feedback.rate {"level": 1–5, "dossierCode"?}', async () => {
    await ok('feedback.rate', { level: 5 });
    expectError(await call('feedback.rate', { level: 6 }), 400);
  });
});
