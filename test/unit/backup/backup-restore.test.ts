/**
 * Backups as an office would live them: an online backup taken while the hub accepts dossiers,
 * restored into a new data directory, a hub started there; and the rotation's arithmetic.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { keptBackups } from '../../../main/backup/backup';
import { callApi, repoRoot, startHub } from '../../support/hub-process';
import { signInAdmin, startAcceptBurst } from '../../support/accept-burst';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'main/backup/cli.ts'), ...args], {
    cwd: repoRoot,
  });
const applicant = {
  fullName: 'Hoàng Thị Thu',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Phường Hải Châu, Đà Nẵng',
};

describe('backup while accepting, restore, start again', () => {
  it('keeps every dossier answered before the backup and passes integrity_check', async () => {
    const hub = await startHub();
    const token = await signInAdmin(hub);
    const answered: string[] = [];
    const burst = startAcceptBurst(hub, token, applicant, 4, answered);
    await burst.reach(20);
    const beforeBackup = [...answered];
    const to = mkdtempSync(path.join(tmpdir(), 'motcua-bk-'));
    const { stdout } = await cli('backup', '--data', hub.dataDir, '--to', to);
    const file = stdout.trim();
    expect(file.startsWith(to)).toBe(true);
    burst.halt();
    await burst.done;

    // restore refuses while a hub holds the data directory
    const refused = await cli('restore', '--data', hub.dataDir, file).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/Hub đang chạy/u);
    await hub.stop();

    const fresh = mkdtempSync(path.join(tmpdir(), 'motcua-restored-'));
    const restored = await cli('restore', '--data', fresh, file);
    expect(restored.stdout).toMatch(/restored/u);
    const again = await startHub({ dataDir: fresh });
    try {
      const admin = await signInAdmin(again);
      for (const code of beforeBackup) {
        const got = await callApi(again.url, 'dossiers.get', { code }, admin);
        expect(got.status, code).toBe(200);
      }
      const status = await callApi(again.url, 'system.status', {}, admin);
      expect(status.body.integrity.status).toBe('ok');
      expect(status.body.lastBackup).not.toBeNull(); // the start-up backup of the restored hub
    } finally {
      await again.stop();
    }
  }, 180_000);
});

describe('the rotation', () => {
  const day = (d: string) => ({ at: `${d}T12:30:00+07:00` });
  it('keeps 7 daily, 4 weekly and 12 monthly', () => {
    // one backup a day for 400 days, newest first
    const all = Array.from({ length: 400 }, (_, i) => {
      const t = new Date(Date.UTC(2026, 11, 3) - i * 86_400_000).toISOString().slice(0, 10);
      return day(t);
    });
    const kept = [...keptBackups(all)].map((b) => b.at.slice(0, 10));
    expect(kept.slice(0, 7)).toEqual(all.slice(0, 7).map((b) => b.at.slice(0, 10)));
    const months = new Set(kept.map((d) => d.slice(0, 7)));
    expect(months.size).toBe(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12);
    expect(kept).not.toContain(all[399].at.slice(0, 10));
  });

  it('keeps the newest of a day when there are several', () => {
    const all = [{ at: '2026-12-03T18:00:00+07:00' }, { at: '2026-12-03T12:30:00+07:00' }];
    expect([...keptBackups(all)]).toEqual([all[0]]);
  });
});
