/**
 * The admin sets what the forms of Thông tư 03/2025/TT-VPCP print about the unit: the agency above
 * it (the heading's first line), the place before the date, the contact for help on Mẫu 02 and the
 * head who signs Mẫu 04 and 05, plus how far an officer may move a due date.
 */
import { test, expect, useCounter } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { callApi } from '../support/hub-process';

useCounter();

test('the unit tab edits the forms’ heading, place, contact and signer, and keeps them', async ({
  page,
  counter,
}) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const admin = new AdminPage(page);
  await admin.signIn(counter.hub.adminPassword, 'settings');
  await page.getByRole('textbox', { name: /^Cơ quan cấp trên/u }).fill('UBND TỈNH CAO BẰNG');
  await page.getByRole('textbox', { name: /^Địa danh ghi trên các mẫu/u }).fill('Hòa An');
  await page
    .getByRole('textbox', { name: /^Liên hệ khi cần hướng dẫn/u })
    .fill('Quầy số 1, điện thoại 0206 3852 111');
  await page.getByRole('textbox', { name: /^Họ tên thủ trưởng cơ quan/u }).fill('Nông Văn Hùng');
  await page.getByRole('spinbutton', { name: /lùi ngày hẹn trả/u }).fill('5');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();

  const got = await callApi(counter.hub.url, 'settings.get', {}, counter.adminToken);
  expect(got.body).toMatchObject({
    parentAgency: 'UBND TỈNH CAO BẰNG',
    place: 'Hòa An',
    contact: 'Quầy số 1, điện thoại 0206 3852 111',
    headName: 'Nông Văn Hùng',
    dueOverrideMaxDays: 5,
  });

  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Cơ quan cấp trên/u })).toHaveValue(
    'UBND TỈNH CAO BẰNG',
  );
  await expect(page.getByRole('textbox', { name: /^Họ tên thủ trưởng cơ quan/u })).toHaveValue(
    'Nông Văn Hùng',
  );
});
