/**
 * Citizens' own words on the whole national catalog (read from ../shared, never copied): the
 * phrasing of issue 13, the typo rules, bad input, and the unit's scope.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/database';
import { importNationalFile } from '../../../main/catalog/import-national';
import { searchProcedures, type SearchQuery } from '../../../main/catalog/search';
import { fold } from '../../../main/text/normalize';
import { memoryDb, NATIONAL_DIR } from './helpers';

let db: Db;
const commune = { levels: ['xa' as const] };
const search = (query: string, extra: Partial<SearchQuery> = {}) =>
  searchProcedures(db, { query, ...extra });
const first = (query: string, extra: Partial<SearchQuery> = {}) => search(query, extra).items[0];
const kiosk = { scope: commune, onlyScope: true };

beforeAll(() => {
  db = memoryDb();
  for (const f of readdirSync(NATIONAL_DIR).filter((n) => n.endsWith('.jsonl.gz')))
    importNationalFile(db, path.join(NATIONAL_DIR, f));
}, 120_000);

describe('search in citizens words on the national catalog', () => {
  it('finds what everyday phrasing means, intent-free words never blocking a match', () => {
    expect(first('lam giay khai sinh cho con')?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(first('dang ky khai sinh cho con')?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(first('xin cap lai can cuoc', kiosk)?.name).toBe('Cấp lại thẻ căn cước');
    expect(first('mat can cuoc', kiosk)?.name).toBe('Cấp lại thẻ căn cước');
    expect(first('lam can cuoc', kiosk)?.name).toMatch(/^Cấp thẻ căn cước/u);
    expect(first('lam ho chieu')?.name).toMatch(/^Cấp hộ chiếu phổ thông/u);
    expect(first('ket hon voi nguoi nuoc ngoai')?.name).toBe(
      'Thủ tục đăng ký kết hôn có yếu tố nước ngoài',
    );
    expect(first('sao y giay to')?.name).toMatch(/^Chứng thực bản sao từ bản chính/u);
  });

  it('reads "for my grandchild / my husband…" as carrying no intent, like "cho con"', () => {
    const birth = search('lam giay khai sinh cho chau', kiosk);
    expect(birth.match).toBe('all');
    expect(birth.items[0]?.name).toBe('Thủ tục đăng ký khai sinh');
    const death = search('lam giay khai tu cho ong', kiosk);
    expect(death.match).toBe('all');
    for (const i of death.items.slice(0, 3)) expect(fold(i.name)).toContain('khai tu');
    expect(search('dang ky thuong tru cho vo', kiosk).match).toBe('all');
  });

  it('maps everyday names to the catalog terms (sổ đỏ, sang tên, giấy phép xây dựng)', () => {
    const land = search('sang ten so do');
    expect(land.items.length).toBeGreaterThan(0);
    expect(land.items.slice(0, 3).every((i) => i.field === 'Đất đai')).toBe(true);
    const build = first('xin giay phep xay dung', kiosk);
    expect(build?.name).toMatch(/giấy phép xây dựng/iu);
    expect(build?.levels).toContain('xa');
    expect(first('bang lai xe')?.name).toMatch(/giấy phép lái xe/iu);
  });

  it('never puts an unrelated procedure first through a typo', () => {
    const moto = first('dang ky xe may', kiosk);
    expect(moto?.field).toBe('Đăng ký, quản lý phương tiện giao thông cơ giới, xe máy chuyên dùng');
    const divorce = search('ly hon');
    expect(divorce.items.length).toBeGreaterThan(0);
    for (const i of divorce.items) expect(fold(i.name)).toContain('ly hon');
  });

  it('does not highlight "lam" as "lần" nor any typo of a short word', () => {
    for (const q of ['lam', 'lam dang ky xe', 'lam lai giay phep']) {
      for (const item of search(q).items)
        for (const h of item.highlight ?? []) if (h.match) expect(fold(h.text)).not.toBe('lan');
    }
  });

  it('answers bad input fast with a message, never an error', () => {
    const onlyIntentFree = search('lam thu tuc');
    expect(onlyIntentFree.items).toEqual([]);
    expect(onlyIntentFree.message).toMatch(/giấy tờ hoặc việc cần làm/u);
    for (const q of [
      'x'.repeat(10_240),
      '"khai" NEAR(sinh) *',
      '\u0000\u0007\u001b[2J',
      '😀🙏',
      '12345678',
      '0000',
    ]) {
      const r = search(q);
      expect(r.total).toBeGreaterThanOrEqual(r.items.length);
      expect(['all', 'partial', 'none']).toContain(r.match);
    }
    expect(search('😀').message).toBeUndefined();
    expect(search('qqqq zzzz').message).toMatch(/Không tìm thấy/u);
  });

  it('offers the closest procedures, marked partial, when none holds every word', () => {
    const r = search('dang ky ket hon cho nguoi yeu o nuoc ngoai');
    expect(r.match).toBe('partial');
    expect(fold(r.items[0]?.name ?? '')).toContain('ket hon');
  });
});

describe('the unit scope in search', () => {
  it('the kiosk of a commune sees only commune procedures', () => {
    for (const q of ['dang ky', 'cap', 'thue', 'hai quan', 'ho chieu', 'hang khong']) {
      const r = search(q, kiosk);
      for (const i of r.items) expect(i.levels).toContain('xa');
      expect(r.total).toBeLessThan(search(q).total);
    }
  });

  it('officers search everything, the unit level first', () => {
    const all = search('cap lai the can cuoc', { scope: commune });
    expect(all.items.map((i) => i.code)).toEqual(
      expect.arrayContaining(['1.014064', '2.001194', '1.000757']),
    );
    expect(all.items[0].levels).toContain('xa');
    const officer = search('hang khong', { scope: commune });
    expect(officer.items.some((i) => !i.levels.includes('xa'))).toBe(true);
  });

  it('a scope with fields keeps only those fields', () => {
    const r = search('dang ky', {
      scope: { levels: ['xa'], fields: ['Hộ tịch'] },
      onlyScope: true,
    });
    expect(r.items.length).toBeGreaterThan(0);
    for (const i of r.items) expect(i.field).toBe('Hộ tịch');
  });
});
