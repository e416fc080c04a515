import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeCore, type Core } from '../../../main/app/compose';
import { createThrottle, DEFAULT_THROTTLE } from '../../../main/staff/throttle';
import { passwordProblem } from '../../../main/staff/password-rule';
import { hashPassword, needsRehash } from '../../../main/staff/passwords';
import { createFailedLogins } from '../../../main/staff/failed-logins';

const T0 = Date.parse('2026-03-02T02:00:00Z');

describe('the sign-in throttle', () => {
  it('slows a (user, address) pair with a doubling delay after three failures', () => {
    const t = createThrottle();
    for (let i = 0; i < 3; i++) {
      expect(t.wait('admin', '10.0.0.9', T0)).toBe(0);
      t.fail('admin', '10.0.0.9', T0);
    }
    expect(t.wait('admin', '10.0.0.9', T0)).toBe(2_000);
    t.fail('admin', '10.0.0.9', T0 + 2_000);
    expect(t.wait('admin', '10.0.0.9', T0 + 2_000)).toBe(4_000);
    t.fail('admin', '10.0.0.9', T0 + 6_000);
    expect(t.wait('admin', '10.0.0.9', T0 + 6_000)).toBe(8_000);
  });

  it('never slows the same user from another address', () => {
    const t = createThrottle();
    for (let i = 0; i < 50; i++) t.fail('admin', '10.0.0.9', T0 + i);
    expect(t.wait('admin', '10.0.0.9', T0 + 50)).toBeGreaterThan(0);
    expect(t.wait('admin', '10.0.0.20', T0 + 50)).toBe(0);
  });

  it('slows an address that tries many user names', () => {
    const t = createThrottle();
    for (let i = 0; i < DEFAULT_THROTTLE.addressFailures; i++) t.fail(`u${i}`, '10.0.0.9', T0);
    expect(t.wait('someone-new', '10.0.0.9', T0)).toBeGreaterThan(0);
    expect(t.wait('someone-new', '10.0.0.10', T0)).toBe(0);
  });

  it('forgets after the window and stays bounded under a flood', () => {
    const t = createThrottle({ ...DEFAULT_THROTTLE, maxEntries: 100 });
    for (let i = 0; i < 10; i++) t.fail('admin', '10.0.0.9', T0);
    expect(t.wait('admin', '10.0.0.9', T0 + DEFAULT_THROTTLE.windowMs + 1)).toBe(0);
    for (let i = 0; i < 5000; i++) t.fail(`u${i}`, `10.1.${i >> 8}.${i & 255}`, T0);
    expect(t.wait('u4999', '10.1.19.135', T0)).toBe(0); // one failure: still free
  });
});

describe('the password rule', () => {
  it.each([
    ['short1', 'canbo1', /ít nhất 10/],
    ['canbo12345', 'canbo12345', /tên đăng nhập/],
    ['1234567890', 'canbo1', /phổ biến/],
    ['Password123', 'canbo1', /phổ biến/],
    ['aaaaaaaaaaaa', 'canbo1', /phổ biến/],
  ])('refuses %s for %s', (password, username, why) => {
    expect(passwordProblem(password, username)).toMatch(why);
  });

  it.each(['admin-e2e-password', 'matkhau-canbo-1', 'Sông Hồng chảy mãi'])('accepts %s', (p) => {
    expect(passwordProblem(p, 'canbo1')).toBeNull();
  });
});

describe('signing in on a core', () => {
  let core: Core;
  const now = () => new Date(T0);
  beforeAll(async () => {
    core = await composeCore({
      dataDir: mkdtempSync(path.join(tmpdir(), 'motcua-signin-')),
      adminPassword: 'admin-test-password',
      clock: now,
    });
  });
  afterAll(() => core.close());

  it('lets the admin in from her desk while a stranger hammers the account', async () => {
    for (let i = 0; i < 6; i++)
      await core.auth
        .login('admin', `wrong-${i}`, new Date(T0), '10.0.0.66')
        .catch(() => undefined);
    await expect(
      core.auth.login('admin', 'wrong-x', new Date(T0), '10.0.0.66'),
    ).rejects.toMatchObject({
      code: 'rate_limited',
    });
    const ok = await core.auth.login('admin', 'admin-test-password', new Date(T0), '10.0.0.5');
    expect(ok.role).toBe('admin');
  });

  it('answers an unknown user name exactly like a wrong password', async () => {
    const unknown = await core.auth
      .login('nobody', 'whatever-123', new Date(T0), '10.0.0.7')
      .catch((e: unknown) => e);
    const wrong = await core.auth
      .login('admin', 'whatever-123', new Date(T0), '10.0.0.7')
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: 'unauthenticated' });
    expect((unknown as Error).message).toBe((wrong as Error).message);
  });

  it('upgrades an old-cost hash at the next sign-in', async () => {
    const db = core.db;
    const old =
      'scrypt$32768$8$1$' + (await hashPassword('matkhau-canbo-1')).split('$').slice(4).join('$');
    expect(needsRehash(old)).toBe(true);
    db.prepare(
      "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('cu', ?, 'Cũ', 'officer', '2020')",
    ).run(old);
    // the stored hash above was made at today's cost, so the old-cost label no longer verifies:
    // make a genuine old-cost hash instead
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const key = scryptSync('matkhau-canbo-1', salt, 32, {
      N: 2 ** 15,
      r: 8,
      p: 1,
      maxmem: 64 << 20,
    });
    const genuine = ['scrypt', 32768, 8, 1, salt.toString('base64'), key.toString('base64')].join(
      '$',
    );
    db.prepare("UPDATE staff SET password_hash = ? WHERE username = 'cu'").run(genuine);
    await core.auth.login('cu', 'matkhau-canbo-1', new Date(T0), '10.0.0.5');
    const stored = db
      .prepare("SELECT password_hash FROM staff WHERE username = 'cu'")
      .pluck()
      .get() as string;
    expect(stored.startsWith('scrypt$131072$8$1$')).toBe(true);
    await core.auth.login('cu', 'matkhau-canbo-1', new Date(T0), '10.0.0.5'); // still signs in
  });

  it('audits a flood of failures in a bounded number of entries', async () => {
    // the aggregate itself (300 real sign-ins would cost 300 scrypt runs)
    const failed = createFailedLogins(core.db);
    for (let i = 0; i < 300; i++)
      failed.record(`ghost${i}`, `10.9.${i >> 8}.${i & 255}`, new Date(T0 + i * 100));
    failed.flush(new Date(T0 + 60_000));
    await expect(
      core.auth.login('ghost-real', 'x-password-1', new Date(T0), '10.9.9.9'),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
    core.auth.close(); // flushes the service's own period
    const rows = core.db
      .prepare<[], { detail: string }>(
        "SELECT detail FROM audit WHERE action = 'auth.login_failed' AND (actor LIKE 'ghost%' OR actor = '(các tên khác)')",
      )
      .all();
    expect(rows.length).toBeLessThanOrEqual(52); // 50 names, the rest as one, and ghost-real
    const total = rows
      .map((r) => (JSON.parse(r.detail) as { count: number }).count)
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(301);
  });

  it('ends an officer session unused for 30 minutes, not one in use', async () => {
    const { token } = await core.auth.login('cu', 'matkhau-canbo-1', new Date(T0), '10.0.0.5');
    expect(core.auth.resolve(token, new Date(T0 + 20 * 60_000))).not.toBeNull();
    expect(core.auth.resolve(token, new Date(T0 + 45 * 60_000))).not.toBeNull(); // 25 min after last use
    expect(core.auth.resolve(token, new Date(T0 + 76 * 60_000))).toBeNull(); // 31 min idle
    expect(core.auth.resolve(token, new Date(T0 + 77 * 60_000))).toBeNull(); // and gone for good
  });
});
