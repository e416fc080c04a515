/** The admin changes the office hours; the due dates the counter promises follow at once. */
import { test, expect, useCounter } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { callApi } from '../support/hub-process';

useCounter();

test('office hours set on the settings tab move the closing time of a same-day dossier', async ({
  page,
  counter,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const admin = new AdminPage(page);
  await admin.signIn(counter.hub.adminPassword, 'settings');
  const periods = page.getByRole('textbox', { name: /Giờ làm việc/u });
  await expect(periods).toHaveValue('07:00-11:30, 13:30-17:00');
  await periods.fill('07:00-11:30; 13:00');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(/ghi các buổi dạng 07:00-11:30/u).first()).toBeVisible();
  await periods.fill('07:30-11:30, 13:00-16:30');
  await page.getByRole('checkbox', { name: 'T7' }).check();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT, fullPage: true });
  const due = await callApi(counter.hub.url, 'calendar.dueDate', {
    from: '2026-12-02T09:00:00+07:00',
    amount: 0,
    unit: 'same_day',
  });
  expect(due.body.dueAt).toBe('2026-12-02T16:30:00+07:00');
  const saturday = await callApi(counter.hub.url, 'calendar.dueDate', {
    from: '2026-12-05T09:00:00+07:00',
    amount: 0,
    unit: 'same_day',
  });
  expect(saturday.body.dueAt).toBe('2026-12-05T16:30:00+07:00');
});
