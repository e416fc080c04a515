/**
 * Paths native code reads in a packaged app. Electron serves files inside `app.asar` to JavaScript,
 * but native code (Skia's font loader, SQLite) sees only the real file system, where
 * electron-builder's `asarUnpack` put the files: `app.asar.unpacked`, beside the archive.
 */
import path from 'node:path';

const ASAR = /([\\/])app\.asar(?=[\\/]|$)/u;

/** `…/resources/app.asar/assets/fonts` → `…/resources/app.asar.unpacked/assets/fonts`; other paths unchanged. */
export function unpackedPath(p: string): string {
  return p.replace(ASAR, '$1app.asar.unpacked');
}

/** True when the path lies inside a packaged app's archive. */
export function insideAsar(p: string): boolean {
  return ASAR.test(p);
}

export interface AssetSearch {
  /** The folder of the module asking (`main/printing` from sources, `out/main` when bundled). */
  here: string;
  cwd: string;
  /** Electron's `process.resourcesPath` when packaged. */
  resourcesPath?: string;
  /** An explicit folder (an environment override) tried first. */
  override?: string;
}

/**
 * Where to look for an asset folder such as `assets/fonts`, best first, every candidate already
 * mapped out of the archive (so the answer is a path native code can open).
 */
export function assetCandidates(relative: string, search: AssetSearch): string[] {
  const raw = [
    search.override,
    path.resolve(search.here, '../..', relative),
    search.resourcesPath
      ? path.join(search.resourcesPath, 'app.asar.unpacked', relative)
      : undefined,
    search.resourcesPath ? path.join(search.resourcesPath, relative) : undefined,
    path.resolve(search.cwd, relative),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of raw) {
    if (!c) continue;
    const p = unpackedPath(c);
    if (!seen.has(p)) out.push(p);
    seen.add(p);
  }
  return out;
}
