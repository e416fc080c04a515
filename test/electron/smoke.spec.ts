/**
 * Electron smoke test: starts the built app (out/main/index.js) in single-machine mode and checks
 * the kiosk answers over IPC. Runs only where the Electron binary is installed; elsewhere it
 * skips and says why. `npm run test:electron` (not part of the counted suites).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { startHub, type HubProcess } from '../support/hub-process';

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
  skipWithoutApp();
  const app = await electron.launch({
    executablePath: binary,
    args: [path.resolve('.')],
    env: {
      ...process.env,
      MOTCUA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'motcua-electron-')),
      MOTCUA_USER_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'motcua-electron-user-')),
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

/** Launches the built app on a user-data folder, without the MOTCUA_* overrides of the caller. */
function launch(userData: string) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('MOTCUA_')),
  ) as Record<string, string>;
  return electron.launch({
    executablePath: binary,
    args: [path.resolve('.')],
    env: {
      ...env,
      MOTCUA_USER_DATA_DIR: userData,
      MOTCUA_DATA_DIR: path.join(userData, 'data'),
      MOTCUA_ADMIN_PASSWORD: 'electron-smoke',
    },
  });
}

/** Skips, saying why, where the Electron binary or the built app is missing. */
function skipWithoutApp(): void {
  test.skip(
    !binary,
    'skipped because the Electron binary is not installed (it cannot be downloaded here)',
  );
  test.skip(!built, 'skipped because the app is not built: run `npx electron-vite build` first');
}

test('a first run shows the setup screen and writes the settings file for a single machine', async () => {
  skipWithoutApp();
  const userData = mkdtempSync(path.join(tmpdir(), 'motcua-first-run-'));
  const app = await launch(userData);
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Cài đặt lần đầu' })).toBeVisible();
  await window.getByLabel('Máy in phiếu của máy này').fill('preview');
  await window.getByRole('button', { name: 'Lưu và khởi động' }).click();
  await expect.poll(() => existsSync(path.join(userData, 'motcua-settings.json'))).toBe(true);
  const written = JSON.parse(readFileSync(path.join(userData, 'motcua-settings.json'), 'utf8'));
  expect(written).toMatchObject({ version: 1, mode: 'single', printer: 'preview' });
  await app.close().catch(() => undefined); // the app relaunches itself into its mode
});

test('a corrupt settings file opens the setup screen with the reason', async () => {
  skipWithoutApp();
  const userData = mkdtempSync(path.join(tmpdir(), 'motcua-corrupt-'));
  writeFileSync(path.join(userData, 'motcua-settings.json'), '{"version": 1, "mode"');
  const app = await launch(userData);
  const window = await app.firstWindow();
  await expect(window.getByRole('alert')).toContainText('Tệp cài đặt không đọc được');
  await expect(window.getByRole('button', { name: 'Cài đặt lại từ đầu' })).toBeVisible();
  await app.close();
});

test.describe('the four modes from a settings file', () => {
  let hub: HubProcess | undefined;
  test.beforeAll(async () => {
    if (binary && built) hub = await startHub();
  });
  test.afterAll(async () => {
    await hub?.stop();
  });

  for (const [mode, page, heading] of [
    ['single', '#/', 'Chọn màn hình'],
    ['kiosk', '/kiosk', undefined],
    ['workstation', '/officer', undefined],
    ['display', '/display', undefined],
  ] as const) {
    test(`${mode} opens ${page}`, async () => {
      skipWithoutApp();
      const userData = mkdtempSync(path.join(tmpdir(), `motcua-${mode}-`));
      writeFileSync(
        path.join(userData, 'motcua-settings.json'),
        JSON.stringify({
          version: 1,
          mode,
          ...(mode === 'single' ? {} : { hubUrl: hub?.url, deviceToken: 'smoke'.repeat(8) }),
          adminExitPinHash: undefined,
          createdAt: new Date().toISOString(),
        }),
      );
      const app = await launch(userData);
      const window = await app.firstWindow();
      await expect.poll(() => window.url()).toContain(page);
      if (heading) await expect(window.getByRole('heading', { name: heading })).toBeVisible();
      await app.close();
    });
  }

  test('a kiosk whose hub is down shows the reconnecting page and does not exit', async () => {
    skipWithoutApp();
    const userData = mkdtempSync(path.join(tmpdir(), 'motcua-down-'));
    writeFileSync(
      path.join(userData, 'motcua-settings.json'),
      JSON.stringify({
        version: 1,
        mode: 'kiosk',
        hubUrl: 'http://127.0.0.1:9',
        deviceToken: 'smoke'.repeat(8),
        createdAt: new Date().toISOString(),
      }),
    );
    const app = await launch(userData);
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Đang kết nối lại máy chủ…' })).toBeVisible();
    await app.close();
  });
});
