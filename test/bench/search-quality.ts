/**
 * Search quality on the national catalog with the scope of a commune: the citizen queries of
 * citizen-queries.json scored top-1 and top-3 by kind, the wrong-first set (a first result that
 * belongs to none of the query's fields), and latency, for our search beside Fuse.js over the
 * same in-scope records.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { searchProcedures } from '../../main/catalog/search';
import { searchFold } from '../../main/catalog/search-text';
import type { CatalogScope } from '../../main/catalog/types';
import type { Db } from '../../main/db/database';
import { percentile, type BenchRow } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Timing rounds: ours is fast enough for 20; Fuse.js (tens of ms a query) gets 3. */
const ROUNDS = 20;
const FUSE_ROUNDS = 3;
const COMMUNE: CatalogScope = { levels: ['xa'] };

export interface CitizenQuery {
  query: string;
  accept: string[];
  kind: 'natural' | 'telex' | 'typo' | 'code';
}
export interface WrongFirstQuery {
  query: string;
  fields: string[];
}

/** The benchmark's citizen queries and the wrong-first set. */
export function citizenQueries(): { queries: CitizenQuery[]; wrongFirst: WrongFirstQuery[] } {
  return JSON.parse(readFileSync(path.join(here, 'citizen-queries.json'), 'utf8')) as {
    queries: CitizenQuery[];
    wrongFirst: WrongFirstQuery[];
  };
}

/** A search engine under test: query → codes and fields, best first. */
type Engine = (q: string) => { code: string; field: string }[];

function ours(db: Db): Engine {
  return (q) =>
    searchProcedures(db, { query: q, limit: 3, scope: COMMUNE, onlyScope: true }).items.map(
      (i) => ({ code: i.code, field: i.field }),
    );
}

function fuseEngine(db: Db): Engine {
  const rows = db
    .prepare(
      "SELECT code, local_code, name, field FROM procedures WHERE hidden = 0 AND instr(levels, ' xa ') > 0",
    )
    .all() as { code: string; local_code: string | null; name: string; field: string }[];
  const docs = rows.map((r) => ({
    code: r.code,
    field: r.field,
    codes: [r.code, r.local_code ?? ''],
    name: searchFold(r.name),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'codes', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.4,
  });
  return (q) =>
    fuse
      .search(searchFold(q), { limit: 3 })
      .map((h) => ({ code: h.item.code, field: h.item.field }));
}

interface Score {
  top1: number;
  top3: number;
  byKind: Record<string, { n: number; top1: number; top3: number }>;
  wrongFirst: number;
  p50: number;
  p95: number;
}

function score(engine: Engine, set: ReturnType<typeof citizenQueries>, rounds: number): Score {
  const byKind: Score['byKind'] = {};
  let top1 = 0;
  let top3 = 0;
  for (const q of set.queries) {
    const codes = engine(q.query).map((r) => r.code);
    const k = (byKind[q.kind] ??= { n: 0, top1: 0, top3: 0 });
    k.n += 1;
    const hit1 = q.accept.includes(codes[0]) ? 1 : 0;
    const hit3 = codes.slice(0, 3).some((c) => q.accept.includes(c)) ? 1 : 0;
    top1 += hit1;
    k.top1 += hit1;
    top3 += hit3;
    k.top3 += hit3;
  }
  const wrongFirst = set.wrongFirst.filter((w) => {
    const first = engine(w.query)[0];
    return first !== undefined && !w.fields.includes(first.field);
  }).length;
  const times: number[] = [];
  const all = [...set.queries.map((q) => q.query), ...set.wrongFirst.map((w) => w.query)];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of all) {
      const t0 = performance.now();
      engine(q);
      times.push(performance.now() - t0);
    }
  }
  return { top1, top3, byKind, wrongFirst, p50: percentile(times, 50), p95: percentile(times, 95) };
}

const pct = (n: number, of: number) => Math.round((1000 * n) / Math.max(1, of)) / 10;
const ms = (n: number) => Math.round(n * 1000) / 1000;

/** Scores our search and Fuse.js on the citizen queries; returns the figures as bench rows. */
export function benchSearchQuality(db: Db): BenchRow[] {
  const set = citizenQueries();
  const n = set.queries.length;
  const a = score(ours(db), set, ROUNDS);
  const f = score(fuseEngine(db), set, FUSE_ROUNDS);
  const rows: BenchRow[] = [
    {
      name: 'citizen queries (commune scope)',
      value: n,
      unit: 'queries',
      target: '≥ 150',
      ok: n >= 150,
    },
    {
      name: 'search top-1 (ours)',
      value: pct(a.top1, n),
      unit: '%',
      target: '> Fuse.js',
      ok: a.top1 > f.top1,
    },
    {
      name: 'search top-3 (ours)',
      value: pct(a.top3, n),
      unit: '%',
      target: '> Fuse.js',
      ok: a.top3 > f.top3,
    },
    { name: 'Fuse.js top-1', value: pct(f.top1, n), unit: '%' },
    { name: 'Fuse.js top-3', value: pct(f.top3, n), unit: '%' },
    ...Object.entries(a.byKind).map(([kind, k]) => ({
      name: `  ${kind} (${k.n}): top-1 / top-3 ours vs Fuse.js`,
      value: pct(k.top3, k.n),
      unit: `% top-3 (top-1 ${pct(k.top1, k.n)} %; Fuse.js ${pct(f.byKind[kind].top1, k.n)} / ${pct(f.byKind[kind].top3, k.n)} %)`,
    })),
    {
      name: `wrong-first of ${set.wrongFirst.length} (ours)`,
      value: a.wrongFirst,
      unit: 'queries',
      target: '≤ Fuse.js',
      ok: a.wrongFirst <= f.wrongFirst,
    },
    {
      name: `wrong-first of ${set.wrongFirst.length} (Fuse.js)`,
      value: f.wrongFirst,
      unit: 'queries',
    },
    {
      name: 'search p50 (ours, in process)',
      value: ms(a.p50),
      unit: 'ms',
      target: '≤ 1 ms',
      ok: a.p50 <= 1,
    },
    {
      name: 'search p95 (ours, in process)',
      value: ms(a.p95),
      unit: 'ms',
      target: '≤ 3 ms',
      ok: a.p95 <= 3,
    },
    { name: 'Fuse.js p50', value: ms(f.p50), unit: 'ms' },
    { name: 'Fuse.js p95', value: ms(f.p95), unit: 'ms' },
  ];
  return rows;
}

/** The queries ours misses at top-3, for reading (not for tuning single queries). */
export function misses(db: Db): string[] {
  const e = ours(db);
  return citizenQueries()
    .queries.filter(
      (q) =>
        !e(q.query)
          .slice(0, 3)
          .some((r) => q.accept.includes(r.code)),
    )
    .map(
      (q) =>
        `${q.query} → ${
          e(q.query)
            .map((r) => r.code)
            .join(', ') || '∅'
        } (want ${q.accept.join('/')})`,
    );
}
