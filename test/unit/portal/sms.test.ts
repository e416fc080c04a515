/** SMS notifications through the outbox against a mock HTTP gateway: events, ASCII text, phone numbers, the test send. */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';
import { smsPhone } from '../../../main/portal/sms';
import { startMockGateway, type MockGateway } from '../../support/mock-gateway';

const applicant = {
  fullName: 'Đỗ Văn Hùng',
  idNumber: '001190054321',
  phone: '+84 987 654 321',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};

let hub: TestHub | undefined;
let gateway: MockGateway | undefined;
afterEach(async () => {
  await hub?.close();
  await gateway?.close();
  hub = gateway = undefined;
});

async function until(check: () => boolean) {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

describe('SMS to the citizen', () => {
  it('tells what to bring and that the result is ready, without diacritics, only for the events switched on', async () => {
    gateway = await startMockGateway();
    hub = await startTestHub({ sms: { pollMs: 20, baseDelayMs: 20 } });
    const admin = await hub.login();
    const set = await hub.call(
      'settings.update',
      {
        sms: {
          url: `${gateway.url}/send`,
          method: 'POST',
          template: '{"to":"{phone}","message":"{text}"}',
          events: { supplement: true, ready: true, dueChanged: false },
        },
      },
      admin,
    );
    expect(set.status).toBe(200);
    const code = (
      await hub.call('dossiers.accept', { procedureCode: '1.001193', applicant }, admin)
    ).body.dossierCode as string;
    await hub.call(
      'dossiers.requestSupplement',
      {
        code,
        missing: [{ name: 'Giấy chứng sinh', originals: 1 }],
        reason: 'Thiếu giấy chứng sinh',
      },
      admin,
    );
    await hub.call('dossiers.supplementReceived', { code }, admin);
    await hub.call('dossiers.handOver', { code, toUnit: 'Công chức Tư pháp' }, admin);
    await hub.call('dossiers.markReady', { code }, admin);
    const g = gateway;
    await until(() => g.got.length >= 2);
    const messages = g.got.map((r) => JSON.parse(r.body) as { to: string; message: string });
    expect(messages.map((m) => m.to)).toEqual(['0987654321', '0987654321']);
    expect(messages[0].message).toBe(
      `Ho so ${code} can bo sung: Giay chung sinh. Vui long mang den Bo phan Mot cua.`,
    );
    expect(messages[1].message).toBe(
      `Ho so ${code} da co ket qua. Moi ong/ba mang giay hen den nhan.`,
    );
    for (const m of messages) expect(/^[\x20-\x7e]+$/u.test(m.message)).toBe(true);
    const view = (await hub.call('portal.outbox', {}, admin)).body;
    expect(view.items.filter((i: { channel: string }) => i.channel === 'sms')).toHaveLength(2);
  });

  it('sends with GET, the values in the URL', async () => {
    gateway = await startMockGateway();
    hub = await startTestHub({ sms: { pollMs: 20, baseDelayMs: 20 } });
    const admin = await hub.login();
    await hub.call(
      'settings.update',
      {
        sms: {
          url: `${gateway.url}/get?to={phone}&msg={text}`,
          method: 'GET',
          template: '',
          events: { supplement: false, ready: true, dueChanged: false },
        },
      },
      admin,
    );
    const code = (
      await hub.call('dossiers.accept', { procedureCode: '1.001193', applicant }, admin)
    ).body.dossierCode as string;
    await hub.call('dossiers.markReady', { code }, admin);
    const g = gateway;
    await until(() => g.got.length >= 1);
    const u = new URL(g.got[0].url, g.url);
    expect(g.got[0].method).toBe('GET');
    expect(u.searchParams.get('to')).toBe('0987654321');
    expect(u.searchParams.get('msg')).toContain('da co ket qua');
  });

  it('a gateway address that is not http(s) is a 400 naming the field', async () => {
    hub = await startTestHub();
    const admin = await hub.login();
    const res = await hub.call(
      'settings.update',
      {
        sms: {
          url: 'ftp://x',
          method: 'POST',
          template: '',
          events: { supplement: true, ready: true, dueChanged: true },
        },
      },
      admin,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('sms.url');
  });
});

describe('phone numbers for SMS', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['912345678', undefined],
    ['09123456789', undefined],
    ['+8491234567', undefined],
    ['1912345678', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(smsPhone(raw)).toBe(expected);
  });
});
