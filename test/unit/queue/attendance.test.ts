import { describe, expect, it } from 'vitest';
import { createOperationTable } from '../../../main/api/operations';
import { AppError } from '../../../main/core/errors';
import { queueContract } from '../../../main/queue/contract';
import { queueHandlers } from '../../../main/queue/operations';
import { asAdmin, asKiosk, asOfficer, at, freshDb, queueDeps } from './support';

const HALL = {
  counters: [
    { number: 1, name: 'Quầy số 1', fields: [] },
    { number: 2, name: 'Quầy số 2', fields: ['Chứng thực'] },
  ],
};

async function setup() {
  const db = freshDb();
  const deps = queueDeps(db);
  let now = at(26);
  const table = createOperationTable(queueContract, queueHandlers(deps), () => now);
  await table.invoke('queue.setCounters', HALL, asAdmin);
  const take = async (input: Record<string, unknown> = {}) =>
    (await table.invoke('queue.take', input, asKiosk)) as any;
  const officer = async (op: string, input: Record<string, unknown>) =>
    (await table.invoke(op, input, asOfficer)) as any;
  const minutes = (m: number) => (now = new Date(now.getTime() + m * 60_000));
  return { db, deps, table, take, officer, minutes };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('priority tickets', () => {
  it('calls a priority ticket before the next normal one, at most two in a row', async () => {
    const { take, officer, deps, minutes } = await setup();
    await take();
    await take();
    const p1 = await take({ priority: true });
    await take({ priority: true });
    await take({ priority: true });
    expect(p1).toMatchObject({ ticket: '1003', priority: true, waitingAhead: 0 });
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      minutes(1);
      order.push((await officer('queue.callNext', { counter: 1 })).ticket);
    }
    expect(order).toEqual(['1003', '1004', '1001', '1005', '1002']);
    const slip = deps.printer.jobs[2].doc.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
    expect(slip).toContain('ƯU TIÊN');
  });

  it('follows the admin policy: cap 0 keeps plain arrival order', async () => {
    const { take, officer, deps } = await setup();
    deps.settings = () => ({ ...queueDeps(freshDb()).settings(), queuePriorityCap: 0 });
    await take();
    await take({ priority: true });
    expect((await officer('queue.callNext', { counter: 1 })).ticket).toBe('1001');
  });
});

describe('the people ahead and the estimated wait', () => {
  it("uses 5 minutes a citizen before any service, then the day's mean service time", async () => {
    const { take, officer, minutes } = await setup();
    await take();
    await take();
    expect(await take()).toMatchObject({ waitingAhead: 2, estimatedWaitMinutes: 10 });
    await officer('queue.callNext', { counter: 1 });
    minutes(8);
    await officer('queue.callNext', { counter: 1 });
    expect(await take()).toMatchObject({ waitingAhead: 1, estimatedWaitMinutes: 8 });
  });
});

describe('recall, skip and transfer', () => {
  it('recalls the current ticket: the board shows it again with its recall count', async () => {
    const { take, officer, table, minutes } = await setup();
    await take();
    await officer('queue.callNext', { counter: 1 });
    minutes(1);
    const again = await officer('queue.recall', { counter: 1 });
    expect(again).toMatchObject({ ticket: '1001', recalls: 1 });
    const board = (await table.invoke('queue.board', {}, asKiosk)) as any;
    expect(board.recentCalls[0]).toMatchObject({
      ticket: '1001',
      recalls: 1,
      calledAt: '2026-11-26T09:01:00+07:00',
    });
  });

  it('skips a no-show, calls the next, then recalls the skipped ticket later in the day', async () => {
    const { take, officer, table } = await setup();
    await take();
    await take();
    await officer('queue.callNext', { counter: 1 });
    const skipped = await officer('queue.skip', { counter: 1 });
    expect(skipped).toMatchObject({ ticket: null, finished: '1001', skipped: ['1001'] });
    expect((await officer('queue.callNext', { counter: 1 })).ticket).toBe('1002');
    const back = await officer('queue.recall', { counter: 1, ticket: '1001' });
    expect(back).toMatchObject({ ticket: '1001', recalls: 1, skipped: [] });
    const board = (await table.invoke('queue.board', {}, asKiosk)) as any;
    expect(board.counters[0].serving).toBe('1001');
    const refused = await refusal(
      table.invoke('queue.recall', { counter: 1, ticket: '1002' }, asOfficer),
    );
    expect(refused.status).toBe(409);
  });

  it('transfers the current ticket keeping its place by the time it was taken', async () => {
    const { take, officer, minutes, table } = await setup();
    await take();
    minutes(1);
    await take({ field: 'Chứng thực' });
    minutes(1);
    await take({ field: 'Chứng thực' });
    await officer('queue.callNext', { counter: 1 });
    const moved = await officer('queue.transfer', { counter: 1, toCounter: 2 });
    expect(moved).toMatchObject({ ticket: '1001', to: { number: 2 }, waitingAhead: 0 });
    expect((await officer('queue.callNext', { counter: 2 })).ticket).toBe('1001');
    const board = (await table.invoke('queue.board', {}, asKiosk)) as any;
    expect(board.counters.map((c: any) => [c.serving, c.waiting])).toEqual([
      [null, 0],
      ['1001', 2],
    ]);
  });

  it('refuses a transfer to a missing counter (400) or a paused one (409), writing nothing', async () => {
    const { take, officer, table, db } = await setup();
    await take();
    await officer('queue.callNext', { counter: 1 });
    const missing = await refusal(
      table.invoke('queue.transfer', { counter: 1, toCounter: 9 }, asOfficer),
    );
    expect(missing).toMatchObject({ status: 400, field: 'toCounter' });
    expect(missing.message).toMatch(/quầy số 9/iu);
    await officer('queue.pause', { counter: 2, reason: 'Họp giao ban' });
    const paused = await refusal(
      table.invoke('queue.transfer', { counter: 1, toCounter: 2 }, asOfficer),
    );
    expect(paused.status).toBe(409);
    expect(paused.message).toMatch(/tạm dừng \(Họp giao ban\)/u);
    expect(db.prepare('SELECT counter, status FROM queue_tickets').get()).toEqual({
      counter: 1,
      status: 'called',
    });
  });
});

describe('pause and resume', () => {
  it('sends no ticket to a paused counter, shows the reason and refuses its calls until it resumes', async () => {
    const { take, officer, table } = await setup();
    const c = await officer('queue.pause', { counter: 2, reason: 'Nghỉ giữa giờ' });
    expect(c).toMatchObject({ paused: true, pausedReason: 'Nghỉ giữa giờ' });
    expect(await take({ field: 'Chứng thực' })).toMatchObject({ counter: 1 });
    const board = (await table.invoke('queue.board', {}, asKiosk)) as any;
    expect(board.counters[1]).toMatchObject({ paused: true, pausedReason: 'Nghỉ giữa giờ' });
    expect((await refusal(table.invoke('queue.callNext', { counter: 2 }, asOfficer))).status).toBe(
      409,
    );
    await officer('queue.resume', { counter: 2 });
    expect(await take({ field: 'Chứng thực' })).toMatchObject({ counter: 2 });
  });

  it('refuses a ticket when every counter is paused', async () => {
    const { officer, table } = await setup();
    await officer('queue.pause', { counter: 1, reason: 'Họp' });
    await officer('queue.pause', { counter: 2, reason: 'Họp' });
    expect((await refusal(table.invoke('queue.take', {}, asKiosk))).status).toBe(409);
  });
});

describe('a ticket that carries a declaration', () => {
  it('routes by the declared procedure, gives the same ticket when pressed again, and shows the code when called', async () => {
    const { take, officer, db, deps } = await setup();
    db.prepare(
      "INSERT INTO declarations (code, procedure_code, applicant, created_at, status) VALUES ('TK-261126-0001', '2.000815', '{}', '2026', 'declared')",
    ).run();
    const a = await take({ declarationCode: 'tk-261126-0001' });
    const b = await take({ declarationCode: 'TK-261126-0001' });
    expect(a).toMatchObject({
      ticket: '2001',
      declarationCode: 'TK-261126-0001',
      procedureCode: '2.000815',
    });
    expect(b.ticket).toBe('2001');
    expect(db.prepare('SELECT count(*) FROM queue_tickets').pluck().get()).toBe(1);
    const slip = deps.printer.jobs[0].doc;
    expect(slip.kind).toBe('declaration_slip');
    const texts = slip.blocks.flatMap((x) => ('text' in x ? [x.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['TK-261126-0001', '2001', 'Mời đến Quầy số 2']));
    expect(slip.blocks).toContainEqual(
      expect.objectContaining({ kind: 'qr', payload: 'TK-261126-0001' }),
    );
    expect(await officer('queue.callNext', { counter: 2 })).toMatchObject({
      ticket: '2001',
      declarationCode: 'TK-261126-0001',
    });
  });

  it('refuses an unknown declaration (404) and takes no number', async () => {
    const { table, db } = await setup();
    const e = await refusal(table.invoke('queue.take', { declarationCode: 'TK-1-9' }, asKiosk));
    expect(e.status).toBe(404);
    expect(db.prepare('SELECT count(*) FROM queue_tickets').pluck().get()).toBe(0);
  });
});

describe('queue.stats', () => {
  it('gives wait and service times per counter and per officer', async () => {
    const { take, officer, minutes, table } = await setup();
    await take();
    await take();
    minutes(4);
    await officer('queue.callNext', { counter: 1 });
    minutes(6);
    await officer('queue.callNext', { counter: 1 });
    minutes(2);
    await officer('queue.skip', { counter: 1 });
    const s = (await table.invoke('queue.stats', {}, asOfficer)) as any;
    expect(s.from).toBe('2026-11-26');
    expect(s.all).toEqual({ served: 1, skipped: 1, meanWaitMinutes: 7, meanServiceMinutes: 6 });
    expect(s.counters).toEqual([
      {
        number: 1,
        name: 'Quầy số 1',
        served: 1,
        skipped: 1,
        meanWaitMinutes: 7,
        meanServiceMinutes: 6,
      },
    ]);
    expect(s.officers).toEqual([
      { officer: 'canbo1', served: 1, skipped: 1, meanWaitMinutes: 7, meanServiceMinutes: 6 },
    ]);
    expect((await refusal(table.invoke('queue.stats', {}, asKiosk))).status).toBe(401);
  });
});
