import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/database';
import {
  importNationalFile,
  importNationalText,
  mapNationalRecord,
  parseLevels,
} from '../../../main/catalog/import-national';
import {
  countProcedures,
  getProcedure,
  lastImport,
  procedureHistory,
} from '../../../main/catalog/repo';
import { searchProcedures } from '../../../main/catalog/search';
import { memoryDb, NATIONAL_DIR, NATIONAL_MISSING } from './helpers';

const files = NATIONAL_MISSING
  ? []
  : readdirSync(NATIONAL_DIR)
      .filter((f) => f.endsWith('.jsonl.gz'))
      .sort();
/** The title of a test that needs the national data, carrying the skip reason when it is missing. */
const needsData = (title: string) => (NATIONAL_MISSING ? `${title} (${NATIONAL_MISSING})` : title);
if (NATIONAL_MISSING) console.warn(NATIONAL_MISSING);

describe(needsData('importing the whole national crawl'), () => {
  // Each test skips with the reason (the folder that is missing) when the national data is absent.
  beforeEach((ctx) =>
    ctx.skip(
      NATIONAL_MISSING !== null,
      'skipped because the national data folder ../shared/data is missing',
    ),
  );
  let db: Db;
  let first: ReturnType<typeof importNationalFile>[];

  // The whole crawl takes a few seconds alone, longer on a shared machine.
  beforeAll(() => {
    db = memoryDb();
    first = files.map((f) => importNationalFile(db, path.join(NATIONAL_DIR, f)));
  }, 120_000);

  it('imports every one of the 2,642 records, none lost, none rejected', () => {
    expect(first.reduce((n, r) => n + r.records, 0)).toBe(2642);
    expect(first.reduce((n, r) => n + r.imported, 0)).toBe(2642);
    expect(first.reduce((n, r) => n + r.rejected, 0)).toBe(0);
    expect(countProcedures(db)).toBe(2642);
  });

  it('reports coverage per section and keeps unstructured text', () => {
    const cov = first[0].coverage;
    for (const key of ['processing', 'fees', 'documents', 'legalBasis', 'results', 'steps'])
      expect(cov[key]).toBeDefined();
    const withText = first.reduce((n, r) => n + r.withUnstructured, 0);
    expect(withText).toBeGreaterThan(0);
    expect(withText).toBeLessThan(2642 / 2);
  });

  it('structures birth registration: same day, 15:00 cut-off, free, documents, result code', () => {
    const p = getProcedure(db, '1.001193');
    expect(p).toBeDefined();
    expect(p?.levels).toEqual(['xa']);
    expect(p?.processing.find((t) => t.channel === 'in_person')).toMatchObject({
      unit: 'same_day',
      cutoff: '15:00',
    });
    expect(p?.fees.every((f) => f.amount === 0)).toBe(true);
    expect(p?.results).toContainEqual({ name: 'Giấy khai sinh', code: 'KQ.G15.000031' });
    expect(p?.legalBasis.map((l) => l.number)).toContain('123/2015/NĐ-CP');
    expect(
      p?.documentCases[0].documents.some(
        (d) => d.name.startsWith('Giấy chứng sinh') && d.originals === 1,
      ),
    ).toBe(true);
    expect(p?.decisionNumber).toBe('163/QĐ-BTP');
  });

  it('searches the full catalog the way the kiosk does', () => {
    expect(searchProcedures(db, { query: 'dang ky khai sinh' }).items[0].code).toBe('1.001193');
    expect(searchProcedures(db, { query: 'dang ki ket hon' }).items[0].code).toBe('1.000894');
  });

  it('re-importing changes nothing, and a changed record is updated in place with its history', () => {
    const text = gunzipSync(readFileSync(path.join(NATIONAL_DIR, 'bo-tu-phap.jsonl.gz'))).toString(
      'utf8',
    );
    const again = importNationalText(db, text, 'bo-tu-phap.jsonl');
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 271 });
    const line = text.split('\n').find((l) => l.includes('"1.001193"')) as string;
    const changed = line.replace(
      '"Thủ tục đăng ký khai sinh"',
      '"Thủ tục đăng ký khai sinh (sửa)"',
    );
    const r = importNationalText(db, changed, 'one.jsonl');
    expect(r).toMatchObject({ updated: 1, imported: 0 });
    expect(getProcedure(db, '1.001193')?.name).toBe('Thủ tục đăng ký khai sinh (sửa)');
    expect(procedureHistory(db, '1.001193')[0].changed).toEqual(['name']);
    expect(countProcedures(db)).toBe(2642);
    expect(lastImport(db)?.source).toBe('one.jsonl');
  });
});

describe('bad national input', () => {
  it('rejects bad lines one by one with their line numbers and imports the rest', () => {
    const db = memoryDb();
    const good = JSON.stringify({
      ma_thu_tuc: '1.000001',
      ten_thu_tuc: 'Thủ tục thử',
      cap_thuc_hien: 'Cấp xã',
      linh_vuc: 'Thử',
    });
    const text = [
      good,
      '{"ma_thu_tuc": "1.0',
      '',
      JSON.stringify({ ten_thu_tuc: 'Không mã' }),
      '[1,2]',
      JSON.stringify({ ma_thu_tuc: '1.000002', ten_thu_tuc: '' }),
    ].join('\n');
    const r = importNationalText(db, text, 'bad.jsonl');
    expect(r.imported).toBe(1);
    expect(r.rejections.map((j) => j.line)).toEqual([2, 4, 5, 6]);
    expect(r.rejections[0].reason).toMatch(/JSON/u);
    expect(r.rejections[3]).toMatchObject({ code: '1.000002' });
    expect(r.rejected).toBe(4);
  });

  it(
    needsData('reads a truncated .gz up to the damage and rejects the cut line by number'),
    (ctx) => {
      ctx.skip(
        NATIONAL_MISSING !== null,
        'skipped because the national data folder ../shared/data is missing',
      );
      const db = memoryDb();
      const gz = readFileSync(path.join(NATIONAL_DIR, 'ngan-hang-nha-nuoc.jsonl.gz'));
      const dir = mkdtempSync(path.join(os.tmpdir(), 'catalog-gz-'));
      const file = path.join(dir, 'cut.jsonl.gz');
      writeFileSync(file, gz.subarray(0, Math.floor(gz.length * 0.5)));
      const r = importNationalFile(db, file);
      expect(r.imported).toBeGreaterThanOrEqual(1);
      expect(r.rejections).toHaveLength(1);
      expect(r.rejections[0].line).toBe(r.records);
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it('maps a record with empty sections without crashing', () => {
    const { procedure, coverage } = mapNationalRecord({
      ma_thu_tuc: '1.000003',
      ten_thu_tuc: 'X',
      cap_thuc_hien: 'Cơ quan khác',
    });
    expect(procedure).toMatchObject({
      code: '1.000003',
      field: 'Khác',
      levels: ['bo'],
      levelText: 'Cơ quan khác',
      processing: [],
      fees: [],
    });
    expect(coverage.processing).toBe('empty');
  });

  it('maps the portal levels and keeps what is not ours as text', () => {
    expect(parseLevels('Cấp bộ, Cấp tỉnh, Cấp xã')).toEqual({ levels: ['bo', 'tinh', 'xa'] });
    expect(parseLevels('Cấp xã, Cơ quan khác')).toEqual({
      levels: ['xa'],
      levelText: 'Cấp xã, Cơ quan khác',
    });
  });
});
