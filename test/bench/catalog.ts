/**
 * Catalog benchmark: imports the whole national crawl into a temp data directory, then runs the
 * citizen queries (search-quality.ts) with the scope of a commune, beside Fuse.js, plus import
 * time and parse coverage.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDataDir } from '../../main/app/data-dir';
import { importNationalFile } from '../../main/catalog/import-national';
import { searchProcedures } from '../../main/catalog/search';
import type { ImportReport } from '../../main/catalog/types';
import type { Db } from '../../main/db/database';
import { NATIONAL_DIR, NATIONAL_MISSING } from '../support/shared-data';
import { benchSearchQuality, citizenQueries, misses } from './search-quality';
import type { BenchRow } from './types';

export { NATIONAL_DIR, NATIONAL_MISSING } from '../support/shared-data';

/** The citizen queries (for the HTTP bench, which only times them). */
export function benchQueries(): { query: string }[] {
  return citizenQueries().queries;
}

function worstBadInput(db: Db): number {
  const bad = [
    '',
    ' ',
    'x'.repeat(10_240),
    '\u0000\u0007\u001b[2J',
    '"',
    '*',
    'NEAR(',
    'khai OR sinh',
    "'; DROP TABLE procedures; --",
    'a'.repeat(50).split('').join(' '),
    'lam thu tuc',
    '😀🙏',
    '1234567890',
  ];
  let worst = 0;
  for (const query of bad) {
    searchProcedures(db, { query });
    const t0 = performance.now();
    searchProcedures(db, { query });
    worst = Math.max(worst, performance.now() - t0);
  }
  return worst;
}

function coverageRows(reports: readonly ImportReport[]): BenchRow[] {
  const totals = new Map<string, { structured: number; textOnly: number }>();
  for (const r of reports) {
    for (const [k, c] of Object.entries(r.coverage)) {
      const t = totals.get(k) ?? { structured: 0, textOnly: 0 };
      totals.set(k, { structured: t.structured + c.structured, textOnly: t.textOnly + c.textOnly });
    }
  }
  return [...totals].map(([k, t]) => ({
    name: `coverage: ${k} (structured of non-empty)`,
    value: Math.round((1000 * t.structured) / Math.max(1, t.structured + t.textOnly)) / 10,
    unit: '%',
  }));
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Runs the catalog benchmark and returns its figures. */
export async function benchCatalog(): Promise<BenchRow[]> {
  if (NATIONAL_MISSING) return skippedRow();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-catalog-'));
  const { db } = openDataDir(dir);
  try {
    const files = readdirSync(NATIONAL_DIR)
      .filter((f) => f.endsWith('.jsonl.gz'))
      .sort();
    const t0 = performance.now();
    const reports = files.map((f) => importNationalFile(db, path.join(NATIONAL_DIR, f)));
    const importMs = performance.now() - t0;
    await new Promise((resolve) => setImmediate(resolve)); // let progress output flush between phases
    const sum = (k: 'records' | 'imported' | 'rejected' | 'withUnstructured') =>
      reports.reduce((n, r) => n + r[k], 0);
    const bad = worstBadInput(db);
    if (process.env.BENCH_MISSES) console.error(misses(db).join('\n'));
    return [
      { name: 'import: national records read', value: sum('records'), unit: 'records' },
      {
        name: 'import: imported',
        value: sum('imported'),
        unit: 'records',
        target: '= records read',
        ok: sum('imported') === sum('records'),
      },
      { name: 'import: rejected', value: sum('rejected'), unit: 'records' },
      {
        name: 'import: records with a section kept as text',
        value: sum('withUnstructured'),
        unit: 'records',
      },
      {
        name: 'import: time',
        value: Math.round(importMs),
        unit: 'ms',
        target: '≤ 10000 ms',
        ok: importMs <= 10_000,
      },
      ...benchSearchQuality(db),
      {
        name: 'bad input: slowest query (10 KB, FTS syntax, control chars, emoji, stop words)',
        value: round(bad),
        unit: 'ms',
        target: '≤ 3 ms',
        ok: bad <= 3,
      },
      ...coverageRows(reports),
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchCatalog().then(
    (rows) => console.table(rows),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}

/** The one row a benchmark over the national data prints when the data is missing. */
export function skippedRow(): BenchRow[] {
  process.stderr.write(`${NATIONAL_MISSING}\n`);
  return [{ name: NATIONAL_MISSING ?? '', value: 0, unit: '' }];
}
