import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/database';
import { loadSampleCatalogIfEmpty } from '../../../main/catalog/sample';
import { searchProcedures } from '../../../main/catalog/search';
import { setHidden } from '../../../main/catalog/repo';
import { memoryDb } from './helpers';

let db: Db;
const top = (query: string, extra: object = {}) =>
  searchProcedures(db, { query, ...extra }).items.map((i) => i.code);

beforeAll(() => {
  db = memoryDb();
  loadSampleCatalogIfEmpty(db);
});

describe('searchProcedures on the sample catalog', () => {
  it('puts the short exact name before longer names containing the words', () => {
    expect(top('đăng ký khai sinh').slice(0, 2)).toEqual(['1.001193', '1.003583']);
    expect(top('dang ky ket hon')[0]).toBe('1.000894');
  });

  it('ignores diacritics, đ typed as d, decomposed input and case', () => {
    for (const q of [
      'dang ky khai sinh',
      'DANG KY KHAI SINH',
      'đăng ký khai sinh'.normalize('NFD'),
      'Ðang ky khai sinh',
    ]) {
      expect(top(q)[0]).toBe('1.001193');
    }
  });

  it('tolerates ki/ky, a missing or doubled space, and a typo', () => {
    expect(top('dang ki khai sinh')[0]).toBe('1.001193');
    expect(top('dangky khaisinh')[0]).toBe('1.001193');
    expect(top('dang   ky    khai   sinh')[0]).toBe('1.001193');
    expect(top('dang ky khia sinh')[0]).toBe('1.001193');
    expect(top('chung thuc chu ki')[0]).toBe('2.000884');
  });

  it('matches the last word as a prefix while the citizen types', () => {
    expect(top('dang ky ket h')[0]).toBe('1.000894');
    expect(top('khai s')[0]).toBe('1.001193');
    expect(top('xac nhan tinh tr')[0]).toBe('1.004873');
  });

  it('finds national codes, whole or started', () => {
    expect(top('1.001193')).toEqual(['1.001193']);
    expect(top('1.0011')).toContain('1.001193');
    expect(top('001193')).toEqual(['1.001193']);
  });

  it('understands colloquial words', () => {
    expect(top('xac nhan doc than')[0]).toBe('1.004873');
  });

  it('filters by field and by level and reports the total', () => {
    const all = searchProcedures(db, { query: 'dang ky' });
    const hoTich = searchProcedures(db, { query: 'dang ky', field: 'Hộ tịch' });
    expect(hoTich.total).toBeGreaterThan(0);
    expect(hoTich.total).toBeLessThanOrEqual(all.total);
    expect(hoTich.items.every((i) => i.field === 'Hộ tịch')).toBe(true);
    const tinh = searchProcedures(db, { query: 'cap', level: 'tinh' });
    expect(tinh.items.length).toBeGreaterThan(0);
    expect(tinh.items.every((i) => i.levels.includes('tinh') && i.level === 'tinh')).toBe(true);
    expect(searchProcedures(db, { query: 'khai sinh', limit: 2 }).items).toHaveLength(2);
  });

  it('highlights the matched words of the name, a typed prefix only as far as typed', () => {
    const [first] = searchProcedures(db, { query: 'dang ky khai s' }).items;
    expect(first.highlight).toEqual([
      { text: 'Thủ tục ', match: false },
      { text: 'đăng', match: true },
      { text: ' ', match: false },
      { text: 'ký', match: true },
      { text: ' ', match: false },
      { text: 'khai', match: true },
      { text: ' ', match: false },
      { text: 's', match: true },
      { text: 'inh', match: false },
    ]);
    expect(first.highlight?.map((h) => h.text).join('')).toBe(first.name);
  });

  it('gives the summary the in-person time and fee', () => {
    const [birth] = searchProcedures(db, { query: '1.001193' }).items;
    expect(birth).toMatchObject({
      name: 'Thủ tục đăng ký khai sinh',
      field: 'Hộ tịch',
      level: 'xa',
      feeText: 'Miễn phí',
    });
    expect(birth.timeText).toBe('Trong ngày (nhận sau 15:00 trả ngày làm việc tiếp theo)');
  });

  it('leaves hidden procedures out unless asked', () => {
    setHidden(db, '1.003583', true);
    expect(top('khai sinh luu dong')).not.toContain('1.003583');
    expect(top('khai sinh luu dong', { includeHidden: true })).toContain('1.003583');
    setHidden(db, '1.003583', false);
  });

  it('never throws on hostile input', () => {
    const hostile = [
      '',
      '   ',
      'x'.repeat(10_240),
      '\u0000\u0007\u001b[2J',
      '"',
      '*',
      'NEAR(',
      'khai OR sinh',
      'khai AND',
      '"khai sinh"*',
      "'; DROP TABLE procedures; --",
      '{name}: khai',
      '^khai',
      'a b c d e f g h i j k l',
    ];
    // How fast these are answered is measured by the bench (worst hostile query), not asserted here.
    for (const query of hostile) {
      const r = searchProcedures(db, { query });
      expect(r.total).toBeGreaterThanOrEqual(r.items.length);
    }
    expect(searchProcedures(db, { query: '' })).toEqual({ items: [], total: 0, match: 'none' });
    expect(top('khai OR sinh')[0]).toBe('1.001193');
  });
});
