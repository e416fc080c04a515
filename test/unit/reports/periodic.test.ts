import { describe, expect, it } from 'vitest';
import { periodic, type PeriodicReport } from '../../../main/reports/periodic';
import { acceptOne, makeFixture } from '../dossiers/fixture';

/** DESIGN.md: carriedOver + received = resolved (all three) + inProgress (both) + withdrawn + stopped. */
function balances(r: PeriodicReport): boolean {
  const out =
    r.resolved.early +
    r.resolved.onTime +
    r.resolved.late +
    r.inProgress.withinTime +
    r.inProgress.overdue +
    r.withdrawn +
    r.stopped;
  return r.carriedOver + r.received === out;
}

describe('reports.periodic after a scripted week', () => {
  it('counts each dossier once, judged against the statutory date, and the figures add up', async () => {
    const f = makeFixture(); // Monday 07/12/2026 09:00; 5 working days → due 14/12 17:00
    const [a, b, c, d] = [
      await acceptOne(f),
      await acceptOne(f),
      await acceptOne(f),
      await acceptOne(f),
    ];
    const refused = await acceptOne(f);
    await f.call('dossiers.refuse', { code: refused, reason: 'Không thuộc thẩm quyền' });
    await f.call('dossiers.markReady', { code: a });
    await f.call('dossiers.withdraw', { code: b, reason: 'Công dân xin rút hồ sơ' });
    await f.call('dossiers.stop', { code: c, reason: 'Dừng theo đề nghị' });
    const day1 = periodic(f.db, { from: '2026-12-07', to: '2026-12-07' });
    expect(day1).toMatchObject({
      carriedOver: 0,
      received: 4,
      receivedByChannel: { inPerson: 4, post: 0, online: 0 },
      resolved: { early: 1, onTime: 0, late: 0 },
      inProgress: { withinTime: 1, overdue: 0 },
      withdrawn: 1,
      stopped: 1,
    });
    expect(balances(day1)).toBe(true);

    f.clock.now = new Date('2026-12-08T09:00:00+07:00');
    const e = await acceptOne(f); // due 15/12 17:00
    f.clock.now = new Date('2026-12-15T09:00:00+07:00');
    // D was due 14/12 17:00 (statutory): its result on 15/12 is late.
    await f.call('dossiers.markReady', { code: d });
    const week = periodic(f.db, { from: '2026-12-08', to: '2026-12-15' });
    expect(week).toMatchObject({
      carriedOver: 1,
      received: 1,
      resolved: { early: 0, onTime: 0, late: 1 },
      inProgress: { withinTime: 0, overdue: 1 },
      withdrawn: 0,
      stopped: 0,
    });
    expect(balances(week)).toBe(true);
    expect(e).toBeTruthy();
    const r = await f.call('dossiers.get', { code: d });
    expect(r.status).toBe('result_ready');
  });
});
