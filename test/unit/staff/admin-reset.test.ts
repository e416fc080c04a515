import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeCore } from '../../../main/app/compose';
import { openDataDir, DB_FILE } from '../../../main/app/data-dir';
import { auditOf } from '../../../main/audit/log';
import { resetAdminPassword } from '../../../main/app/admin-reset';

const now = new Date('2026-12-03T08:00:00Z');

async function hubDataDir(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-reset-'));
  const core = await composeCore({ dataDir: dir, adminPassword: 'old-password-1' });
  core.close();
  return dir;
}

describe('npm run admin:reset -- --data DIR', () => {
  it('gives admin a new password once: the old one stops working, sessions end, the audit says so', async () => {
    const dir = await hubDataDir();
    const before = await composeCore({ dataDir: dir });
    const session = await before.auth.login('admin', 'old-password-1', now);
    before.close();
    const result = await resetAdminPassword(['--data', dir], now);
    if (!result.ok) throw new Error(result.message);
    expect(result.password.length).toBeGreaterThanOrEqual(12);
    const after = await composeCore({ dataDir: dir });
    await expect(after.auth.login('admin', 'old-password-1', now)).rejects.toThrow();
    await expect(after.auth.login('admin', result.password, now)).resolves.toMatchObject({
      role: 'admin',
    });
    expect(after.auth.resolve(session.token, now)).toBeNull();
    expect(auditOf(after.db, 'admin').map((e) => e.action)).toContain('staff.resetPassword');
    after.close();
  });

  it('refuses without --data: which data directory is meant must be clear', async () => {
    expect(await resetAdminPassword([], now)).toMatchObject({ ok: false, message: /--data/u });
  });

  it('refuses a folder without a database, creating nothing there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'motcua-reset-empty-'));
    expect(await resetAdminPassword(['--data', dir], now)).toMatchObject({ ok: false });
    expect(existsSync(path.join(dir, DB_FILE))).toBe(false);
  });

  it('refuses a database without an admin account', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'motcua-reset-noadmin-'));
    openDataDir(dir).db.close();
    expect(await resetAdminPassword(['--data', dir], now)).toMatchObject({
      ok: false,
      message: /admin/u,
    });
  });
});
