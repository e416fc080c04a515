/**
 * Zalo OA beside SMS, against a mock ZNS endpoint: the same dossier events through the same
 * outbox, each channel switched per event, the text with its diacritics (NFC) on Zalo and without
 * on SMS, the token in the `access_token` header and never shown back, Zalo's error answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';
import { startMockGateway, type MockGateway } from '../../support/mock-gateway';
import { zaloPhone } from '../../../main/portal/zalo';

const NOW = '2026-03-02T09:00:00+07:00';
const applicant = {
  fullName: 'Đỗ Văn Hùng',
  idNumber: '001190054321',
  phone: '0987 654 321',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};
const TOKEN = 'oa-token-0123456789';
const templates = { supplement: '401001', ready: '401002', dueChanged: '401003' };

let hub: TestHub | undefined;
const gateways: MockGateway[] = [];
afterEach(async () => {
  await hub?.close();
  hub = undefined;
  for (const g of gateways.splice(0)) await g.close();
});

async function gateway(): Promise<MockGateway> {
  const g = await startMockGateway({
    body: { error: 0, message: 'Success', data: { msg_id: 'm1' } },
  });
  gateways.push(g);
  return g;
}

interface ZnsBody {
  phone: string;
  template_id: string;
  template_data: { ma_ho_so: string; noi_dung: string };
  tracking_id: string;
}
const bodies = (g: MockGateway) => g.got.map((r) => JSON.parse(r.body) as ZnsBody);

async function until(check: () => boolean | Promise<boolean>) {
  while (!(await check())) await new Promise((r) => setTimeout(r, 20));
}

/** Zalo items the outbox counts as sent. */
async function sentCount(h: TestHub, admin: string): Promise<number> {
  const v = (await h.call('portal.outbox', { status: 'sent' }, admin)).body;
  return v.items.filter((i: { channel: string }) => i.channel === 'zalo').length as number;
}

async function accepted(h: TestHub, admin: string): Promise<string> {
  const r = await h.call('dossiers.accept', { procedureCode: '1.001193', applicant }, admin);
  expect(r.status).toBe(200);
  return r.body.dossierCode as string;
}

describe('Zalo OA notifications', () => {
  it('sends each event on its own channels: Zalo keeps the diacritics, SMS folds them', async () => {
    const zalo = await gateway();
    const sms = await startMockGateway();
    gateways.push(sms);
    hub = await startTestHub({ now: NOW, sms: { pollMs: 20, baseDelayMs: 20 } });
    const admin = await hub.login();
    const set = await hub.call(
      'settings.update',
      {
        sms: {
          url: `${sms.url}/send`,
          method: 'POST',
          template: '{"to":"{phone}","message":"{text}"}',
          events: { supplement: true, ready: false, dueChanged: false },
        },
        zalo: {
          url: `${zalo.url}/message/template`,
          accessToken: TOKEN,
          templates,
          events: { supplement: true, ready: true, dueChanged: true },
        },
      },
      admin,
    );
    expect(set.status).toBe(200);
    const code = await accepted(hub, admin);
    await hub.call(
      'dossiers.requestSupplement',
      { code, missing: [{ name: 'Giấy chứng sinh', originals: 1 }], reason: 'Thiếu giấy' },
      admin,
    );
    await hub.call('dossiers.supplementReceived', { code }, admin);
    const delayed = await hub.call(
      'dossiers.delay',
      { code, newDueAt: '2026-04-15T09:00:00+07:00', reason: 'Chờ xác minh' },
      admin,
    );
    expect(delayed.status).toBe(200);
    await hub.call('dossiers.handOver', { code, toUnit: 'Công chức Tư pháp' }, admin);
    await hub.call('dossiers.markReady', { code }, admin);

    await zalo.waitFor(3);
    const got = bodies(zalo);
    expect(zalo.got.every((r) => r.method === 'POST' && r.url === '/message/template')).toBe(true);
    expect(zalo.got.every((r) => r.headers.access_token === TOKEN)).toBe(true);
    expect(zalo.got.every((r) => r.headers['content-type'] === 'application/json')).toBe(true);
    expect(got.map((b) => b.phone)).toEqual(['84987654321', '84987654321', '84987654321']);
    expect(got.map((b) => b.template_id)).toEqual(['401001', '401003', '401002']);
    expect(got.map((b) => b.template_data.ma_ho_so)).toEqual([code, code, code]);
    expect(got.map((b) => b.template_data.noi_dung)).toEqual([
      `Hồ sơ ${code} cần bổ sung: Giấy chứng sinh. Vui lòng mang đến Bộ phận Một cửa.`,
      `Hồ sơ ${code} có ngày hẹn trả mới: 15/04/2026.`,
      `Hồ sơ ${code} đã có kết quả. Mời ông/bà mang giấy hẹn đến nhận.`,
    ]);
    for (const b of got)
      expect(b.template_data.noi_dung).toBe(b.template_data.noi_dung.normalize('NFC'));
    expect(new Set(got.map((b) => b.tracking_id)).size).toBe(3);

    // SMS was on for the supplement only, and says it without diacritics.
    await sms.waitFor(1);
    const texts = sms.got.map((r) => (JSON.parse(r.body) as { message: string }).message);
    expect(texts).toEqual([
      `Ho so ${code} can bo sung: Giay chung sinh. Vui long mang den Bo phan Mot cua.`,
    ]);
    const view = (await hub.call('portal.outbox', {}, admin)).body;
    const channels = view.items.map((i: { channel: string }) => i.channel);
    expect(channels.filter((c: string) => c === 'zalo')).toHaveLength(3);
    expect(channels.filter((c: string) => c === 'sms')).toHaveLength(1);
  });

  it('a refused token parks every Zalo item with a message; a new token and a retry deliver once', async () => {
    const zalo = await gateway();
    zalo.script({ body: { error: -124, message: 'Access token is invalid' } });
    hub = await startTestHub({ now: NOW, sms: { pollMs: 20, baseDelayMs: 20 } });
    const admin = await hub.login();
    const zaloSettings = {
      url: `${zalo.url}/message/template`,
      templates,
      events: { supplement: false, ready: true, dueChanged: false },
    };
    await hub.call('settings.update', { zalo: { ...zaloSettings, accessToken: 'old' } }, admin);
    const code = await accepted(hub, admin);
    await hub.call('dossiers.markReady', { code }, admin);
    await zalo.waitFor(1);
    const h = hub;
    const parkedItems = async (): Promise<{ channel: string; lastError?: string }[]> => {
      const v = (await h.call('portal.outbox', { status: 'parked' }, admin)).body;
      return v.items;
    };
    await until(async () => (await parkedItems()).length === 1);
    const parked = await parkedItems();
    expect(parked[0].channel).toBe('zalo');
    expect(parked[0].lastError).toMatch(/Zalo OA báo lỗi -124.*cấp token mới/u);

    // The admin pastes a new token, then retries: the message goes once, with the new token.
    await hub.call('settings.update', { zalo: { ...zaloSettings, accessToken: 'new' } }, admin);
    await hub.call('portal.retry', {}, admin);
    await zalo.waitFor(2);
    expect(zalo.got.map((r) => r.headers.access_token)).toEqual(['old', 'new']);
    await until(async () => (await sentCount(h, admin)) === 1);
  });

  it('retries a busy Zalo (error ≠ 0, HTTP 500, HTML) and delivers exactly once', async () => {
    const zalo = await gateway();
    zalo.script(
      { body: { error: -32, message: 'Rate limit' } },
      { status: 500, body: 'Internal error' },
      { status: 200, body: '<html>maintenance</html>' },
    );
    hub = await startTestHub({ now: NOW, sms: { pollMs: 20, baseDelayMs: 20, maxDelayMs: 40 } });
    const admin = await hub.login();
    await hub.call(
      'settings.update',
      {
        zalo: {
          url: `${zalo.url}/message/template`,
          accessToken: TOKEN,
          templates,
          events: { supplement: false, ready: true, dueChanged: false },
        },
      },
      admin,
    );
    await hub.call('dossiers.markReady', { code: await accepted(hub, admin) }, admin);
    await zalo.waitFor(4);
    const h = hub;
    for (;;) {
      const v = (await h.call('portal.outbox', {}, admin)).body;
      const z = v.items.filter((i: { channel: string }) => i.channel === 'zalo');
      if (z[0]?.status === 'sent') {
        expect(z).toHaveLength(1);
        expect(z[0].attempts).toBe(3);
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(zalo.got).toHaveLength(4);
  });
});

describe('notification settings', () => {
  it('shows the gateways to an admin only, and the Zalo token to no one; saving without a token keeps it', async () => {
    const zalo = await gateway();
    hub = await startTestHub({ now: NOW, sms: { pollMs: 20, baseDelayMs: 20 } });
    const admin = await hub.login();
    const zaloSettings = {
      url: `${zalo.url}/message/template`,
      templates,
      events: { supplement: false, ready: true, dueChanged: false },
    };
    const saved = await hub.call(
      'settings.update',
      { zalo: { ...zaloSettings, accessToken: TOKEN } },
      admin,
    );
    expect(saved.body.zalo).toEqual({ ...zaloSettings, hasAccessToken: true });
    const asAdmin = (await hub.call('settings.get', {}, admin)).body;
    expect(asAdmin.zalo).toEqual({ ...zaloSettings, hasAccessToken: true });
    const asKiosk = (await hub.call('settings.get', {})).body;
    expect(asKiosk.zalo).toBeUndefined();
    expect(asKiosk.unitName).toBeTruthy();
    const audit = hub.core.db
      .prepare("SELECT detail FROM audit WHERE action = 'settings.update'")
      .all();
    expect(JSON.stringify(audit)).not.toContain(TOKEN);

    // Saved again without the token (the admin's form never has it): the stored one still goes.
    const again = await hub.call('settings.update', { zalo: zaloSettings }, admin);
    expect(again.body.zalo.hasAccessToken).toBe(true);
    await hub.call('dossiers.markReady', { code: await accepted(hub, admin) }, admin);
    await zalo.waitFor(1);
    expect(zalo.got[0].headers.access_token).toBe(TOKEN);
  });

  it.each([
    [
      { templates: { ...templates, ready: '' } },
      'zalo.templates.ready',
      /^Mã mẫu ZNS "Đã có kết quả": cần mã mẫu ZNS/u,
    ],
    [{ templates: { ...templates, ready: 'ZNS-1' } }, 'zalo.templates.ready', /chỉ gồm chữ số/u],
    [{ url: 'zalo.me' }, 'zalo.url', /^Địa chỉ API Zalo OA: phải là địa chỉ http\(s\)/u],
    [{ accessToken: '' }, 'zalo.accessToken', /^Access token Zalo OA: cần nhập access token/u],
  ])('a bad Zalo setting %j is a 400 naming %s in Vietnamese', async (change, field, message) => {
    hub = await startTestHub({ now: NOW });
    const admin = await hub.login();
    const res = await hub.call(
      'settings.update',
      {
        zalo: {
          url: 'https://business.openapi.zalo.me/message/template',
          accessToken: TOKEN,
          templates,
          events: { supplement: true, ready: true, dueChanged: true },
          ...change,
        },
      },
      admin,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toMatch(message);
  });

  it('an SMS body template without {text} is a 400 naming it', async () => {
    hub = await startTestHub({ now: NOW });
    const admin = await hub.login();
    const res = await hub.call(
      'settings.update',
      {
        sms: {
          url: 'https://sms.example.vn/send',
          method: 'POST',
          template: '{"to":"{phone}"}',
          events: { supplement: true, ready: true, dueChanged: true },
        },
      },
      admin,
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ field: 'sms.template' });
    expect(res.body.error.message).toMatch(/^Mẫu nội dung gửi cổng SMS: /u);
  });
});

describe('the test send (notify.test)', () => {
  it('sends one SMS and one Zalo message now, and reports a refusal as not sent', async () => {
    const zalo = await gateway();
    const sms = await startMockGateway();
    gateways.push(sms);
    hub = await startTestHub({ now: NOW });
    const admin = await hub.login();
    await hub.call(
      'settings.update',
      {
        unitName: 'UBND xã Hòa An',
        sms: {
          url: `${sms.url}/send?to={phone}&msg={text}`,
          method: 'GET',
          template: '',
          events: { supplement: false, ready: false, dueChanged: false },
        },
        zalo: {
          url: `${zalo.url}/message/template`,
          accessToken: TOKEN,
          templates: { supplement: '', ready: '401002', dueChanged: '' },
          events: { supplement: false, ready: false, dueChanged: false },
        },
      },
      admin,
    );
    const s = await hub.call('notify.test', { channel: 'sms', phone: '+84987654321' }, admin);
    expect(s.body).toMatchObject({ sent: true });
    const u = new URL(sms.got[0].url, sms.url);
    expect(u.searchParams.get('to')).toBe('0987654321');
    expect(u.searchParams.get('msg')).toBe(
      'Tin nhan thu cua UBND xa Hoa An: thong bao ho so qua SMS da hoat dong.',
    );
    const z = await hub.call('notify.test', { channel: 'zalo', phone: '0987654321' }, admin);
    expect(z.body).toMatchObject({ sent: true });
    expect(JSON.parse(zalo.got[0].body)).toMatchObject({
      phone: '84987654321',
      template_id: '401002',
      template_data: {
        noi_dung: 'Tin nhắn thử của UBND xã Hòa An: thông báo hồ sơ qua Zalo đã hoạt động.',
      },
    });

    sms.script({ status: 503, body: 'busy' });
    const refused = await hub.call('notify.test', { channel: 'sms', phone: '0987654321' }, admin);
    expect(refused.status).toBe(200);
    expect(refused.body).toEqual({ sent: false, message: 'Cổng SMS báo lỗi HTTP 503.' });
    const bad = await hub.call('notify.test', { channel: 'sms', phone: '12345' }, admin);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('phone');
    const officerless = await hub.call('notify.test', { channel: 'sms', phone: '0987654321' });
    expect(officerless.status).toBe(401);
  });
});

describe('phone numbers for Zalo', () => {
  it.each([
    ['0987654321', '84987654321'],
    ['+84 987 654 321', '84987654321'],
    ['098.765.4321', '84987654321'],
    ['987654321', undefined],
    ['84987654321', undefined],
    ['0987', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(zaloPhone(raw)).toBe(expected);
  });
});
