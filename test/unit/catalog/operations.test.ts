import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OpContext } from '../../../main/core/handlers';
import type { Caller } from '../../../main/core/types';
import { AppError } from '../../../main/core/errors';
import { catalogContract } from '../../../main/catalog/contract';
import { catalogHandlers } from '../../../main/catalog/operations';
import { loadSampleCatalogIfEmpty } from '../../../main/catalog/sample';
import type { Db } from '../../../main/db/database';
import { memoryDb } from './helpers';

const admin: Caller = { id: 1, username: 'admin', fullName: 'Quản trị', role: 'admin' };
const ctx = (caller: Caller | null): OpContext => ({
  caller,
  token: null,
  now: new Date('2026-11-26T09:00:00+07:00'),
  origin: 'http',
});
let db: Db;
let h: ReturnType<typeof catalogHandlers>;

beforeEach(() => {
  db = memoryDb();
  loadSampleCatalogIfEmpty(db);
  h = catalogHandlers({ db });
});

const parse = <K extends keyof typeof catalogContract>(op: K, input: unknown) =>
  catalogContract[op].input.parse(input);

describe('catalog operations', () => {
  it('search and get for the kiosk', async () => {
    const found = await h['catalog.search'](
      parse('catalog.search', { query: 'khai sinh', limit: 3 }) as never,
      ctx(null),
    );
    expect(found.items[0].code).toBe('1.001193');
    const p = await h['catalog.get'](
      parse('catalog.get', { code: '1.001193' }) as never,
      ctx(null),
    );
    expect(p.name).toBe('Thủ tục đăng ký khai sinh');
  });

  it('accepts a 10 KB query at the contract and answers it', async () => {
    const input = parse('catalog.search', { query: 'khai sinh '.repeat(1100) });
    const r = await h['catalog.search'](input as never, ctx(null));
    expect(r.items[0].code).toBe('1.001193');
  });

  it('hidden procedures are not found by the kiosk but are by staff', async () => {
    await h['catalog.setHidden']({ code: '1.003583', hidden: true }, ctx(admin));
    await expect(async () =>
      h['catalog.get']({ code: '1.003583' }, ctx(null)),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await h['catalog.get']({ code: '1.003583' }, ctx(admin))).hidden).toBe(true);
    expect(() => h['catalog.setHidden']({ code: '9.999999', hidden: true }, ctx(admin))).toThrow(
      AppError,
    );
    const audit = db.prepare("SELECT actor, action FROM audit WHERE subject = '1.003583'").all();
    expect(audit).toEqual([{ actor: 'admin', action: 'catalog.setHidden' }]);
  });

  it('lists fields with counts and browses a field', async () => {
    const { fields } = await h['catalog.fields']({}, ctx(null));
    const hoTich = fields.find((f) => f.name === 'Hộ tịch');
    expect(hoTich?.count).toBeGreaterThanOrEqual(8);
    const page = await h['catalog.byField']({ field: 'Hộ tịch', limit: 3, offset: 0 }, ctx(null));
    expect(page.total).toBe(hoTich?.count);
    expect(page.items).toHaveLength(3);
    expect([...page.items.map((i) => i.name)]).toEqual([...page.items.map((i) => i.name)].sort());
  });

  it('imports national JSONL sent as gzip base64 and keeps the report', async () => {
    const record = {
      ma_thu_tuc: '1.777777',
      ten_thu_tuc: 'Thủ tục thử nghiệm nhập',
      cap_thuc_hien: 'Cấp tỉnh',
      linh_vuc: 'Thử',
      cach_thuc_thuc_hien:
        'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp4 Ngày làm việc15,000 VNĐ',
    };
    const content = gzipSync(Buffer.from(`${JSON.stringify(record)}\nnot json\n`)).toString(
      'base64',
    );
    const report = await h['catalog.import'](
      parse('catalog.import', {
        format: 'national',
        content,
        encoding: 'base64',
        name: 'x.jsonl.gz',
      }) as never,
      ctx(admin),
    );
    expect(report).toMatchObject({ imported: 1, rejected: 1, source: 'x.jsonl.gz' });
    expect(report.rejections[0].line).toBe(2);
    const p = await h['catalog.get']({ code: '1.777777' }, ctx(null));
    expect(p.processing[0]).toMatchObject({ amount: 4, unit: 'working_day' });
    expect(p.fees[0].amount).toBe(15000);
    expect((await h['catalog.lastImport']({}, ctx(admin))).report?.source).toBe('x.jsonl.gz');
  });

  it('updates a procedure by hand and records the history', async () => {
    const p = await h['catalog.get']({ code: '1.000894' }, ctx(admin));
    const input = parse('catalog.update', {
      procedure: { ...p, name: 'Thủ tục đăng ký kết hôn (đã sửa)' },
    });
    const r = await h['catalog.update'](input as never, ctx(admin));
    expect(r.outcome).toBe('updated');
    const { changes } = await h['catalog.history']({ code: '1.000894' }, ctx(admin));
    expect(changes[0]).toMatchObject({ source: 'admin', changed: ['name'] });
    const again = await h['catalog.search']({ query: 'da sua' }, ctx(null));
    expect(again.items[0].code).toBe('1.000894');
  });

  it('rejects a malformed procedure at the contract', () => {
    expect(
      catalogContract['catalog.update'].input.safeParse({ procedure: { code: 'x' } }).success,
    ).toBe(false);
  });
});
