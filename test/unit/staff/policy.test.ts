import { describe, expect, it } from 'vitest';
import { decide } from '../../../main/staff/policy';
import { hashPassword, verifyPassword } from '../../../main/staff/passwords';

describe('access policy', () => {
  it.each([
    [null, 'kiosk', 'allow'],
    [null, 'officer', 'unauthenticated'],
    [null, 'admin', 'unauthenticated'],
    ['kiosk', 'kiosk', 'allow'],
    ['kiosk', 'officer', 'forbidden'],
    ['kiosk', 'admin', 'forbidden'],
    ['officer', 'kiosk', 'allow'],
    ['officer', 'officer', 'allow'],
    ['officer', 'admin', 'forbidden'],
    ['admin', 'kiosk', 'allow'],
    ['admin', 'officer', 'allow'],
    ['admin', 'admin', 'allow'],
  ] as const)('caller %s on a %s operation → %s', (role, required, expected) => {
    expect(decide(role ? { role } : null, required)).toBe(expected);
  });
});

describe('password hashing', () => {
  it('verifies the right password only, with a salt per hash', async () => {
    const a = await hashPassword('mật khẩu đúng');
    const b = await hashPassword('mật khẩu đúng');
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$131072$8$1$')).toBe(true); // OWASP: N=2^17, r=8, p=1
    expect(await verifyPassword('mật khẩu đúng', a)).toBe(true);
    expect(await verifyPassword('mật khẩu đúng'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('mat khau dung', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});
