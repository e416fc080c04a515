import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetCandidates, insideAsar, unpackedPath } from '../../../main/core/asar-path';

/** A packaged layout as electron-builder writes it: resources/app.asar (+ .unpacked beside it). */
function packagedLayout(): { resources: string; here: string; unpackedFonts: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'motcua-packaged-'));
  const resources = path.join(root, 'resources');
  const here = path.join(resources, 'app.asar', 'out', 'main');
  mkdirSync(here, { recursive: true });
  // Electron lists unpacked files inside the archive too (JavaScript sees them there) …
  const archived = path.join(resources, 'app.asar', 'assets', 'fonts');
  // … but their bytes are only in app.asar.unpacked, which is what native code can open.
  const unpackedFonts = path.join(resources, 'app.asar.unpacked', 'assets', 'fonts');
  for (const dir of [archived, unpackedFonts]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'BeVietnamPro_500Medium.ttf'), 'ttf');
  }
  return { resources, here, unpackedFonts };
}

describe('asset paths in a packaged app', () => {
  it('maps a path inside app.asar to app.asar.unpacked, POSIX and Windows alike', () => {
    expect(unpackedPath('/opt/Một cửa/resources/app.asar/assets/fonts')).toBe(
      '/opt/Một cửa/resources/app.asar.unpacked/assets/fonts',
    );
    expect(unpackedPath('C:\\Program Files\\Một cửa\\resources\\app.asar\\assets\\fonts')).toBe(
      'C:\\Program Files\\Một cửa\\resources\\app.asar.unpacked\\assets\\fonts',
    );
    expect(unpackedPath('/opt/app/resources/app.asar')).toBe(
      '/opt/app/resources/app.asar.unpacked',
    );
  });

  it('leaves other paths alone (sources, a folder merely named like the archive)', () => {
    expect(unpackedPath('/work/motcua/assets/fonts')).toBe('/work/motcua/assets/fonts');
    expect(unpackedPath('/x/app.asar.unpacked/assets')).toBe('/x/app.asar.unpacked/assets');
    expect(unpackedPath('/x/my-app.asar/assets')).toBe('/x/my-app.asar/assets');
    expect(insideAsar('/x/my-app.asar/assets')).toBe(false);
  });

  it('finds the fonts of a packaged app in app.asar.unpacked, never inside the archive', () => {
    const { resources, here, unpackedFonts } = packagedLayout();
    const candidates = assetCandidates('assets/fonts', {
      here,
      cwd: '/',
      resourcesPath: resources,
    });
    expect(candidates.some(insideAsar)).toBe(false);
    const found = candidates.find((c) => existsSync(path.join(c, 'BeVietnamPro_500Medium.ttf')));
    expect(found).toBe(unpackedFonts);
  });

  it('finds the fonts next to the sources when run from a clone, an override first', () => {
    const here = path.resolve('main/printing');
    const candidates = assetCandidates('assets/fonts', { here, cwd: '/nowhere' });
    expect(candidates[0]).toBe(path.resolve('assets/fonts'));
    const withOverride = assetCandidates('assets/fonts', { here, cwd: '/', override: '/fonts' });
    expect(withOverride[0]).toBe('/fonts');
  });
});
