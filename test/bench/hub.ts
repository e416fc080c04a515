/** Figures of the foundation through the real hub: start-up, search over HTTP, accept to printed slip. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHub, callApi } from '../support/hub-process';
import { openDataDir } from '../../main/app/data-dir';
import { importNationalFile } from '../../main/catalog/import-national';
import { loadSampleCatalogIfEmpty } from '../../main/catalog/sample';
import { benchQueries, NATIONAL_DIR, NATIONAL_MISSING, skippedRow } from './catalog';
import { startVirtualPrinter } from '../support/virtual-printer';
import { percentile, type BenchRow } from './types';

const SEARCHES = [
  'khai sinh',
  'dang ky ket hon',
  'chung thuc',
  'ho kinh doanh',
  'khai tu',
  'xac nhan tinh trang hon nhan',
  'ban sao',
  '1.001193',
];

/** Starts a hub against a virtual printer and measures what a counter feels. */
export async function benchHub(): Promise<BenchRow[]> {
  const printer = await startVirtualPrinter();
  const hub = await startHub({ printer: printer.uri });
  try {
    const rows: BenchRow[] = [
      {
        name: 'hub start → ready',
        value: Math.round(hub.readyMs),
        unit: 'ms',
        target: '≤ 1500 ms',
        ok: hub.readyMs <= 1500,
      },
    ];
    const search: number[] = [];
    for (let i = 0; i < 400; i += 1) {
      const q = SEARCHES[i % SEARCHES.length];
      const t = performance.now();
      const res = await callApi(hub.url, 'catalog.search', {
        query: q.slice(0, 3 + (i % (q.length - 2))),
        limit: 10,
      });
      search.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`search failed: ${JSON.stringify(res.body)}`);
    }
    const s95 = percentile(search.slice(20), 95);
    rows.push({
      name: 'catalog.search over HTTP p50',
      value: round(percentile(search.slice(20), 50)),
      unit: 'ms',
    });
    rows.push({
      name: 'catalog.search over HTTP p95',
      value: round(s95),
      unit: 'ms',
      target: '≤ 10 ms',
      ok: s95 <= 10,
    });

    const login = await callApi(hub.url, 'auth.login', {
      username: 'admin',
      password: hub.adminPassword,
    });
    const token = login.body.token as string;
    const accept: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const before = printer.jobs.length;
      const t = performance.now();
      const res = await callApi(
        hub.url,
        'dossiers.accept',
        {
          procedureCode: '1.001193',
          applicant: {
            fullName: `Lê Văn Bảo ${i}`,
            idNumber: '001090012345',
            phone: '0912345678',
            address: 'Xã Hòa An, tỉnh Cao Bằng',
          },
        },
        token,
      );
      await printer.waitForJobs(before + 1, 5000);
      accept.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`accept failed: ${JSON.stringify(res.body)}`);
    }
    const a95 = percentile(accept.slice(5), 95);
    rows.push({
      name: 'dossiers.accept → slip bytes at printer p50',
      value: round(percentile(accept.slice(5), 50)),
      unit: 'ms',
    });
    rows.push({
      name: 'dossiers.accept → slip bytes at printer p95',
      value: round(a95),
      unit: 'ms',
      target: '≤ 200 ms',
      ok: a95 <= 200,
    });
    return rows;
  } finally {
    await hub.stop();
    await printer.close();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Search over HTTP against a hub whose catalog is the whole national crawl (2,642 procedures). */
export async function benchNationalSearchHttp(): Promise<BenchRow[]> {
  if (NATIONAL_MISSING) return skippedRow();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-bench-national-'));
  const { db } = openDataDir(dataDir);
  loadSampleCatalogIfEmpty(db);
  for (const file of readdirSync(NATIONAL_DIR).filter((f) => f.endsWith('.jsonl.gz')))
    importNationalFile(db, path.join(NATIONAL_DIR, file));
  db.close();
  const hub = await startHub({ dataDir });
  try {
    const queries = benchQueries().map((q) => q.query);
    const times: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const query of queries) {
        const t = performance.now();
        const res = await callApi(hub.url, 'catalog.search', { query, limit: 10 });
        times.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`search failed: ${JSON.stringify(res.body)}`);
      }
    }
    const measured = times.slice(queries.length); // the first round warms the caches
    const p95 = percentile(measured, 95);
    return [
      {
        name: `catalog.search over HTTP, national catalog, ${queries.length} queries p50`,
        value: round(percentile(measured, 50)),
        unit: 'ms',
      },
      {
        name: `catalog.search over HTTP, national catalog, ${queries.length} queries p95`,
        value: round(p95),
        unit: 'ms',
        target: '≤ 10 ms',
        ok: p95 <= 10,
      },
    ];
  } finally {
    await hub.stop();
  }
}
