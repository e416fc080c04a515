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
const officer: Caller = { id: 2, username: 'an', fullName: 'An', role: 'officer' };
const ctx = (caller: Caller | null): OpContext => ({
  caller,
  token: null,
  now: new Date('2026-12-03T09:00:00+07:00'),
  origin: 'http',
});
let db: Db;
let h: ReturnType<typeof catalogHandlers>;
const parse = <K extends keyof typeof catalogContract>(op: K, input: unknown) =>
  catalogContract[op].input.parse(input) as never;

beforeEach(() => {
  db = memoryDb();
  loadSampleCatalogIfEmpty(db);
  h = catalogHandlers({ db });
});

describe('catalog.setScope and catalog.scope', () => {
  it('a fresh install has no scope yet, and the overview counts each level', async () => {
    const o = await h['catalog.scope']({}, ctx(admin));
    expect(o.scope).toBeNull();
    expect(o.total).toBe(21);
    expect(o.levels.find((l) => l.level === 'xa')?.count).toBe(19);
    expect(o.levels.find((l) => l.level === 'tinh')?.count).toBe(3);
    const proposed = await h['catalog.scope'](
      parse('catalog.scope', { levels: ['province'] }),
      ctx(admin),
    );
    expect(proposed.count).toBe(3);
  });

  it('a province scope limits the kiosk search, browse and pages; officers still see all', async () => {
    const set = await h['catalog.setScope'](
      parse('catalog.setScope', { levels: ['province'] }),
      ctx(admin),
    );
    expect(set).toMatchObject({ scope: { levels: ['tinh'] }, count: 3 });
    const kioskFind = await h['catalog.search']({ query: 'khai sinh' }, ctx(null));
    expect(kioskFind.items.map((i) => i.code)).toEqual(['2.000635']);
    const officerFind = await h['catalog.search']({ query: 'khai sinh' }, ctx(officer));
    expect(officerFind.items[0].code).toBe('2.000635');
    expect(officerFind.items.map((i) => i.code)).toContain('1.001193');
    const { fields } = await h['catalog.fields']({}, ctx(null));
    expect(fields.reduce((n, f) => n + f.count, 0)).toBe(3);
    const hoTich = await h['catalog.byField']({ field: 'Hộ tịch' }, ctx(null));
    expect(hoTich.items.map((i) => i.code)).toEqual(['2.000635']);
    await expect(async () => h['catalog.get']({ code: '1.001193' }, ctx(null))).rejects.toThrow(
      AppError,
    );
    expect((await h['catalog.get']({ code: '1.001193' }, ctx(officer))).code).toBe('1.001193');
  });

  it('hides whole fields by listing the ones kept', async () => {
    await h['catalog.setScope'](
      parse('catalog.setScope', { levels: ['commune'], fields: ['Hộ tịch', 'Chứng thực'] }),
      ctx(admin),
    );
    const { fields } = await h['catalog.fields']({}, ctx(null));
    expect(fields.map((f) => f.name).sort()).toEqual(['Chứng thực', 'Hộ tịch']);
    const land = await h['catalog.search']({ query: 'dat dai' }, ctx(null));
    expect(land.items).toEqual([]);
  });

  it('refuses a scope that leaves nothing, writing nothing', async () => {
    await h['catalog.setScope'](parse('catalog.setScope', { levels: ['commune'] }), ctx(admin));
    const refuse = async () =>
      h['catalog.setScope'](parse('catalog.setScope', { levels: ['ministry'] }), ctx(admin));
    await expect(refuse).rejects.toThrow(/không còn thủ tục nào/u);
    const empty = async () =>
      h['catalog.setScope'](
        parse('catalog.setScope', { levels: ['commune'], fields: ['Hải quan'] }),
        ctx(admin),
      );
    await expect(empty).rejects.toThrow(AppError);
    expect((await h['catalog.scope']({}, ctx(admin))).scope).toEqual({ levels: ['xa'] });
    expect(() => parse('catalog.setScope', { levels: [] })).toThrow();
    expect(() => parse('catalog.setScope', { levels: ['xa'] })).toThrow();
  });
});
