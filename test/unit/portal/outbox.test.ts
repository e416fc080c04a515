/** The portal outbox in-process against the mock portal: every change queued, delivered in order, retried, parked. */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';
import {
  MOCK_PORTAL_PASSWORD,
  MOCK_PORTAL_USER,
  startMockPortal,
  type MockPortal,
} from '../../support/mock-portal';

const applicant = {
  fullName: 'Đỗ Văn Hùng',
  idNumber: '001190054321',
  phone: '0987654321',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};

let hub: TestHub | undefined;
let portal: MockPortal | undefined;
afterEach(async () => {
  await hub?.close();
  await portal?.close();
  hub = portal = undefined;
});

async function start(options: { password?: string; maxAttempts?: number; now?: string } = {}) {
  portal = await startMockPortal();
  hub = await startTestHub({
    now: options.now ?? '2026-12-07T09:00:00+07:00',
    portal: {
      url: portal.url,
      username: MOCK_PORTAL_USER,
      password: options.password ?? MOCK_PORTAL_PASSWORD,
      baseDelayMs: 20,
      maxDelayMs: 100,
      pollMs: 20,
      timeoutMs: 2000,
      maxAttempts: options.maxAttempts ?? 20,
    },
  });
  return { hub, portal, admin: await hub.login() };
}

/** Waits (no timed assertion: bounded only by the test's own timeout) until the outbox says so. */
async function until(h: TestHub, admin: string, done: (counts: any) => boolean) {
  for (;;) {
    const view = (await h.call('portal.outbox', {}, admin)).body;
    if (done(view.counts)) return view;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** accept → supplement → supplied → hand-over → back → ready → returned, as one officer would. */
async function wholeLife(h: TestHub, token: string): Promise<string> {
  const code = (await h.call('dossiers.accept', { procedureCode: '1.001193', applicant }, token))
    .body.dossierCode as string;
  const steps: [string, object][] = [
    [
      'dossiers.requestSupplement',
      { missing: [{ name: 'Giấy chứng sinh', originals: 1 }], reason: 'Thiếu giấy chứng sinh' },
    ],
    ['dossiers.supplementReceived', {}],
    ['dossiers.handOver', { toUnit: 'Công chức Tư pháp - Hộ tịch' }],
    ['dossiers.markReady', {}],
    ['dossiers.return', { fee: { amount: 8000, method: 'transfer', receiptNumber: 'FT1' } }],
  ];
  for (const [op, body] of steps) {
    const res = await h.call(op, { code, ...body }, token);
    expect(res.status, `${op}: ${JSON.stringify(res.body)}`).toBe(200);
  }
  return code;
}

describe('the DongBoHoSoMC outbox', () => {
  it('queues every change in its transaction and delivers them in order, create then updates', async () => {
    const { hub: h, portal: p, admin } = await start();
    const code = await wholeLife(h, admin);
    await until(h, admin, (c) => c.pending === 0 && c.sent >= 6);
    const mine = p.deliveries.filter((d) => d.item.MaHoSo === code);
    // DOMAIN.md codes: 2 received, 5 waiting (supplement), back to 2, 4 processing, 9 releasing, 10 done.
    expect(mine.map((d) => d.item.TrangThaiHoSo)).toEqual(['2', '5', '2', '4', '9', '10']);
    expect(mine.map((d) => d.isUpdating)).toEqual([
      'False',
      'True',
      'True',
      'True',
      'True',
      'True',
    ]);
    expect(mine[0].madonvi).toBe('000.00.00.H14');
    expect(mine[0].item).toMatchObject({
      MaHoSo: code,
      MaTTHC: '1.001193',
      ChuHoSo: 'Đỗ Văn Hùng',
      HinhThuc: '0',
    });
    // yyyyMMddHHmmss in Vietnam time: accepted on 07/12/2026 at 09:00 (+07:00).
    expect(mine[0].item.NgayTiepNhan).toMatch(/^20261207090\d{3}$/u);
    expect(mine[0].item.NgayHenTra).toMatch(/^\d{14}$/u);
    expect(mine[5].item.NgayTra).toMatch(/^20261207\d{6}$/u);
  });

  it.each(['http500', 'html', 'error_code', 'timeout', 'reset'] as const)(
    'a portal that fails the first three calls (%s) still receives everything, once, in order',
    async (how) => {
      const { hub: h, portal: p, admin } = await start();
      p.failNext(3, how);
      const code = await wholeLife(h, admin);
      await until(h, admin, (c) => c.pending === 0 && c.sent >= 6);
      expect(p.calls.filter((c) => c.answered === how)).toHaveLength(3);
      const mine = p.deliveries.filter((d) => d.item.MaHoSo === code);
      expect(mine.map((d) => d.item.TrangThaiHoSo)).toEqual(['2', '5', '2', '4', '9', '10']);
    },
  );

  it('"đã tồn tại" (error_code 3) is resent as an update, never a second create', async () => {
    const { hub: h, portal: p, admin } = await start();
    const code = (await h.call('dossiers.accept', { procedureCode: '1.001193', applicant }, admin))
      .body.dossierCode as string;
    await until(h, admin, (c) => c.sent === 1);
    // As if our record of the first delivery were lost (a restored backup): the portal knows better.
    h.core.db.prepare('DELETE FROM portal_synced').run();
    await h.call('dossiers.handOver', { code, toUnit: 'Công chức Tư pháp' }, admin);
    await until(h, admin, (c) => c.sent === 2);
    expect(p.calls.map((c) => c.answered)).toContain('exists');
    expect(p.deliveries.map((d) => d.isUpdating)).toEqual(['False', 'True']);
  });

  it('parks after N failures; the admin retry delivers; a parked head holds its dossier back', async () => {
    const { hub: h, portal: p, admin } = await start({ maxAttempts: 3 });
    p.failNext(Infinity);
    const code = (await h.call('dossiers.accept', { procedureCode: '1.001193', applicant }, admin))
      .body.dossierCode as string;
    const view = await until(h, admin, (c) => c.parked === 1);
    expect(view.items[0]).toMatchObject({ dossier: code, status: 'parked', attempts: 3 });
    expect(view.items[0].lastError).toMatch(/Đã thử 3 lần/u);
    await h.call('dossiers.handOver', { code, toUnit: 'Công chức Tư pháp' }, admin);
    p.failNext(0);
    expect((await h.call('portal.outbox', {}, admin)).body.counts).toMatchObject({
      parked: 1,
      pending: 1,
    });
    expect((await h.call('portal.retry', {}, admin)).body.retried).toBe(1);
    await until(h, admin, (c) => c.sent === 2);
    expect(p.deliveries.map((d) => d.item.TrangThaiHoSo)).toEqual(['2', '4']);
  });

  it('wrong credentials park with a clear message and the counter works as usual', async () => {
    const { hub: h, admin } = await start({ password: 'wrong' });
    const res = await h.call('dossiers.accept', { procedureCode: '1.001193', applicant }, admin);
    expect(res.status).toBe(200);
    const view = await until(h, admin, (c) => c.parked === 1);
    expect(view.items[0].lastError).toMatch(/Đăng nhập cổng dịch vụ công không thành công/u);
    expect((await h.call('portal.outbox', {}, admin)).body.portalEnabled).toBe(true);
    expect(
      (await h.call('dossiers.accept', { procedureCode: '1.001193', applicant }, admin)).status,
    ).toBe(200);
  });

  it('portal.outbox and portal.retry are for the admin only', async () => {
    const { hub: h } = await start();
    expect((await h.call('portal.outbox', {})).status).toBe(401);
  });
});
