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

/** Builds out/web with Vite when it is missing or stale; returns the folder to serve. */
export async function ensureWebBuild(
  repoRoot: string,
  log: (line: string) => void,
): Promise<string> {
  const outDir = path.join(repoRoot, 'out', 'web');
  const index = path.join(outDir, 'index.html');
  const sources = path.join(repoRoot, 'renderer');
  if (!existsSync(sources)) return outDir;
  const stale = !existsSync(index) || statSync(index).mtimeMs < newestMtime(sources);
  if (stale) {
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
