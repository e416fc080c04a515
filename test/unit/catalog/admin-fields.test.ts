/** Issue 13 part 6: an import keeps what the unit's admin edited and lists where it differed. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { OpContext } from '../../../main/core/handlers';
import type { Caller } from '../../../main/core/types';
import { catalogHandlers } from '../../../main/catalog/operations';
import { loadSampleCatalogIfEmpty } from '../../../main/catalog/sample';
import { reportLines } from '../../../main/catalog/cli';
import type { Procedure } from '../../../main/catalog/types';
import type { Db } from '../../../main/db/database';
import { memoryDb } from './helpers';

const admin: Caller = { id: 1, username: 'admin', fullName: 'Quản trị', role: 'admin' };
const ctx: OpContext = {
  caller: admin,
  token: null,
  now: new Date('2026-11-26T09:00:00+07:00'),
  origin: 'http',
};
let db: Db;
let h: ReturnType<typeof catalogHandlers>;

beforeEach(() => {
  db = memoryDb();
  loadSampleCatalogIfEmpty(db);
  h = catalogHandlers({ db });
});

const get = async (code: string): Promise<Procedure> => h['catalog.get']({ code }, ctx);
const catalogFile = (procedures: Procedure[]) =>
  JSON.stringify({ format: 'motcua-catalog', version: 1, procedures });
const sameDay15 = {
  channel: 'in_person' as const,
  amount: 0,
  unit: 'same_day' as const,
  cutoff: '15:00',
  text: 'Trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
};

describe('imports keep the admin’s edits', () => {
  it('an edited field is kept, the others are updated, the conflict is listed', async () => {
    const original = await get('1.000894');
    await h['catalog.update'](
      { procedure: { ...original, processing: [sameDay15], submitAt: 'Quầy số 2, UBND xã' } },
      ctx,
    );
    // The province's new file changes the name, the time and the address of the same record.
    const incoming: Procedure = {
      ...original,
      name: `${original.name} (cập nhật)`,
      processing: [{ channel: 'in_person', amount: 1, unit: 'working_day', text: '1' }],
      submitAt: 'Bộ phận Một cửa',
    };
    const report = await h['catalog.import'](
      { format: 'json', content: catalogFile([incoming]), name: 'tinh.json' },
      ctx,
    );
    const after = await get('1.000894');
    expect(after.name).toBe(`${original.name} (cập nhật)`);
    expect(after.processing).toEqual([sameDay15]);
    expect(after.submitAt).toBe('Quầy số 2, UBND xã');
    expect(report.updated).toBe(1);
    expect(report.conflicts?.map((c) => [c.code, c.field])).toEqual([
      ['1.000894', 'processing'],
      ['1.000894', 'submitAt'],
    ]);
    const address = report.conflicts?.find((c) => c.field === 'submitAt');
    expect(address).toMatchObject({ kept: 'Quầy số 2, UBND xã', incoming: 'Bộ phận Một cửa' });
    expect(report.conflicts?.[0].incoming).toContain('working_day');
    // The admin screen reads the same report back; the CLI prints each conflict.
    expect((await h['catalog.lastImport']({}, ctx)).report?.conflicts).toHaveLength(2);
    expect(reportLines([report]).join('\n')).toContain('1.000894 · submitAt');
  });

  it('a field the import does not change is no conflict, and edits add up', async () => {
    const original = await get('1.001193');
    await h['catalog.update']({ procedure: { ...original, submitAt: 'Quầy 1' } }, ctx);
    const edited = await get('1.001193');
    await h['catalog.update']({ procedure: { ...edited, conditions: 'Mang bản chính.' } }, ctx);
    const row = db.prepare("SELECT admin_fields FROM procedures WHERE code = '1.001193'").get() as {
      admin_fields: string;
    };
    expect(JSON.parse(row.admin_fields)).toEqual(['conditions', 'submitAt']);
    const incoming = { ...original, submitAt: 'Quầy 1', steps: ['Nộp hồ sơ.', 'Nhận kết quả.'] };
    const report = await h['catalog.import'](
      { format: 'json', content: catalogFile([incoming]) },
      ctx,
    );
    const after = await get('1.001193');
    expect(after.steps).toEqual(['Nộp hồ sơ.', 'Nhận kết quả.']);
    expect(after.conditions).toBe('Mang bản chính.');
    // The incoming record has no conditions: removing the admin's text is a conflict too.
    expect(report.conflicts).toEqual([
      { code: '1.001193', field: 'conditions', kept: 'Mang bản chính.', incoming: '' },
    ]);
  });

  it('the national import keeps the edit as well', async () => {
    const line = (name: string, time: string) =>
      JSON.stringify({
        ma_thu_tuc: '2.000001',
        ten_thu_tuc: name,
        linh_vuc: 'Hộ tịch',
        cap_thuc_hien: 'Cấp xã',
        cach_thuc_thuc_hien: `Trực tiếp${time}`,
      });
    await h['catalog.import']({ format: 'national', content: line('Thủ tục A', '1') }, ctx);
    const first = await get('2.000001');
    await h['catalog.update']({ procedure: { ...first, processing: [sameDay15] } }, ctx);
    const report = await h['catalog.import'](
      { format: 'national', content: line('Thủ tục A mới', '1') },
      ctx,
    );
    const after = await get('2.000001');
    expect(after.name).toBe('Thủ tục A mới');
    expect(after.processing).toEqual([sameDay15]);
    expect(report.conflicts?.map((c) => c.field)).toEqual(['processing']);
  });

  it('a record the admin added by hand is kept whole', async () => {
    const original = await get('1.000894');
    const own: Procedure = { ...original, code: '9.000001', name: 'Thủ tục riêng của xã' };
    await h['catalog.update']({ procedure: own }, ctx);
    const report = await h['catalog.import'](
      { format: 'json', content: catalogFile([{ ...own, name: 'Tên khác' }]) },
      ctx,
    );
    expect((await get('9.000001')).name).toBe('Thủ tục riêng của xã');
    expect(report.conflicts).toMatchObject([{ code: '9.000001', field: 'name' }]);
    expect(report.unchanged).toBe(1);
  });
});
