import { describe, expect, it } from 'vitest';
import { formatOf, parseArgs, reportLines } from '../../../main/catalog/cli';
import type { ImportReport } from '../../../main/catalog/types';

describe('catalog:import command line', () => {
  it('reads --data, the env default and the files', () => {
    expect(parseArgs(['--data', '/d', 'a.json', 'b.jsonl.gz'], {})).toEqual({
      dataDir: '/d',
      files: ['a.json', 'b.jsonl.gz'],
    });
    expect(parseArgs(['--data=/e', 'x'], {})).toEqual({ dataDir: '/e', files: ['x'] });
    expect(parseArgs(['x'], { MOTCUA_DATA_DIR: '/env' }).dataDir).toBe('/env');
    expect(parseArgs(['x'], {}).dataDir).toBe('./.data');
  });
  it('chooses the format by extension', () => {
    expect(formatOf('catalog.json')).toBe('json');
    expect(formatOf('bo-tu-phap.jsonl.gz')).toBe('national');
    expect(formatOf('x.jsonl')).toBe('national');
  });
  it('prints counts, rejected lines and coverage', () => {
    const r: ImportReport = {
      format: 'national',
      source: 'a.jsonl',
      at: '',
      records: 3,
      imported: 1,
      updated: 1,
      unchanged: 0,
      rejected: 1,
      rejections: [{ line: 3, reason: 'dòng không phải JSON hợp lệ' }],
      withUnstructured: 1,
      coverage: { fees: { structured: 1, textOnly: 1, empty: 0 } },
      ms: 5,
    };
    const lines = reportLines([r]);
    expect(lines).toContain('  a.jsonl dòng 3: dòng không phải JSON hợp lệ');
    expect(lines.join('\n')).toMatch(/imported 1, updated 1, unchanged 0, rejected 1/u);
    expect(lines.at(-1)).toMatch(/fees .*1 \/\s+1 \/\s+0\s+50%/u);
  });
});
