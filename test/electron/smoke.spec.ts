/**
 * Electron smoke test: starts the built app (out/main/index.js) in single-machine mode and checks
 * the kiosk answers over IPC. Runs only where the Electron binary is installed; elsewhere it
 * skips and says why. `npm run test:electron` (not part of the counted suites).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

/** The binary's path when Electron has been downloaded (path.txt names it under dist/). */
function electronBinary(): string | undefined {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH)
    return path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const built = existsSync(path.resolve('out/main/index.js'));
if (!binary)
  console.log(
    `Electron smoke test skipped: no Electron binary under ${electronDir}/dist (it cannot be downloaded on this machine).`,
  );

test('the single-machine app opens the kiosk and reaches the core over IPC', async () => {
  test.skip(
    !binary,
    `the Electron binary is not installed here (${electronDir}/dist is missing; it cannot be downloaded on this machine)`,
  );
  test.skip(!built, 'the app is not built: run `npx electron-vite build` first');
  const app = await electron.launch({
    executablePath: binary,
    args: [path.resolve('.')],
    env: {
      ...process.env,
      MOTCUA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'motcua-electron-')),
      MOTCUA_KIOSK: '1',
      MOTCUA_ADMIN_PASSWORD: 'electron-smoke',
    },
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('button', { name: 'Tìm thủ tục' })).toBeVisible();
  const health = await window.evaluate(async () => {
    const api = (
      window as unknown as {
        motcua: { invoke(op: string, input: unknown, token: null): Promise<{ status: number }> };
      }
    ).motcua;
    return (await api.invoke('catalog.search', { query: 'khai sinh' }, null)).status;
  });
  expect(health).toBe(200);
  await app.close();
});
