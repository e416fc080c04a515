/**
 * `npm run catalog:import -- [--data DIR] FILE...`: imports our JSON catalog (*.json) or the
 * national crawl (*.jsonl, *.jsonl.gz) into a data directory and prints what happened.
 */
import path from 'node:path';
import { openDataDir } from '../app/data-dir';
import { importJsonFile } from './import-json';
import { importNationalFile } from './import-national';
import type { ImportReport } from './types';

/** Splits the command line into the data directory and the files. */
export function parseArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { dataDir: string; files: string[] } {
  let dataDir = env.MOTCUA_DATA_DIR ?? './.data';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--data') dataDir = argv[++i] ?? dataDir;
    else if (argv[i].startsWith('--data=')) dataDir = argv[i].slice('--data='.length);
    else files.push(argv[i]);
  }
  return { dataDir, files };
}

/** Our JSON format by extension; everything else is read as the national JSONL crawl. */
export function formatOf(file: string): 'json' | 'national' {
  return /\.json$/iu.test(file) ? 'json' : 'national';
}

/** The report as the lines the CLI prints: counts, rejections with lines, coverage per section. */
export function reportLines(reports: readonly ImportReport[]): string[] {
  const sum = (
    k: 'records' | 'imported' | 'updated' | 'unchanged' | 'rejected' | 'withUnstructured',
  ) => reports.reduce((n, r) => n + r[k], 0);
  const lines = reports.map(
    (r) =>
      `${r.source}: ${r.records} bản ghi, ${r.imported} mới, ${r.updated} cập nhật, ${r.unchanged} không đổi, ${r.rejected} bị từ chối (${r.ms} ms)`,
  );
  for (const r of reports)
    for (const j of r.rejections.slice(0, 50))
      lines.push(`  ${r.source} dòng ${j.line}${j.code ? ` (${j.code})` : ''}: ${j.reason}`);
  lines.push(
    `Tổng: imported ${sum('imported')}, updated ${sum('updated')}, unchanged ${sum('unchanged')}, rejected ${sum('rejected')}, ` +
      `records with unstructured fields ${sum('withUnstructured')} / ${sum('records')}`,
  );
  const coverage = new Map<string, { structured: number; textOnly: number; empty: number }>();
  for (const r of reports) {
    for (const [k, c] of Object.entries(r.coverage)) {
      const e = coverage.get(k) ?? { structured: 0, textOnly: 0, empty: 0 };
      coverage.set(k, {
        structured: e.structured + c.structured,
        textOnly: e.textOnly + c.textOnly,
        empty: e.empty + c.empty,
      });
    }
  }
  if (coverage.size > 0) lines.push('Độ phủ phân tích (structured / text only / empty):');
  for (const [k, c] of coverage) {
    const withText = c.structured + c.textOnly;
    const pct = withText === 0 ? 100 : Math.round((1000 * c.structured) / withText) / 10;
    lines.push(
      `  ${k.padEnd(12)} ${String(c.structured).padStart(5)} / ${String(c.textOnly).padStart(5)} / ${String(c.empty).padStart(5)}  ${pct}%`,
    );
  }
  return lines;
}

function main(): void {
  const { dataDir, files } = parseArgs(process.argv.slice(2), process.env);
  if (files.length === 0) {
    console.error('Cách dùng: npm run catalog:import -- [--data DIR] TỆP...');
    process.exit(2);
  }
  const { db } = openDataDir(path.resolve(dataDir));
  try {
    const reports = files.map((f) =>
      formatOf(f) === 'json' ? importJsonFile(db, f) : importNationalFile(db, f),
    );
    for (const line of reportLines(reports)) console.log(line);
  } finally {
    db.close();
  }
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
)
  main();
