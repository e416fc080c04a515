/**
 * Crash safety of acceptance: the real hub is killed with SIGKILL at random moments during a burst
 * of accepts, then restarted on the same data. Every answered accept must be there, the file must
 * pass integrity_check, and each day's dossier numbers must run 1..N without a duplicate or a gap.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { openDatabase } from '../../../main/db/database';
import { DB_FILE } from '../../../main/app/data-dir';
import { callApi, startHub } from '../../support/hub-process';
import { BURST_PROCEDURE, signInAdmin, startAcceptBurst } from '../../support/accept-burst';

const ROUNDS = 3;
const WORKERS = 6;
const applicant = {
  fullName: 'Phạm Thị Lan',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};

/** One round: start, burst, SIGKILL after a random delay once some accepts were answered. */
async function round(dataDir: string, answered: string[]): Promise<number> {
  const hub = await startHub({ dataDir });
  hub.child.removeAllListeners('exit');
  const token = await signInAdmin(hub);
  const exited = new Promise<void>((resolve) => hub.child.once('exit', () => resolve()));
  const burst = startAcceptBurst(hub, token, applicant, WORKERS, answered);
  await burst.reach(3);
  await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 800)));
  burst.halt(true);
  hub.child.kill('SIGKILL');
  await exited;
  await burst.done;
  return burst.count();
}

describe('accepts survive SIGKILL', () => {
  it(
    'keeps every answered accept, an intact file, and gapless unique codes',
    { timeout: 120_000 },
    async () => {
      const first = await startHub();
      const dataDir = first.dataDir;
      await first.stop();
      const answered: string[] = [];
      for (let r = 0; r < ROUNDS; r += 1) expect(await round(dataDir, answered)).toBeGreaterThan(0);

      const hub = await startHub({ dataDir });
      const after = await callApi(
        hub.url,
        'dossiers.accept',
        { procedureCode: BURST_PROCEDURE, applicant },
        await signInAdmin(hub),
      );
      expect(after.status).toBe(200);
      answered.push(after.body.dossierCode as string);
      await hub.stop();

      const db = openDatabase(path.join(dataDir, DB_FILE));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const codes = db.prepare<[], string>('SELECT code FROM dossiers').pluck().all();
        const stored = new Set(codes);
        expect(answered.filter((c) => !stored.has(c))).toEqual([]);
        expect(new Set(answered).size).toBe(answered.length);
        const byDay = new Map<string, number[]>();
        for (const c of codes) {
          const m = /^(.*-\d{6})-(\d{4})$/u.exec(c);
          expect(m, c).not.toBeNull();
          byDay.set(m![1], [...(byDay.get(m![1]) ?? []), Number(m![2])]);
        }
        for (const [day, numbers] of byDay) {
          numbers.sort((a, b) => a - b);
          expect(numbers, day).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
        }
        // Every number taken was stored: the counters add up to the dossiers.
        expect(
          db.prepare<[], number>('SELECT coalesce(sum(last), 0) FROM day_counters').pluck().get(),
        ).toBe(codes.length);
      } finally {
        db.close();
      }
    },
  );
});
