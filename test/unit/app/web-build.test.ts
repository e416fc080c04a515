import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webBuildStale } from '../../../main/app/web-build';

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A repository with a built index and one source under renderer/ and one under main/. */
function repo(): { root: string; at: (file: string, seconds: number) => void } {
  root = mkdtempSync(path.join(tmpdir(), 'web-build-'));
  for (const f of ['out/web/index.html', 'renderer/src/App.tsx', 'main/catalog/time-fee.ts']) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '');
  }
  const at = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);
  at('out/web/index.html', 2_000_000);
  at('renderer/src/App.tsx', 1_000_000);
  at('main/catalog/time-fee.ts', 1_000_000);
  return { root, at };
}

describe('the hub rebuilds the screens it serves when their sources changed', () => {
  it('keeps a build newer than every source', () => {
    expect(webBuildStale(repo().root)).toBe(false);
  });

  it('rebuilds after a change to the screens', () => {
    const r = repo();
    r.at('renderer/src/App.tsx', 3_000_000);
    expect(webBuildStale(r.root)).toBe(true);
  });

  it('rebuilds after a change to shared wording under main/ (the kiosk fee said "Miễn phí" while the list said otherwise)', () => {
    const r = repo();
    r.at('main/catalog/time-fee.ts', 3_000_000);
    expect(webBuildStale(r.root)).toBe(true);
  });

  it('builds when nothing was built yet', () => {
    const r = repo();
    rmSync(path.join(r.root, 'out'), { recursive: true });
    expect(webBuildStale(r.root)).toBe(true);
  });
});
