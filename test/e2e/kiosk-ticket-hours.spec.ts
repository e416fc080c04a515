/**
 * A ticket taken outside office hours (07:00–11:30, 13:30–17:00, Monday to Friday by default) does
 * not promise "ông/bà sắp được mời": before opening the kiosk says when the counters open, after
 * hours that numbers are called only in office hours. The kiosk's clock is set; the hub's is real.
 */
import { test, expect, useCounter } from './fixtures';
import { KioskPage } from './pages/KioskPage';

useCounter();
test.use({ viewport: { width: 1080, height: 1920 } });

async function takeGeneralTicket(kiosk: KioskPage): Promise<void> {
  await kiosk.goto();
  await kiosk.page.getByRole('button', { name: /^Lấy số thứ tự/u }).click();
  await kiosk.page.getByRole('button', { name: /Việc khác/u }).click();
  await kiosk.ticketShown();
}

test('before opening the ticket says when the counters open', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T05:00:00+07:00')); // a Monday, 05:00
  const kiosk = new KioskPage(page);
  await takeGeneralTicket(kiosk);
  await expect(
    page.getByText('Bộ phận bắt đầu làm việc lúc 07:00.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(/sắp được mời/u)).toHaveCount(0);
  await expect(page.getByText(/Thời gian chờ dự kiến/u)).toHaveCount(0);
});

test('on Sunday the ticket says numbers are called only in office hours', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-06T09:00:00+07:00'));
  const kiosk = new KioskPage(page);
  await takeGeneralTicket(kiosk);
  await expect(page.getByText(/ngoài giờ làm việc/u)).toBeVisible();
  await expect(page.getByText(/sắp được mời/u)).toHaveCount(0);
});

test('in office hours the ticket says nothing about opening', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T09:00:00+07:00'));
  const kiosk = new KioskPage(page);
  await takeGeneralTicket(kiosk);
  await expect(page.getByText(/đang chờ trước ông\/bà/u)).toBeVisible();
  await expect(page.getByText(/bắt đầu làm việc lúc|ngoài giờ làm việc/u)).toHaveCount(0);
});
