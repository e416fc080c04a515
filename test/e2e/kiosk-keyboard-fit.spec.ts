/**
 * The field being typed stays in sight above the on-screen keyboard in both orientations and at
 * every text size, the submit button is reachable, and the keyboard and the idle question grow
 * with A+ / A++ (issue 14: "the keyboard covers the submit button in landscape").
 */
import { test, expect, useCounter } from './fixtures';
import { callApi } from '../support/hub-process';
import { KioskPage } from './pages/KioskPage';
import type { Locator, Page } from '@playwright/test';

useCounter();

const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;
const FIELDS = ['Họ và tên', 'Số CCCD', 'Số điện thoại', 'Địa chỉ', 'Email'] as const;

async function box(l: Locator): Promise<{ top: number; bottom: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('not laid out');
  return { top: b.y, bottom: b.y + b.height };
}

/** The focused field lies inside the viewport, wholly above the open keyboard. */
async function expectAboveKeyboard(page: Page, kiosk: KioskPage, field: Locator): Promise<void> {
  await expect(field).toBeFocused();
  const board = kiosk.keyboard.or(kiosk.numberPad);
  await expect(board).toBeVisible();
  const height = page.viewportSize()?.height ?? 0;
  await expect
    .poll(async () => {
      const [f, k] = [await box(field), await box(board)];
      return f.top >= 0 && f.bottom <= k.top && k.bottom <= height + 1;
    })
    .toBe(true);
}

/** Font size and height in px of a letter key of the open keyboard. */
async function keySize(kiosk: KioskPage): Promise<{ font: number; height: number }> {
  return kiosk.keyboard.getByRole('button', { name: 'a', exact: true }).evaluate((el) => ({
    font: parseFloat(getComputedStyle(el).fontSize),
    height: el.getBoundingClientRect().height,
  }));
}

for (const [orientation, viewport] of Object.entries(SIZES)) {
  test.describe(orientation, () => {
    test.use({ viewport });

    test('every declaration field, tapped or reached with "Xong", stays above the keyboard at A and A++', async ({
      page,
    }) => {
      const kiosk = new KioskPage(page);
      await kiosk.goto();
      for (const size of ['A', 'A++'] as const) {
        await kiosk.setTextSize(size);
        await page.goto('/kiosk/declare/1.000894');
        await kiosk.setTextSize(size);
        for (const label of FIELDS) {
          const field = kiosk.field(label);
          await field.click();
          await expectAboveKeyboard(page, kiosk, field);
        }
        // "Xong" on the address moves on to the e-mail, the last field: it and "Gửi tờ khai" are in sight.
        await kiosk.field('Địa chỉ').click();
        await kiosk.tapDone();
        await expectAboveKeyboard(page, kiosk, kiosk.field('Email'));
        const submit = page.getByRole('button', { name: 'Gửi tờ khai' });
        const [s, k] = [await box(submit), await box(kiosk.keyboard)];
        expect(s.bottom).toBeLessThanOrEqual(k.top);
        expect(s.top).toBeGreaterThanOrEqual(0);
        await submit.focus();
        await expect(kiosk.keyboard.or(kiosk.numberPad)).toHaveCount(0);
        await expect(submit).toBeInViewport({ ratio: 1 });
      }
    });

    test('the keyboard and the idle question grow with A++', async ({ page, counter }) => {
      const kiosk = new KioskPage(page);
      const settings = await callApi(counter.hub.url, 'settings.get', {});
      const idleMs = (settings.body.kioskIdleSeconds as number) * 1000;
      await page.clock.install();
      await page.goto('/kiosk/declare/1.000894');
      await kiosk.field('Địa chỉ').click();
      const small = await keySize(kiosk);
      await kiosk.setTextSize('A++');
      await kiosk.field('Địa chỉ').click();
      const large = await keySize(kiosk);
      expect(large.font).toBeGreaterThan(small.font);
      expect(large.height).toBeGreaterThan(small.height);

      // The idle question at A++ is larger than at A.
      const dialogFont = async () => {
        await page.clock.fastForward(idleMs);
        const dialog = page.getByRole('alertdialog');
        await expect(dialog).toBeVisible();
        const px = await dialog.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        await dialog.getByRole('button').first().click();
        await expect(dialog).toHaveCount(0);
        return px;
      };
      const atLarge = await dialogFont();
      await kiosk.setTextSize('A');
      expect(atLarge).toBeGreaterThan(await dialogFont());
    });
  });
}
