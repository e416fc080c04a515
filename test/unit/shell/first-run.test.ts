import { describe, expect, it } from 'vitest';
import {
  completeSetup,
  hubPairing,
  normaliseHubUrl,
  type PairAnswer,
} from '../../../main/shell/first-run';
import { hashPin, verifyPin } from '../../../main/shell/pin';
import { shellSettingsSchema } from '../../../main/shell/settings-file';

const now = () => new Date('2026-12-03T08:00:00Z');
const token = 'k'.repeat(43);

function pairAs(kind: string) {
  const calls: [string, string][] = [];
  const pair = async (hubUrl: string, code: string): Promise<PairAnswer> => {
    calls.push([hubUrl, code]);
    return { deviceToken: token, device: { id: '7', kind, name: 'Máy' } };
  };
  return { calls, deps: { pair, now } };
}

describe('the first-run flow', () => {
  it('sets up a single machine without asking a hub', async () => {
    const { calls, deps } = pairAs('kiosk');
    const result = await completeSetup({ mode: 'single', printer: 'preview' }, deps);
    expect(result).toMatchObject({ ok: true, settings: { mode: 'single', printer: 'preview' } });
    expect(calls).toEqual([]);
  });

  it('pairs a kiosk with the hub and keeps its token, the PIN only as a hash', async () => {
    const { calls, deps } = pairAs('kiosk');
    const result = await completeSetup(
      {
        mode: 'kiosk',
        hubUrl: ' 192.168.1.10:4370 ',
        pairingCode: ' 482915 ',
        adminExitPin: '2468',
      },
      deps,
    );
    expect(calls).toEqual([['http://192.168.1.10:4370', '482915']]);
    if (!result.ok) throw new Error(result.message);
    expect(result.settings).toMatchObject({
      mode: 'kiosk',
      hubUrl: 'http://192.168.1.10:4370',
      deviceToken: token,
      device: { id: '7', kind: 'kiosk' },
    });
    expect(JSON.stringify(result.settings)).not.toContain('2468');
    expect(verifyPin('2468', result.settings.adminExitPinHash)).toBe(true);
    expect(shellSettingsSchema.safeParse(result.settings).success).toBe(true);
  });

  it('refuses a pairing code made for another kind of device', async () => {
    const { deps } = pairAs('display');
    const result = await completeSetup(
      { mode: 'workstation', hubUrl: 'http://hub:4370', pairingCode: '111111' },
      deps,
    );
    expect(result).toMatchObject({ ok: false, field: 'pairingCode' });
  });

  it.each([
    [{ mode: 'kiosk', hubUrl: 'http://hub:4370', pairingCode: '1' }, 'adminExitPin'],
    [
      { mode: 'kiosk', hubUrl: 'http://hub:4370', pairingCode: '1', adminExitPin: '12' },
      'adminExitPin',
    ],
    [{ mode: 'workstation', hubUrl: 'ftp://hub', pairingCode: '1' }, 'hubUrl'],
    [{ mode: 'workstation', hubUrl: '', pairingCode: '1' }, 'hubUrl'],
    [{ mode: 'workstation', hubUrl: 'http://hub:4370', pairingCode: '  ' }, 'pairingCode'],
    [{ mode: 'single', printer: 'tcp://' }, 'printer'],
    [
      { mode: 'workstation', hubUrl: 'http://hub', pairingCode: '1', officePrinter: 'lpt' },
      'officePrinter',
    ],
  ])('refuses %j at %s, in Vietnamese, without calling the hub', async (choice, field) => {
    const { calls, deps } = pairAs('workstation');
    const result = await completeSetup(choice, deps);
    expect(result).toMatchObject({ ok: false, field });
    expect(!result.ok && result.message).toMatch(/[ạảãáàâăêôơưđ]/u);
    expect(calls).toEqual([]);
  });

  it('passes the hub’s Vietnamese refusal of a wrong code on', async () => {
    const refusing = (async () =>
      new Response(
        JSON.stringify({
          error: { code: 'bad_input', message: 'Mã ghép nối không đúng hoặc đã hết hạn' },
        }),
        { status: 400 },
      )) as typeof fetch;
    const result = await completeSetup(
      { mode: 'display', hubUrl: 'http://hub:4370', pairingCode: '000000', adminExitPin: '1357' },
      { pair: hubPairing(refusing), now },
    );
    expect(result).toEqual({
      ok: false,
      field: 'pairingCode',
      message: 'Mã ghép nối không đúng hoặc đã hết hạn',
    });
  });

  it('posts {"pairingCode"} to /api/devices.pair', async () => {
    const seen: { url: string; body: unknown }[] = [];
    const answering = (async (url: URL | string, init?: RequestInit) => {
      seen.push({ url: String(url), body: JSON.parse(init?.body as string) });
      return new Response(
        JSON.stringify({ deviceToken: token, device: { id: 4, kind: 'display', name: 'TV' } }),
      );
    }) as typeof fetch;
    const answer = await hubPairing(answering)('http://hub:4370', 'ABC123');
    expect(seen).toEqual([
      { url: 'http://hub:4370/api/devices.pair', body: { pairingCode: 'ABC123' } },
    ]);
    expect(answer.device).toEqual({ id: '4', kind: 'display', name: 'TV' });
  });

  it('normalises hub addresses to their origin', () => {
    expect(normaliseHubUrl('hub.local:4370/kiosk')).toBe('http://hub.local:4370');
    expect(normaliseHubUrl('https://10.0.0.2')).toBe('https://10.0.0.2');
    expect(normaliseHubUrl('file:///etc')).toBeNull();
    expect(normaliseHubUrl('')).toBeNull();
  });

  it('keeps PINs as salted hashes that only the right PIN matches', () => {
    const a = hashPin('9999');
    expect(a).not.toBe(hashPin('9999'));
    expect(verifyPin('9999', a)).toBe(true);
    expect(verifyPin('9998', a)).toBe(false);
    expect(verifyPin('9999', 'garbage')).toBe(false);
    expect(() => hashPin('12a4')).toThrow();
  });
});
