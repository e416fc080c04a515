/**
 * The idle reset, with the unit's own setting made short (kioskIdleSeconds 15, countdown 5) and the
 * page's clock fast-forwarded instead of waiting: the question, "still here", then everything typed
 * is gone from the screen, the page and its storage, and the kiosk is home in Vietnamese.
 */
import { test, expect, useCounter } from './fixtures';
import { callApi } from '../support/hub-process';
import { KioskPage } from './pages/KioskPage';
import type { Page } from '@playwright/test';

useCounter();

const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;
const NAME = 'Nguyễn Văn Anh';

/** Everything the page keeps that a script can read: the DOM with input values, web storage, IndexedDB names. */
async function pageMemory(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const values = Array.from(document.querySelectorAll('input, textarea')).map(
      (el) => (el as HTMLInputElement).value,
    );
    const storage = [localStorage, sessionStorage].flatMap((s) =>
      Object.keys(s).map((k) => `${k}=${s.getItem(k) ?? ''}`),
    );
    const dbs =
      'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
    return [
      document.documentElement.outerHTML,
      ...values,
      ...storage,
      ...dbs,
      document.title,
      location.href,
    ].join('\n');
  });
}

for (const [orientation, viewport] of Object.entries(SIZES)) {
  test.describe(orientation, () => {
    test.use({ viewport });

    test('after the quiet time the kiosk asks, then clears what was typed and returns home', async ({
      page,
      counter,
    }) => {
      const set = await callApi(
        counter.hub.url,
        'settings.update',
        { kioskIdleSeconds: 15, kioskCountdownSeconds: 5 },
        counter.adminToken,
      );
      expect(set.status).toBe(200);
      await page.clock.install();
      const kiosk = new KioskPage(page);
      await kiosk.goto();

      await test.step('the citizen starts a declaration and types a name', async () => {
        await page.goto('/kiosk/procedure/1.000894');
        await page.getByRole('button', { name: 'Khai thông tin để nộp hồ sơ' }).click();
        await expect(page).toHaveURL(/\/kiosk\/declare\/1\.000894$/u);
        await expect(kiosk.field('Họ và tên')).toBeFocused();
        await kiosk.tap('nguyeenx vawn anh');
        await expect(kiosk.field('Họ và tên')).toHaveValue(NAME);
      });

      await test.step('"still here" keeps the form', async () => {
        await page.clock.fastForward(15_000);
        const dialog = page.getByRole('alertdialog', { name: 'Ông/bà còn ở đây không?' });
        await expect(dialog).toBeVisible();
        await expect(dialog).toContainText(/sau \d+ giây/u);
        await dialog.getByRole('button', { name: 'Tôi vẫn đang dùng' }).click();
        await expect(dialog).toHaveCount(0);
        await expect(kiosk.field('Họ và tên')).toHaveValue(NAME);
      });

      await test.step('a new quiet time and no answer: home, nothing left', async () => {
        await kiosk.setTextSize('A++');
        await kiosk.setLanguage('English');
        await expect(
          page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'A++' }),
        ).toHaveAttribute('aria-pressed', 'true');
        await page.clock.fastForward(15_000);
        await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
        await page.clock.fastForward(5_000);
        await expect(
          page.getByRole('heading', { level: 1, name: 'Xin chào! Ông/bà cần làm gì?' }),
        ).toBeVisible();
        await expect(page).toHaveURL(/\/kiosk$/u);
        await expect(page.getByRole('alertdialog')).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        await expect(page.getByRole('button', { name: 'A', exact: true })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        const memory = await pageMemory(page);
        expect(memory).not.toContain(NAME);
        expect(memory).not.toContain('Nguy');
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      });

      await test.step('browser Back after the reset does not lead to the citizen’s pages', async () => {
        await page.goBack();
        await expect(page).not.toHaveURL(/\/kiosk\/(declare|procedure)/u);
        await expect(kiosk.field('Họ và tên')).toHaveCount(0);
      });

      await test.step('going back to the form finds it empty', async () => {
        await page.goto('/kiosk/declare/1.000894');
        await expect(kiosk.field('Họ và tên')).toHaveValue('');
      });
    });
  });
}

test('the home screen with nothing to clear never asks', async ({ page, counter }) => {
  const set = await callApi(
    counter.hub.url,
    'settings.update',
    { kioskIdleSeconds: 15, kioskCountdownSeconds: 5 },
    counter.adminToken,
  );
  expect(set.status).toBe(200);
  await page.clock.install();
  const kiosk = new KioskPage(page);
  await kiosk.goto();
  await page.clock.fastForward(60_000);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Xin chào! Ông/bà cần làm gì?' }),
  ).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
