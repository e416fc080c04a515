/** Pairing codes and device tokens in the service, and the kiosk rule as a table. */
import { describe, expect, it } from 'vitest';
import { createDeviceService, CODE_ALPHABET, newPairingCode } from '../../../main/devices/service';
import { decideDevice, type DeviceAccess } from '../../../main/staff/policy';
import { freshDb } from '../queue/support';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 2, minutes));

describe('pairing', () => {
  it('makes 8-character codes without look-alikes (no 0, O, 1, I, L)', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/u);
    const codes = new Set(Array.from({ length: 200 }, newPairingCode));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[A-HJKMNP-Z2-9]{8}$/u);
  });

  it('expires a code after 10 minutes and keeps only hashes of codes and tokens', () => {
    const db = freshDb();
    const devices = createDeviceService(db, { tlsFingerprint: 'AB:CD' });
    const late = devices.createPairing('kiosk', 'Kiosk sảnh', 'admin', at(0));
    expect(late.expiresAt).toBe(at(10).toISOString());
    expect(() => devices.pair(late.pairingCode, '10.0.0.5', at(10))).toThrow(/hết hạn/u);
    expect(db.prepare('SELECT count(*) FROM devices').pluck().get()).toBe(0);
    const ok = devices.createPairing('workstation', 'Quầy 1', 'admin', at(0));
    const paired = devices.pair(ok.pairingCode, '10.0.0.5', at(9));
    expect(paired.certificateFingerprint).toBe('AB:CD');
    expect(Buffer.from(paired.deviceToken, 'base64url')).toHaveLength(32);
    const stored = JSON.stringify(db.prepare('SELECT * FROM devices, device_pairings').all());
    expect(stored).not.toContain(paired.deviceToken);
    expect(stored).not.toContain(ok.pairingCode);
    expect(devices.resolve(paired.deviceToken, at(9))).toMatchObject({
      kind: 'workstation',
      name: 'Quầy 1',
    });
    devices.revoke(paired.device.id, 'admin', at(11));
    expect(devices.resolve(paired.deviceToken, at(11))).toBeNull();
  });

  it('counts wrong codes per address: the 21st in a minute is 429, another address is not braked', () => {
    const devices = createDeviceService(freshDb());
    for (let i = 0; i < 20; i += 1)
      expect(() => devices.pair('ZZZZZZZZ', '10.0.0.9', at(0))).toThrow(/không đúng/u);
    expect(() => devices.pair('ZZZZZZZZ', '10.0.0.9', at(0))).toThrow(/quá nhiều lần/u);
    expect(() => devices.pair('ZZZZZZZZ', '10.0.0.8', at(0))).toThrow(/không đúng/u);
    expect(() => devices.pair('ZZZZZZZZ', '10.0.0.9', at(2))).toThrow(/không đúng/u);
  });
});

describe('the kiosk rule', () => {
  const kiosk = { kind: 'kiosk' } as const;
  const desk = { kind: 'workstation' } as const;
  const base: DeviceAccess = { caller: null, device: null, origin: 'http', kioskOpen: false };
  it.each([
    ['queue.take', 'kiosk', base, 'device_required'],
    ['dossiers.declare', 'kiosk', base, 'device_required'],
    ['dossiers.lookup', 'kiosk', base, 'device_required'],
    ['feedback.rate', 'kiosk', base, 'device_required'],
    ['printing.checklist', 'kiosk', base, 'device_required'],
    ['queue.take', 'kiosk', { ...base, device: kiosk }, 'allow'],
    ['queue.take', 'kiosk', { ...base, device: desk }, 'device_required'],
    ['queue.take', 'kiosk', { ...base, device: { kind: 'display' } }, 'device_required'],
    ['queue.take', 'kiosk', { ...base, kioskOpen: true }, 'allow'],
    ['queue.take', 'kiosk', { ...base, origin: 'ipc' }, 'allow'],
    ['queue.take', 'kiosk', { ...base, caller: { role: 'officer' } }, 'allow'],
    ['catalog.search', 'kiosk', base, 'allow'],
    ['catalog.get', 'kiosk', base, 'allow'],
    ['catalog.fields', 'kiosk', base, 'allow'],
    ['queue.board', 'kiosk', base, 'allow'],
    ['auth.login', 'kiosk', base, 'allow'],
    ['devices.pair', 'kiosk', base, 'allow'],
    ['a.newKioskOperation', 'kiosk', base, 'device_required'],
    ['dossiers.accept', 'officer', base, 'allow'],
  ] as const)('%s (%s role) %o → %s', (op, role, access, expected) => {
    expect(decideDevice(op, role, access)).toBe(expected);
  });
});
