import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createOperationTable } from '../../../main/api/operations';
import { periodic, type PeriodicReport } from '../../../main/reports/periodic';
import { reportsContract } from '../../../main/reports/contract';
import { reportsHandlers } from '../../../main/reports/operations';
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

describe('reports.periodic for a period still running', () => {
  it('judges overdue at the time of the report: due at 17:00 today is within time at 14:00, overdue the next day', async () => {
    const f = makeFixture(); // Monday 07/12/2026 09:00; 5 working days → due Monday 14/12 17:00
    await acceptOne(f);
    const table = createOperationTable(
      reportsContract,
      reportsHandlers({ db: f.db, settings: f.deps.settings }),
      () => f.clock.now,
    );
    const report = () =>
      table.invoke(
        'reports.periodic',
        { from: '2026-12-07', to: '2026-12-14' },
        { caller: f.officer, token: null, origin: 'cli' },
      ) as Promise<PeriodicReport>;
    f.clock.now = new Date('2026-12-14T14:00:00+07:00');
    const today = await report();
    expect(today.inProgress).toEqual({ withinTime: 1, overdue: 0 });
    expect(balances(today)).toBe(true);
    f.clock.now = new Date('2026-12-15T09:00:00+07:00');
    const after = await report();
    expect(after.inProgress).toEqual({ withinTime: 0, overdue: 1 });
    expect(balances(after)).toBe(true);
  });
});

describe('reports.periodic as XLSX', () => {
  it('exports the figures in the layout of the unit periodic report', async () => {
    const f = makeFixture(); // Monday 07/12/2026 09:00
    const [a, b, c] = [await acceptOne(f), await acceptOne(f), await acceptOne(f)];
    await acceptOne(f);
    await f.call('dossiers.markReady', { code: a });
    await f.call('dossiers.withdraw', { code: b, reason: 'Công dân xin rút hồ sơ' });
    await f.call('dossiers.stop', { code: c, reason: 'Dừng theo đề nghị' });
    const table = createOperationTable(
      reportsContract,
      reportsHandlers({ db: f.db, settings: f.deps.settings }),
      () => f.clock.now,
    );
    const x = (await table.invoke(
      'reports.periodic',
      { from: '2026-12-07', to: '2026-12-07', format: 'xlsx' },
      { caller: f.officer, token: null, origin: 'cli' },
    )) as { format: string; filename: string; base64: string; received: number };
    expect(x).toMatchObject({
      format: 'xlsx',
      filename: 'bao-cao-dinh-ky_2026-12-07_2026-12-07.xlsx',
      received: 4,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Báo cáo định kỳ')!;
    expect(sheet.getCell(2, 1).value).toBe('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH');
    expect(sheet.getCell(3, 1).value).toBe('Từ ngày 07/12/2026 đến ngày 07/12/2026');
    const lines: unknown[][] = [];
    for (let i = 5; i <= sheet.rowCount; i += 1)
      lines.push((sheet.getRow(i).values as unknown[]).slice(1));
    expect(lines).toEqual([
      ['1', 'Số hồ sơ kỳ trước chuyển sang', 0],
      ['2', 'Số hồ sơ mới tiếp nhận', 4],
      ['2.1', 'Trực tiếp', 4],
      ['2.2', 'Trực tuyến', 0],
      ['2.3', 'Qua dịch vụ bưu chính công ích', 0],
      ['3', 'Số hồ sơ đã giải quyết', 1],
      ['3.1', 'Trước hạn', 1],
      ['3.2', 'Đúng hạn', 0],
      ['3.3', 'Quá hạn', 0],
      ['4', 'Số hồ sơ đang giải quyết', 1],
      ['4.1', 'Trong hạn', 1],
      ['4.2', 'Quá hạn', 0],
      ['5', 'Số hồ sơ rút', 1],
      ['6', 'Số hồ sơ dừng xử lý', 1],
    ]);
    const plain = await table.invoke(
      'reports.periodic',
      { from: '2026-12-07', to: '2026-12-07' },
      { caller: f.officer, token: null, origin: 'cli' },
    );
    expect(plain).not.toHaveProperty('base64');
  });
});
