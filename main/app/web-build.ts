/** Makes sure the built renderer the hub serves exists and is not older than its sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Whether out/web must be built: it is missing, or older than a source of the screens. The screens
 * bundle `renderer/` and the Node-free parts of `main/` they import (contracts, the fee and time
 * wording, Vietnam time), so a change under either makes the build stale.
 */
export function webBuildStale(repoRoot: string): boolean {
  const index = path.join(repoRoot, 'out', 'web', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return ['renderer', 'main'].some((dir) => {
    const full = path.join(repoRoot, dir);
    return existsSync(full) && built < newestMtime(full);
  });
}

/** Builds out/web with Vite when it is missing or stale; returns the folder to serve. */
export async function ensureWebBuild(
  repoRoot: string,
  log: (line: string) => void,
): Promise<string> {
  const outDir = path.join(repoRoot, 'out', 'web');
  if (!existsSync(path.join(repoRoot, 'renderer'))) return outDir;
  if (webBuildStale(repoRoot)) {
    log('building the screens (out/web) …');
    const { build } = await import('vite');
    // Always React's production build: a hub started under a test runner inherits NODE_ENV=test,
    // with which Vite bundles React's development build (StrictMode runs every effect twice).
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: path.join(repoRoot, 'vite.renderer.config.ts'),
        mode: 'production',
        logLevel: 'warn',
      });
    } finally {
      if (before === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = before;
    }
  }
  return outDir;
}
