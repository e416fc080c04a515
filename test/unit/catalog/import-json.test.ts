import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, procedureSchema } from '../../../main/catalog/contract';
import { elementOffsets, importJsonText, lineAt } from '../../../main/catalog/import-json';
import { getProcedure } from '../../../main/catalog/repo';
import { SAMPLE_CATALOG_FILE, loadSampleCatalogIfEmpty } from '../../../main/catalog/sample';
import { inPersonProcessing } from '../../../main/catalog/time-fee';
import { memoryDb, REPO_ROOT } from './helpers';

const sample = JSON.parse(readFileSync(SAMPLE_CATALOG_FILE, 'utf8')) as {
  procedures: { code: string }[];
};

describe('the sample catalog', () => {
  it('loads into an empty catalog only', () => {
    const db = memoryDb();
    const n = loadSampleCatalogIfEmpty(db);
    expect(n).toBeGreaterThanOrEqual(20);
    expect(n).toBe(sample.procedures.length);
    expect(loadSampleCatalogIfEmpty(db)).toBe(0);
  });

  it('holds birth and marriage registration with their real codes and times', () => {
    const db = memoryDb();
    loadSampleCatalogIfEmpty(db);
    const birth = getProcedure(db, '1.001193');
    expect(birth?.name).toBe('Thủ tục đăng ký khai sinh');
    expect(inPersonProcessing(birth!)).toMatchObject({
      unit: 'same_day',
      amount: 0,
      cutoff: '15:00',
    });
    expect(birth?.fees[0].amount).toBe(0);
    expect(getProcedure(db, '1.000894')?.name).toBe('Thủ tục đăng ký kết hôn');
  });

  it('every sample procedure passes the schema, has documents, a time with a unit and a fee', () => {
    for (const p of sample.procedures) {
      const parsed = procedureSchema.parse(p);
      expect(parsed.documentCases.flatMap((c) => c.documents).length).toBeGreaterThan(0);
      expect(parsed.processing.length).toBeGreaterThan(0);
      expect(parsed.fees.length).toBeGreaterThan(0);
    }
    expect(new Set(sample.procedures.map((p) => p.code)).size).toBe(sample.procedures.length);
  });

  it('the JSON Schema in assets/ is the one generated from the zod schema', () => {
    const committed = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'assets/catalog/catalog.schema.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(catalogJsonSchema())));
  });
});

describe('importing our JSON format', () => {
  const file = (procedures: unknown[]) =>
    JSON.stringify({ format: 'motcua-catalog', version: 1, procedures }, null, 2);
  const base = sample.procedures[0];

  it('rejects invalid procedures one by one with the line they start on', () => {
    const db = memoryDb();
    const text = file([base, { ...base, code: 'abc' }, { ...base, code: '1.999999', levels: [] }]);
    const r = importJsonText(db, text, 't.json');
    expect(r.imported).toBe(1);
    expect(r.rejected).toBe(2);
    const lines = text.split('\n');
    for (const j of r.rejections) expect(lines[j.line - 1].trim()).toBe('{');
    expect(r.rejections[0].line).toBeLessThan(r.rejections[1].line);
    expect(r.rejections[0].reason).toMatch(/^code: /u);
    expect(r.rejections[1].reason).toMatch(/^levels: /u);
  });

  it('reports the line of a syntax error and a wrong file format', () => {
    const db = memoryDb();
    const broken =
      '{\n "format": "motcua-catalog",\n "version": 1,\n "procedures": [ {"code": ]\n}';
    const r = importJsonText(db, broken, 'broken.json');
    expect(r.rejections[0].line).toBe(4);
    expect(importJsonText(db, '{"procedures": []}', 'x.json').rejections[0].reason).toMatch(
      /định dạng/u,
    );
  });

  it('finds element offsets without being fooled by brackets inside strings', () => {
    const text = '{"note": "[procedures]", "procedures": [\n{"a": "x]{"},\n\n  {"b": 1}\n]}';
    expect(elementOffsets(text).map((o) => lineAt(text, o))).toEqual([2, 4]);
  });
});
