import { describe, expect, it } from 'vitest';
import { QUEUE_LIMIT } from '../../../main/dossiers/queue';
import { acceptOne, advance, applicant, BIRTH, MARRIAGE, makeFixture } from './fixture';

describe("today's work", () => {
  it('lists waiting declarations, today’s receipts, dossiers due today, overdue first by due date, and supplements', async () => {
    const f = makeFixture('2026-12-01T09:00:00+07:00');
    const older = await acceptOne(f, BIRTH.code); // due Tue 08/12 17:00
    advance(f, 24);
    const newer = await acceptOne(f, MARRIAGE.code); // 3 working days: due Mon 07/12 17:00
    const paused = await acceptOne(f);
    await f.call('dossiers.requestSupplement', {
      code: paused,
      missing: [{ name: 'Giấy chứng sinh' }],
      reason: 'Thiếu giấy tờ',
    });
    const handed = await acceptOne(f, MARRIAGE.code);
    await f.call('dossiers.handOver', { code: handed, toUnit: 'Phòng Tư pháp' });
    f.clock.now = new Date('2026-12-09T08:00:00+07:00');
    await f.call('dossiers.declare', { procedureCode: BIRTH.code, applicant }, null);
    const sentHome = await f.call(
      'dossiers.declare',
      { procedureCode: MARRIAGE.code, applicant },
      null,
    );
    await f.call('dossiers.requestSupplement', {
      code: sentHome.code,
      missing: [{ name: 'Giấy xác nhận tình trạng hôn nhân' }],
      reason: 'Thiếu giấy tờ',
    });
    const today = await acceptOne(f);
    const q = await f.call('dossiers.queue', {});
    expect(q.declarations).toHaveLength(1);
    expect(q.declarationsAwaitingPapers.map((d: { code: string }) => d.code)).toEqual([
      sentHome.code,
    ]);
    expect(q.receivedToday.map((d: { code: string }) => d.code)).toEqual([today]);
    expect(q.overdue.map((d: { code: string }) => d.code)).toEqual([newer, handed, older]);
    expect(q.awaitingSupplement.map((d: { code: string }) => d.code)).toEqual([paused]);
    expect(q.totals).toEqual({
      declarations: 1,
      declarationsAwaitingPapers: 1,
      receivedToday: 1,
      dueToday: 0,
      overdue: 3,
      awaitingSupplement: 1,
    });
    // A line names the citizen and the procedure; the ID number, phone and address stay in the
    // dossier that opens on a click (the queue is on every desk's screen all day).
    const line = q.receivedToday[0];
    expect(line).toMatchObject({
      code: today,
      applicant: { fullName: applicant.fullName },
      procedureCode: BIRTH.code,
      status: 'received',
    });
    const lines = JSON.stringify([q.receivedToday, q.overdue, q.awaitingSupplement]);
    expect(lines).not.toContain(applicant.idNumber);
    expect(lines).not.toContain(applicant.phone);
    f.clock.now = new Date('2026-12-07T08:00:00+07:00');
    const dueDay = await f.call('dossiers.queue', {});
    expect(dueDay.dueToday.map((d: { code: string }) => d.code)).toEqual([newer, handed]);
  });

  it(`shows at most ${QUEUE_LIMIT} overdue dossiers, the most overdue, and counts them all`, async () => {
    const f = makeFixture('2026-11-02T09:00:00+07:00');
    for (let i = 0; i < QUEUE_LIMIT + 5; i += 1) {
      await acceptOne(f);
      advance(f, 0.1);
    }
    f.clock.now = new Date('2026-12-20T09:00:00+07:00');
    const q = await f.call('dossiers.queue', {});
    expect(q.overdue).toHaveLength(QUEUE_LIMIT);
    expect(q.totals.overdue).toBe(QUEUE_LIMIT + 5);
    const dues = q.overdue.map((d: { dueAt: string }) => d.dueAt);
    expect([...dues].sort()).toEqual(dues);
  });
});
