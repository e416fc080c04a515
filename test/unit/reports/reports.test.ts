import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createOperationTable } from '../../../main/api/operations';
import type { Caller } from '../../../main/core/types';
import { reportsContract } from '../../../main/reports/contract';
import { reportsHandlers } from '../../../main/reports/operations';
import { LOGBOOK_COLUMNS } from '../../../main/reports/columns';
import {
  acceptOne,
  advance,
  applicant,
  MARRIAGE,
  makeFixture,
  type Fixture,
} from '../dossiers/fixture';

function reports(f: Fixture) {
  const table = createOperationTable(
    reportsContract,
    reportsHandlers({ db: f.db, settings: f.deps.settings }),
    () => f.clock.now,
  );
  return (op: string, input: unknown, caller: Caller = f.officer) =>
    table.invoke(op, input, { caller, token: null, origin: 'cli' }) as Promise<any>;
}

/** Monday 07/12/2026: four dossiers of 5 working days (due Mon 14/12 17:00) and one marriage on Tue 08/12. */
async function month(f: Fixture) {
  const second = Number(
    f.db
      .prepare(
        "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('canbo2', 'x', 'Lê Thị Hoa', 'officer', '2026') RETURNING id",
      )
      .pluck()
      .get(),
  );
  const hoa: Caller = { id: second, username: 'canbo2', fullName: 'Lê Thị Hoa', role: 'officer' };
  const [early, onTime, late, delayed] = [
    await acceptOne(f),
    await acceptOne(f),
    await acceptOne(f),
    await acceptOne(f),
  ];
  advance(f, 24);
  const marriage = await acceptOne(f, MARRIAGE.code);
  await f.call('dossiers.handOver', { code: early, toUnit: 'Phòng Tư pháp' });
  await f.call('dossiers.markReady', { code: early }); // Tue 08/12: early
  await f.call(
    'dossiers.return',
    { code: early, fee: { amount: 8000, method: 'cash', receiptNumber: 'BL-1' } },
    hoa,
  );
  advance(f, 24 * 6 - 1); // Mon 14/12 08:00
  await f.call('dossiers.markReady', { code: onTime }); // due day: on time
  await f.call('dossiers.delay', {
    code: delayed,
    newDueAt: '2026-12-16T10:00:00+07:00',
    reason: '<b>Chờ xác minh</b> & trả lời',
  });
  advance(f, 24); // Tue 15/12 08:00
  await f.call('dossiers.markReady', { code: late });
  await f.call('dossiers.markReady', { code: delayed }); // before its new date, after the original: late
  await f.call('dossiers.refuse', { code: marriage, reason: 'Không thuộc thẩm quyền' });
  return { early, onTime, late, delayed, marriage, hoa };
}

describe('reports.stats', () => {
  it('counts received, early / on time / late against the first promise, fees, overdue and per officer', async () => {
    const f = makeFixture();
    await month(f);
    await acceptOne(f); // Tue 15/12, still open
    f.clock.now = new Date('2026-12-31T12:00:00+07:00'); // the open one (due 22/12) is overdue now
    const s = await reports(f)('reports.stats', { from: '2026-12-01', to: '2026-12-31' });
    expect(s.received.total).toBe(6);
    expect(s.received.byChannel).toEqual([{ key: 1, label: 'Trực tiếp', count: 6 }]);
    expect(s.received.byField).toEqual([{ key: 'Hộ tịch', label: 'Hộ tịch', count: 6 }]);
    expect(s.received.byStatus).toEqual(
      expect.arrayContaining([{ key: 'result_ready', label: 'Đã có kết quả', count: 3 }]),
    );
    expect(s.completed).toEqual({ total: 4, early: 1, onTime: 1, late: 2, onTimeRate: 50 });
    expect(s.overdueNow).toBe(1);
    // early: 1 day; on time: 7 days - 1 h; late and delayed: 8 days - 1 h.
    expect(s.averageProcessingDays).toBeCloseTo((1 + (7 - 1 / 24) + 2 * (8 - 1 / 24)) / 4, 1);
    expect(s.returned).toEqual({
      total: 1,
      feeTotal: 8000,
      byMethod: [{ key: 'cash', label: 'Tiền mặt', count: 1 }],
    });
    expect(s.byOfficer).toEqual([
      { username: 'canbo1', fullName: 'Trần Văn Bình', received: 6, returned: 0, feesCollected: 0 },
      { username: 'canbo2', fullName: 'Lê Thị Hoa', received: 0, returned: 1, feesCollected: 8000 },
    ]);
  });

  it('leaves out what falls outside the period, and excludes supplement pauses from the processing time', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    advance(f, 1);
    await f.call('dossiers.requestSupplement', {
      code,
      missing: [{ name: 'Giấy chứng sinh' }],
      reason: 'Thiếu giấy tờ',
    });
    advance(f, 48);
    await f.call('dossiers.supplementReceived', { code });
    advance(f, 1);
    await f.call('dossiers.markReady', { code });
    const s = await reports(f)('reports.stats', {
      from: '2026-12-07T00:00:00+07:00',
      to: '2026-12-10T00:00:00+07:00',
    });
    expect(s.completed.total).toBe(1);
    expect(s.averageProcessingDays).toBeCloseTo(2 / 24, 2);
    const none = await reports(f)('reports.stats', { from: '2026-11-01', to: '2026-11-30' });
    expect(none).toMatchObject({
      received: { total: 0 },
      completed: { total: 0, onTimeRate: null },
      averageProcessingDays: null,
      byOfficer: [],
    });
  });

  it('judges overdue against the statutory date and counts refused, supplement-requested, withdrawn and stopped', async () => {
    const f = makeFixture(); // Mon 07/12/2026 09:00: five dossiers, statutory due Mon 14/12 17:00
    const [papers, withdrawn, stopped, refused, apologised] = [
      await acceptOne(f),
      await acceptOne(f),
      await acceptOne(f),
      await acceptOne(f),
      await acceptOne(f),
    ];
    advance(f, 1);
    await f.call('dossiers.requestSupplement', {
      code: papers,
      missing: [{ name: 'Giấy chứng sinh' }],
      reason: 'Thiếu giấy tờ',
    });
    await f.call('dossiers.withdraw', { code: withdrawn, reason: 'Công dân xin rút hồ sơ' });
    await f.call('dossiers.stop', { code: stopped, reason: 'Dừng theo đề nghị' });
    await f.call('dossiers.refuse', { code: refused, reason: 'Không thuộc thẩm quyền' });
    await f.call('dossiers.delay', {
      code: apologised,
      newDueAt: '2026-12-18T10:00:00+07:00',
      reason: 'Chờ xác minh',
    });
    // Wed 16/12: past the statutory date, before the apologised one: still overdue.
    f.clock.now = new Date('2026-12-16T09:00:00+07:00');
    const s = await reports(f)('reports.stats', { from: '2026-12-01', to: '2026-12-31' });
    expect(s.overdueNow).toBe(1);
    expect(s.outcomes).toEqual({ refused: 1, supplementRequested: 1, withdrawn: 1, stopped: 1 });
    // The papers come back: the request still happened in December.
    await f.call('dossiers.supplementReceived', { code: papers });
    const again = await reports(f)('reports.stats', { from: '2026-12-01', to: '2026-12-31' });
    expect(again.outcomes.supplementRequested).toBe(1);
    const before = await reports(f)('reports.stats', { from: '2026-11-01', to: '2026-11-30' });
    expect(before.outcomes).toEqual({
      refused: 0,
      supplementRequested: 0,
      withdrawn: 0,
      stopped: 0,
    });
  });

  it.each([
    [{ from: '2026-12-31', to: '2026-12-01' }, /kết thúc/],
    [{ from: '2025-01-01', to: '2026-12-31' }, /366 ngày/],
    [{ from: '2026-02-30', to: '2026-03-01' }, /bắt đầu/],
  ])('400s a bad period %j', async (input, message) => {
    const f = makeFixture();
    await expect(reports(f)('reports.stats', input)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(message),
    });
  });
});

describe('reports.logbook', () => {
  it('lists the period in the columns of the log book, filtered by procedure and state, and audits the read', async () => {
    const f = makeFixture();
    const m = await month(f);
    const run = reports(f);
    const all = await run('reports.logbook', {
      from: '2026-12-07',
      to: '2026-12-08',
      format: 'json',
    });
    expect(all.total).toBe(5);
    expect(all.rows.map((r: { code: string }) => r.code)).toEqual([
      m.early,
      m.onTime,
      m.late,
      m.delayed,
      m.marriage,
    ]);
    expect(all.rows[0]).toMatchObject({
      no: 1,
      procedureName: 'Đăng ký khai sinh',
      sets: 1,
      applicantName: applicant.fullName,
      phone: applicant.phone,
      handlingUnit: 'Phòng Tư pháp',
      receivedAt: '2026-12-07T09:00:00+07:00',
      dueAt: '2026-12-14T17:00:00+07:00',
      sentAt: '2026-12-08T09:00:00+07:00',
      resultAt: '2026-12-08T09:00:00+07:00',
      returnedAt: '2026-12-08T09:00:00+07:00',
    });
    expect(all.rows[3]).toMatchObject({
      originalDueAt: '2026-12-14T17:00:00+07:00',
      dueAt: '2026-12-16T10:00:00+07:00',
    });
    expect(all.rows[1].handlingUnit).toBe('UBND xã Hòa An');
    const firstDay = await run('reports.logbook', {
      from: '2026-12-07',
      to: '2026-12-07',
      format: 'json',
    });
    expect(firstDay.total).toBe(4);
    const marriages = await run('reports.logbook', {
      from: '2026-12-01',
      to: '2026-12-31',
      format: 'json',
      procedureCode: MARRIAGE.code,
    });
    expect(marriages.rows.map((r: { code: string }) => r.code)).toEqual([m.marriage]);
    const refused = await run('reports.logbook', {
      from: '2026-12-01',
      to: '2026-12-31',
      format: 'json',
      status: 'refused',
    });
    expect(refused.rows).toHaveLength(1);
    expect(
      f.db
        .prepare("SELECT count(*) FROM audit WHERE action = 'reports.logbook' AND actor = 'canbo1'")
        .pluck()
        .get(),
    ).toBe(4);
  });

  it('numbers STT by the ledger (Sổ theo dõi hồ sơ), not by the row of the filtered view', async () => {
    const f = makeFixture();
    const m = await month(f); // ledger 2026: early 1, onTime 2, late 3, delayed 4, marriage 5
    const run = reports(f);
    const secondDay = await run('reports.logbook', {
      from: '2026-12-08',
      to: '2026-12-31',
      format: 'json',
    });
    expect(secondDay.rows.map((r: { code: string; no: number }) => [r.code, r.no])).toEqual([
      [m.marriage, 5],
    ]);
    const ready = await run('reports.logbook', {
      from: '2026-12-01',
      to: '2026-12-31',
      format: 'json',
      status: 'result_ready',
    });
    expect(ready.rows.map((r: { no: number }) => r.no)).toEqual([2, 3, 4]);
    const x = await run('reports.logbook', {
      from: '2026-12-08',
      to: '2026-12-31',
      format: 'xlsx',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.getWorksheet('Sổ theo dõi hồ sơ')!.getCell(5, 1).value).toBe(5);
  });

  it('exports an XLSX file Excel can open, with every column and row', async () => {
    const f = makeFixture();
    const m = await month(f);
    const x = await reports(f)('reports.logbook', {
      from: '2026-12-01',
      to: '2026-12-31',
      format: 'xlsx',
    });
    expect(x).toMatchObject({
      format: 'xlsx',
      total: 5,
      filename: 'so-theo-doi-ho-so_2026-12-01_2026-12-31.xlsx',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Sổ theo dõi hồ sơ')!;
    expect(sheet.getCell(2, 1).value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(sheet.getCell(3, 1).value).toBe('Từ ngày 01/12/2026 đến ngày 31/12/2026');
    expect(sheet.getRow(4).values).toEqual([undefined, ...LOGBOOK_COLUMNS.map((c) => c.title)]);
    expect(sheet.rowCount).toBe(4 + 5);
    expect(sheet.getCell(5, 2).value).toBe(m.early);
    // Dates are real Excel dates (the wall-clock time in Vietnam) in a Vietnamese format, not text.
    const received = sheet.getCell(5, 8);
    expect(received.type).toBe(ExcelJS.ValueType.Date);
    expect(received.value).toEqual(new Date('2026-12-07T09:00:00Z'));
    expect(received.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(sheet.getCell(5, 9).value).toEqual(new Date('2026-12-14T17:00:00Z'));
    expect(sheet.getCell(5, 12).value).toEqual(new Date('2026-12-08T09:00:00Z'));
    expect(sheet.getCell(6, 12).value).toBeNull(); // not returned yet: no cell
    expect(sheet.getCell(5, 1).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell(8, 14).value).toMatch(/Hẹn lần đầu 17:00 14\/12\/2026/);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });

  it('renders the A4 print view with every value escaped', async () => {
    const f = makeFixture();
    await month(f);
    const h = await reports(f)('reports.logbook', {
      from: '2026-12-01',
      to: '2026-12-31',
      format: 'html',
    });
    expect(h.mimeType).toMatch(/text\/html/);
    expect(h.content).toContain('size: A4 landscape');
    expect(h.content).toContain('&lt;b&gt;Chờ xác minh&lt;/b&gt; &amp; trả lời');
    expect(h.content).not.toContain('<b>Chờ');
    expect(h.content.match(/<tr>/g)).toHaveLength(1 + 5);
  });
});
