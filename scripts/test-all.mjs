#!/usr/bin/env node
// `npm test`: every suite (unit in Vitest, e2e in Playwright with Debian's Chromium), then one
// line `N passed, N failed` over all of them. A suite that fails to load or a runner that breaks
// counts as failed, its reason printed just above that line. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

mkdirSync('test-reports', { recursive: true });
for (const f of ['test-reports/unit.json', 'test-reports/e2e.json']) rmSync(f, { force: true });

// Every temp data directory the suites make goes under one folder, removed at the end.
const scratch = mkdtempSync(path.join(tmpdir(), 'motcua-tests-'));
const env = { ...process.env, TMPDIR: scratch };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status;

const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-reports/unit.json',
]);
const e2eStatus = run('npx', ['playwright', 'test']);

// The Electron smoke test runs where the binary exists; it reports its skip and is not counted.
run('npx', ['playwright', 'test', '--config', 'playwright.electron.config.ts']);

let passed = 0;
let failed = 0;
let skipped = 0;
/** Why something counted as failed without being a failed test: a suite that did not load, a runner that broke. */
const reasons = [];
/** Tests skipped with a reason in their title (e.g. the national data folder is missing). */
const skipNotes = new Set();
// The first two lines of an error, without colours: enough to say what broke and where.
const headOf = (text) =>
  String(text ?? '')
    .replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'gu'), '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' ')
    .slice(0, 300);

if (existsSync('test-reports/unit.json')) {
  const u = JSON.parse(readFileSync('test-reports/unit.json', 'utf8'));
  passed += u.numPassedTests;
  failed += u.numFailedTests;
  skipped += u.numPendingTests + u.numTodoTests;
  for (const suite of u.testResults ?? []) {
    const file = path.relative(process.cwd(), suite.name);
    // A file that failed with no failed test broke outside its tests (it did not load, or a hook
    // threw and its tests were skipped): one failure, with its reason.
    const tests = suite.assertionResults ?? [];
    if (suite.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failed += 1;
      const what = tests.length === 0 ? 'failed to load' : 'failed outside its tests';
      reasons.push(`unit suite ${what}: ${file}: ${headOf(suite.message)}`);
    }
    for (const t of suite.assertionResults ?? []) {
      const note = /\((skipped: .*)\)$/u.exec(t.title ?? '');
      if (t.status !== 'passed' && t.status !== 'failed' && note) skipNotes.add(note[1]);
    }
  }
} else {
  failed += 1;
  reasons.push(`unit runner produced no results (vitest exit ${unitStatus})`);
}

if (existsSync('test-reports/e2e.json')) {
  const report = JSON.parse(readFileSync('test-reports/e2e.json', 'utf8'));
  const s = report.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  // Errors outside any test: a spec file that does not load, a global set-up that throws.
  for (const e of report.errors ?? []) {
    failed += 1;
    const where = e.location ? `${path.relative(process.cwd(), e.location.file)}: ` : '';
    reasons.push(`e2e suite failed to load: ${where}${headOf(e.message)}`);
  }
} else {
  failed += 1;
  reasons.push(`e2e runner produced no results (playwright exit ${e2eStatus})`);
}

rmSync(scratch, { recursive: true, force: true });
if (unitStatus !== 0 && failed === 0) {
  failed += 1;
  reasons.push(`vitest exited ${unitStatus} with no failed test`);
}
if (e2eStatus !== 0 && failed === 0) {
  failed += 1;
  reasons.push(`playwright exited ${e2eStatus} with no failed test`);
}
console.log('');
for (const note of skipNotes) console.log(note);
for (const reason of reasons) console.log(reason);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
