import { describe, expect, it } from 'vitest';
import { createOperationTable } from '../../../main/api/operations';
import { AppError } from '../../../main/core/errors';
import { queueContract } from '../../../main/queue/contract';
import { queueHandlers } from '../../../main/queue/operations';
import { asAdmin, asKiosk, asOfficer, at, freshDb, queueDeps } from './support';

const HALL = {
  counters: [
    { number: 1, name: 'Quầy số 1', fields: ['Hộ tịch'] },
    { number: 2, name: 'Quầy số 2', fields: ['Chứng thực'] },
    { number: 3, name: 'Quầy số 3', fields: [] },
  ],
};

/** A table over a fresh database whose clock the test moves. */
function setup() {
  const db = freshDb();
  const deps = queueDeps(db);
  let now = at(26);
  const table = createOperationTable(queueContract, queueHandlers(deps), () => now);
  return { db, deps, table, setNow: (d: Date) => (now = d) };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('queue.take', () => {
  it('says when the counters serve again when taken outside office time, holidays included', async () => {
    // Office hours 07:00–11:30 and 13:30–17:00, Monday to Friday (the default); Quốc khánh 2/9 is
    // a public holiday (Bộ luật Lao động 2019, Điều 112), Wednesday 2 September 2026.
    const { table, setNow } = setup();
    const vn = (iso: string) => new Date(`${iso}+07:00`);
    const servingFrom = async (iso: string) => {
      setNow(vn(iso));
      return ((await table.invoke('queue.take', {}, asKiosk)) as { servingFrom?: string })
        .servingFrom;
    };
    expect(await servingFrom('2026-12-07T09:00:00')).toBeUndefined(); // Monday, in office time
    expect(await servingFrom('2026-12-07T05:00:00')).toBe('2026-12-07T07:00:00+07:00');
    expect(await servingFrom('2026-12-07T12:00:00')).toBe('2026-12-07T13:30:00+07:00');
    expect(await servingFrom('2026-12-07T18:00:00')).toBe('2026-12-08T07:00:00+07:00');
    expect(await servingFrom('2026-12-06T09:00:00')).toBe('2026-12-07T07:00:00+07:00'); // Sunday
    expect(await servingFrom('2026-09-02T09:00:00')).toBe('2026-09-03T07:00:00+07:00');
  });

  it('works out of the box with the seeded general counter', async () => {
    const { table, deps } = setup();
    const r = (await table.invoke('queue.take', {}, asKiosk)) as any;
    expect(r).toMatchObject({
      ticket: '1001',
      counter: 1,
      counterName: 'Quầy số 1',
      waitingAhead: 0,
      issuedAt: '2026-11-26T09:00:00+07:00',
    });
    expect(r.print.status).toBe('printed');
    expect(deps.printer.jobs).toHaveLength(1);
  });

  it("numbers per counter, routes by the procedure's field and prints the ticket", async () => {
    const { table, deps } = setup();
    await table.invoke('queue.setCounters', HALL, asAdmin);
    const a = (await table.invoke('queue.take', { procedureCode: '1.001193' }, asKiosk)) as any;
    const b = (await table.invoke('queue.take', { procedureCode: '1.004227' }, asKiosk)) as any;
    const c = (await table.invoke('queue.take', { procedureCode: '2.000815' }, asKiosk)) as any;
    const d = (await table.invoke('queue.take', { field: 'Đất đai' }, asKiosk)) as any;
    expect([a.ticket, b.ticket, c.ticket, d.ticket]).toEqual(['1001', '1002', '2001', '3001']);
    expect(b).toMatchObject({
      counter: 1,
      field: 'Hộ tịch',
      procedureCode: '1.004227',
      waitingAhead: 1,
    });
    const slip = deps.printer.jobs[1];
    expect(slip.subject).toBe('STT-2026-11-26-1002');
    const texts = slip.doc.blocks.flatMap((blk) => ('text' in blk ? [blk.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining([
        '1002',
        'Mời đến Quầy số 1',
        'Cấp bản sao trích lục hộ tịch',
        'UBND XÃ HÒA AN',
      ]),
    );
  });

  it('starts again at 001 the next day (Vietnam time)', async () => {
    const { table, setNow } = setup();
    setNow(at(26, 23, 59));
    expect(((await table.invoke('queue.take', {}, asKiosk)) as any).ticket).toBe('1001');
    setNow(at(27, 0, 1));
    expect(((await table.invoke('queue.take', {}, asKiosk)) as any).ticket).toBe('1001');
    expect(((await table.invoke('queue.take', {}, asKiosk)) as any).ticket).toBe('1002');
  });

  it('keeps the ticket when the printer fails', async () => {
    const { table, deps } = setup();
    deps.printer.failNext();
    const r = (await table.invoke('queue.take', {}, asKiosk)) as any;
    expect(r.print).toMatchObject({ status: 'failed', message: 'Máy in hết giấy.' });
    expect(((await table.invoke('queue.board', {}, asKiosk)) as any).waitingTotal).toBe(1);
  });

  it('refuses an unknown procedure (404) and bad input (400, field named in Vietnamese)', async () => {
    const { table } = setup();
    expect(
      (await refusal(table.invoke('queue.take', { procedureCode: '9.999999' }, asKiosk))).status,
    ).toBe(404);
    const bad = await refusal(table.invoke('queue.take', { field: 42 }, asKiosk));
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/^Lĩnh vực: /u);
    expect((await refusal(table.invoke('queue.take', { extra: 1 }, asKiosk))).message).toMatch(
      /không được phép: extra/u,
    );
  });

  it('refuses when the day ran out of numbers for the counter', async () => {
    const { table, db } = setup();
    db.prepare(
      "INSERT INTO queue_tickets (day, counter, issued_counter, seq, ticket, status, taken_at) VALUES ('2026-11-26', 1, 1, 999, '1999', 'done', 'x')",
    ).run();
    expect((await refusal(table.invoke('queue.take', {}, asKiosk))).status).toBe(409);
  });
});

describe('queue.callNext and queue.board', () => {
  it('calls tickets in order, finishes the previous one and reports an empty queue', async () => {
    const { table } = setup();
    await table.invoke('queue.take', {}, asKiosk);
    await table.invoke('queue.take', {}, asKiosk);
    const first = (await table.invoke('queue.callNext', { counter: 1 }, asOfficer)) as any;
    expect(first).toEqual({
      counter: { number: 1, name: 'Quầy số 1' },
      ticket: '1001',
      calledAt: '2026-11-26T09:00:00+07:00',
      waiting: 1,
      priority: false,
      recalls: 0,
      skipped: [],
    });
    const second = (await table.invoke('queue.callNext', { counter: 1 }, asOfficer)) as any;
    expect(second).toMatchObject({ ticket: '1002', finished: '1001', waiting: 0 });
    const none = (await table.invoke('queue.callNext', { counter: 1 }, asOfficer)) as any;
    expect(none).toEqual({
      counter: { number: 1, name: 'Quầy số 1' },
      ticket: null,
      finished: '1002',
      waiting: 0,
      skipped: [],
    });
  });

  it('shows who is served where and how many wait, newest call first', async () => {
    const { table } = setup();
    await table.invoke('queue.setCounters', HALL, asAdmin);
    for (const code of ['1.001193', '1.001193', '2.000815', '1.000656'])
      await table.invoke('queue.take', { procedureCode: code }, asKiosk);
    await table.invoke('queue.callNext', { counter: 1 }, asOfficer);
    await table.invoke('queue.callNext', { counter: 2 }, asOfficer);
    const b = (await table.invoke('queue.board', {}, asKiosk)) as any;
    expect(b.counters).toEqual([
      { number: 1, name: 'Quầy số 1', serving: '1001', waiting: 1, paused: false },
      { number: 2, name: 'Quầy số 2', serving: '2001', waiting: 0, paused: false },
      { number: 3, name: 'Quầy số 3', serving: null, waiting: 1, paused: false },
    ]);
    expect(b.waitingTotal).toBe(2);
    expect(b.recentCalls.map((c: any) => c.ticket)).toEqual(['2001', '1001']);
    expect(JSON.stringify(b)).not.toMatch(/procedure|field/u);
  });

  it('needs an officer, a known counter and a valid number', async () => {
    const { table } = setup();
    expect((await refusal(table.invoke('queue.callNext', { counter: 1 }, asKiosk))).status).toBe(
      401,
    );
    expect((await refusal(table.invoke('queue.callNext', { counter: 7 }, asOfficer))).status).toBe(
      404,
    );
    const bad = await refusal(table.invoke('queue.callNext', { counter: 1.5 }, asOfficer));
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/^Quầy: Số quầy phải là số nguyên/u);
  });
});

describe('queue.setCounters and queue.counters', () => {
  it('replaces the counters (admin only, audited) and lists them with waiting counts', async () => {
    const { table, db } = setup();
    expect((await refusal(table.invoke('queue.setCounters', HALL, asOfficer))).status).toBe(403);
    await table.invoke('queue.setCounters', HALL, asAdmin);
    await table.invoke('queue.take', { field: 'chứng thực' }, asKiosk);
    const list = (await table.invoke('queue.counters', {}, asKiosk)) as any;
    expect(list.items).toEqual([
      {
        number: 1,
        name: 'Quầy số 1',
        fields: ['Hộ tịch'],
        general: false,
        waiting: 0,
        waitingPriority: 0,
        paused: false,
      },
      {
        number: 2,
        name: 'Quầy số 2',
        fields: ['Chứng thực'],
        general: false,
        waiting: 1,
        waitingPriority: 0,
        paused: false,
      },
      {
        number: 3,
        name: 'Quầy số 3',
        fields: [],
        general: true,
        waiting: 0,
        waitingPriority: 0,
        paused: false,
      },
    ]);
    const audit = db
      .prepare("SELECT actor FROM audit WHERE action = 'queue.setCounters'")
      .pluck()
      .all();
    expect(audit).toEqual(['admin']);
  });

  it.each([
    [
      'duplicate numbers',
      {
        counters: [
          { number: 1, name: 'A', fields: [] },
          { number: 1, name: 'B', fields: [] },
        ],
      },
      /Số quầy 1 bị trùng/u,
    ],
    ['an empty list', { counters: [] }, /ít nhất 1 quầy/u],
    [
      'a number out of range',
      { counters: [{ number: 100, name: 'A', fields: [] }] },
      /Số quầy phải từ 1 đến 99/u,
    ],
    [
      'an empty field name',
      { counters: [{ number: 1, name: 'A', fields: [' '] }] },
      /Lĩnh vực của quầy không được để trống/u,
    ],
    ['a missing name', { counters: [{ number: 1, fields: [] }] }, /^Tên: chưa được nhập/u],
  ])('refuses %s with a Vietnamese message', async (_name, input, message) => {
    const { table } = setup();
    const e = await refusal(table.invoke('queue.setCounters', input, asAdmin));
    expect(e.status).toBe(400);
    expect(e.message).toMatch(message);
  });
});
