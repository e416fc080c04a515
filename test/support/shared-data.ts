/**
 * Where the national data lives: `../shared/data` beside the repository (CI has it), or the folder
 * named by `MOTCUA_SHARED_DATA`. Tests and benchmarks that need it skip, naming the folder, when it
 * is missing, instead of crashing at load.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `../shared/data`, or `$MOTCUA_SHARED_DATA` when set. */
export const SHARED_DATA_DIR = process.env.MOTCUA_SHARED_DATA
  ? path.resolve(process.env.MOTCUA_SHARED_DATA)
  : path.resolve(repoRoot, '../shared/data');

/** The national crawl, one `*.jsonl.gz` per ministry. */
export const NATIONAL_DIR = path.join(SHARED_DATA_DIR, 'national-procedures');

/** Null when the national crawl is there; else why the tests that need it are skipped. */
export const NATIONAL_MISSING: string | null = existsSync(NATIONAL_DIR)
  ? null
  : `skipped: the national data folder ${NATIONAL_DIR} is missing: put the shared folder beside the repository as ../shared or set MOTCUA_SHARED_DATA`;
