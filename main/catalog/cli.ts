/**
 * `npm run catalog:import -- [--data DIR] FILE...`: imports our JSON catalog (*.json) or the
 * national crawl (*.jsonl, *.jsonl.gz) into a data directory and prints what happened. It goes
 * through the operation table (`catalog.import`, as an admin), the same path as the hub's admin screen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeCore } from '../app/compose';
import type { Caller } from '../core/types';
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

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

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
  for (const r of reports)
    for (const c of (r.conflicts ?? []).slice(0, 50))
      lines.push(
        `  ${r.source} ${c.code} · ${c.field}: giữ bản quản trị sửa «${short(c.kept)}», không áp dụng «${short(c.incoming)}»`,
      );
  lines.push(
    `Tổng: imported ${sum('imported')}, updated ${sum('updated')}, unchanged ${sum('unchanged')}, rejected ${sum('rejected')}, ` +
      `conflicts kept ${reports.reduce((n, r) => n + (r.conflicts?.length ?? 0), 0)}, ` +
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

/** The operation `catalog.import` takes for a file: our JSON or national JSONL as text, gzip as base64. */
export function importInputOf(file: string, bytes: Buffer) {
  const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return {
    format: formatOf(file),
    content: gz ? bytes.toString('base64') : bytes.toString('utf8'),
    encoding: gz ? ('base64' as const) : ('text' as const),
    name: path.basename(file),
  };
}

/** The command line acts as the unit's administrator, through the same operation table as the hub. */
const CLI_CALLER: Caller = { id: 0, username: 'cli', fullName: 'Dòng lệnh', role: 'admin' };

async function main(): Promise<void> {
  const { dataDir, files } = parseArgs(process.argv.slice(2), process.env);
  if (files.length === 0) {
    console.error('Cách dùng: npm run catalog:import -- [--data DIR] TỆP...');
    process.exit(2);
  }
  const core = await composeCore({
    dataDir: path.resolve(dataDir),
    adminPassword: process.env.MOTCUA_ADMIN_PASSWORD,
    sample: false,
  });
  if (core.generatedAdminPassword)
    console.log(
      `created account "admin" with password: ${core.generatedAdminPassword}  (shown once; change it after signing in)`,
    );
  try {
    const reports: ImportReport[] = [];
    for (const f of files) {
      const input = importInputOf(f, readFileSync(f));
      const call = { caller: CLI_CALLER, token: null, origin: 'cli' as const };
      reports.push((await core.table.invoke('catalog.import', input, call)) as ImportReport);
    }
    for (const line of reportLines(reports)) console.log(line);
  } finally {
    core.close();
  }
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
