/**
 * The desktop app's first-run screen, in Chromium: the Electron preload's `motcuaShell` bridge is
 * replaced by a recorder in the page (the main-process side, main/shell/shell-ipc.ts, has its own
 * unit tests). Checks what the officer setting up a machine sees and what the screen sends.
 */
import type { Page } from '@playwright/test';
import { test, expect, useCounter } from './fixtures';

useCounter();

interface Recorded {
  choices: unknown[];
  startOvers: number;
}

/** Installs a fake bridge: a pairing refusal for code 000000, otherwise ok. */
async function fakeBridge(page: Page, problem?: { status: string; reason: string; file: string }) {
  await page.addInitScript((problemArg) => {
    const recorded: Recorded = { choices: [], startOvers: 0 };
    let currentProblem: typeof problemArg | undefined = problemArg;
    (window as unknown as { recorded: Recorded }).recorded = recorded;
    (window as unknown as { motcuaShell: unknown }).motcuaShell = {
      setupState: () => Promise.resolve({ problem: currentProblem, printers: ['EPSON_TM_T82'] }),
      completeSetup: (choice: { pairingCode?: string }) => {
        recorded.choices.push(choice);
        return Promise.resolve(
          choice.pairingCode === '000000'
            ? { ok: false, field: 'pairingCode', message: 'Mã ghép nối không đúng hoặc đã hết hạn' }
            : { ok: true },
        );
      },
      startOver: () => {
        recorded.startOvers += 1;
        currentProblem = undefined;
        return Promise.resolve({ keptAs: '/u/motcua-settings.json.old' });
      },
      adminPassword: () => Promise.resolve('Mk-7f3a-91c2'),
      adminExit: () => Promise.resolve({ ok: false }),
    };
  }, problem);
}

const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);

test('a kiosk is set up with its hub, pairing code and exit PIN; a wrong code is shown at its field', async ({
  page,
}) => {
  await fakeBridge(page);
  await page.goto('/setup');
  await expect(page.getByRole('heading', { name: 'Cài đặt lần đầu' })).toBeVisible();
  await expect(page.getByLabel('Địa chỉ máy chủ')).toHaveCount(0);
  await page.getByLabel('Vai trò của máy').selectOption({ label: 'Kiosk tiếp đón công dân' });
  await page.getByLabel('Địa chỉ máy chủ').fill('192.168.1.10:4370');
  await page.getByLabel('Mã ghép nối').fill('000000');
  await page.getByLabel('Mã PIN thoát (quản trị)').fill('2468');
  await page.getByRole('button', { name: 'Lưu và khởi động' }).click();
  await expect(page.getByText('Mã ghép nối không đúng hoặc đã hết hạn')).toBeVisible();
  await page.getByLabel('Mã ghép nối').fill('482915');
  await page.getByRole('button', { name: 'Lưu và khởi động' }).click();
  await expect.poll(async () => (await recorded(page)).choices.length).toBe(2);
  expect((await recorded(page)).choices[1]).toEqual({
    mode: 'kiosk',
    hubUrl: '192.168.1.10:4370',
    pairingCode: '482915',
    adminExitPin: '2468',
  });
});

test('a hall display asks no printer; a single machine asks no hub', async ({ page }) => {
  await fakeBridge(page);
  await page.goto('/setup');
  await expect(page.getByLabel('Máy in phiếu của máy này')).toBeVisible();
  await page.getByLabel('Vai trò của máy').selectOption({ label: 'Màn hình sảnh chờ' });
  await expect(page.getByLabel('Máy in phiếu của máy này')).toHaveCount(0);
  await expect(page.getByLabel('Mã ghép nối')).toBeVisible();
});

test('a corrupt settings file is explained and kept aside on "start over"', async ({ page }) => {
  await fakeBridge(page, {
    status: 'corrupt',
    reason: 'Tệp cài đặt không đọc được (SyntaxError)',
    file: '/u/motcua-settings.json',
  });
  await page.goto('/setup');
  await expect(page.getByRole('alert')).toContainText('Tệp cài đặt không đọc được');
  await expect(page.getByRole('button', { name: 'Lưu và khởi động' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cài đặt lại từ đầu' }).click();
  await expect(page.getByRole('status')).toContainText('/u/motcua-settings.json.old');
  await expect(page.getByRole('button', { name: 'Lưu và khởi động' })).toBeEnabled();
  expect((await recorded(page)).startOvers).toBe(1);
});

test('the single machine shows its generated admin password once, with a print button', async ({
  page,
}) => {
  await fakeBridge(page);
  await page.goto('/setup/password');
  await expect(page.getByRole('status', { name: 'Mật khẩu quản trị' })).toHaveText('Mk-7f3a-91c2');
  await expect(page.getByRole('button', { name: 'In mật khẩu' })).toBeVisible();
});

test('in a plain browser the setup screen only says it belongs to the desktop app', async ({
  page,
}) => {
  await page.goto('/setup');
  await expect(
    page.getByText('Màn hình này chỉ dùng trong ứng dụng máy tính Một cửa.'),
  ).toBeVisible();
});
