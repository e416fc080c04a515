/**
 * A ticket taken outside office time (07:00–11:30, 13:30–17:00, Monday to Friday by default; the
 * hub's calendar knows the holidays) does not promise "ông/bà sắp được mời": before opening the
 * kiosk says when the counters open, on another day's opening that numbers are called only in
 * office hours. The hub's clock is set to Monday 7 December 2026, 05:00; the other two cases
 * change only the hub's `servingFrom` on its way to the page.
 */
import { test, expect, useCounter } from './fixtures';
import { KioskPage } from './pages/KioskPage';
import type { Page } from '@playwright/test';

useCounter({ now: '2026-12-07T05:00:00+07:00' });
test.use({ viewport: { width: 1080, height: 1920 } });

async function takeGeneralTicket(kiosk: KioskPage): Promise<void> {
  await kiosk.goto();
  await kiosk.page.getByRole('button', { name: /^Lấy số thứ tự/u }).click();
  await kiosk.page.getByRole('button', { name: /Việc khác/u }).click();
  await kiosk.ticketShown();
}

/** The hub's answer to queue.take with `servingFrom` replaced (undefined: removed). */
async function servingFrom(page: Page, value: string | undefined): Promise<void> {
  await page.route('**/api/queue.take', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as Record<string, unknown>;
    if (value === undefined) delete body.servingFrom;
    else body.servingFrom = value;
    await route.fulfill({ response, json: body });
  });
}

test('before opening the ticket says when the counters open', async ({ page }) => {
  const kiosk = new KioskPage(page);
  await takeGeneralTicket(kiosk);
  await expect(
    page.getByText('Bộ phận bắt đầu làm việc lúc 07:00.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(/sắp được mời/u)).toHaveCount(0);
  await expect(page.getByText(/Thời gian chờ dự kiến/u)).toHaveCount(0);
});

test('when the counters serve only on another day the ticket says so', async ({ page }) => {
  await servingFrom(page, '2026-12-08T07:00:00+07:00');
  const kiosk = new KioskPage(page);
  await takeGeneralTicket(kiosk);
  await expect(page.getByText(/ngoài giờ làm việc/u)).toBeVisible();
  await expect(page.getByText(/sắp được mời/u)).toHaveCount(0);
});

test('in office time the ticket says nothing about opening', async ({ page }) => {
  await servingFrom(page, undefined);
  const kiosk = new KioskPage(page);
  await takeGeneralTicket(kiosk);
  await expect(page.getByText(/đang chờ trước ông\/bà|sắp được mời/u)).toBeVisible();
  await expect(page.getByText(/bắt đầu làm việc lúc|ngoài giờ làm việc/u)).toHaveCount(0);
});
