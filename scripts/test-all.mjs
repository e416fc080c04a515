#!/usr/bin/env node
// `npm test`: every suite (unit in Vitest, e2e in Playwright with Debian's Chromium), then one
// line `N passed, N failed` over all of them. Exits non-zero when any test failed or a runner broke.
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
const broken = [];

if (existsSync('test-reports/unit.json')) {
  const u = JSON.parse(readFileSync('test-reports/unit.json', 'utf8'));
  passed += u.numPassedTests;
  failed += u.numFailedTests;
  skipped += u.numPendingTests + u.numTodoTests;
} else broken.push('unit');

if (existsSync('test-reports/e2e.json')) {
  const s = JSON.parse(readFileSync('test-reports/e2e.json', 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
} else broken.push('e2e');

rmSync(scratch, { recursive: true, force: true });
if (broken.length > 0) console.log(`runner produced no results: ${broken.join(', ')}`);
if (unitStatus !== 0 && failed === 0) broken.push(`vitest exit ${unitStatus}`);
if (e2eStatus !== 0 && failed === 0) broken.push(`playwright exit ${e2eStatus}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken.length > 0 ? 1 : 0);
