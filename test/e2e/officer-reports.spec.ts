/** The log book and the statistics as the head of unit reads them: rows, Excel file, A4 print view, figures. */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { OfficerPage } from './pages/OfficerPage';
import { callApi } from '../support/hub-process';

const NOW = '2026-03-02T09:00:00+07:00';
useCounter({ now: NOW });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

test("the log book lists the day's dossiers, exports an Excel file and shows the A4 print view; the statistics count them", async ({
  page,
  counter,
}) => {
  const login = await callApi(counter.hub.url, 'auth.login', {
    username: OFFICER.username,
    password: OFFICER.password,
  });
  const token = login.body.token as string;
  const applicant = {
    fullName: 'Đỗ Minh Quân',
    idNumber: '001099007777',
    phone: '0903123456',
    address: 'Xóm Bãi, xã Tây Tựu, Hà Nội',
  };
  const codes: string[] = [];
  for (const procedureCode of ['1.014063', '1.004873']) {
    const r = await callApi(
      counter.hub.url,
      'dossiers.accept',
      { procedureCode, applicant },
      token,
    );
    expect(r.status).toBe(200);
    codes.push(r.body.dossierCode as string);
  }
  expect(
    (await callApi(counter.hub.url, 'dossiers.markReady', { code: codes[0] }, token)).status,
  ).toBe(200);

  const officer = new OfficerPage(page);
  await officer.signIn(OFFICER.username, OFFICER.password);
  await page
    .getByRole('navigation', { name: 'Chức năng' })
    .getByRole('link', { name: 'Sổ theo dõi' })
    .click();

  await test.step('the table has one row per dossier with the applicant and the handling agency', async () => {
    const table = page.getByRole('table', { name: /^Sổ theo dõi hồ sơ/u });
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await expect(table.getByRole('row').filter({ hasText: codes[0] })).toContainText(
      'Đã có kết quả',
    );
    await expect(table.getByRole('row').filter({ hasText: codes[1] })).toContainText(
      'Đỗ Minh Quân',
    );
  });

  await test.step('a status filter keeps only the matching dossiers', async () => {
    await page.getByLabel('Trạng thái').selectOption({ label: 'Đã có kết quả' });
    await page.getByRole('button', { name: 'Xem' }).click();
    await expect(
      page.getByRole('table', { name: /^Sổ theo dõi hồ sơ/u }).locator('tbody tr'),
    ).toHaveCount(1);
  });

  await test.step('"Xuất Excel" downloads an .xlsx file', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/u);
  });

  await test.step('"In (A4)" shows the print view with the dossier', async () => {
    await page.getByRole('button', { name: 'In (A4)' }).first().click();
    const frame = page.frameLocator('iframe[title="Bản in A4"]');
    await expect(frame.getByText(codes[0])).toBeVisible();
  });

  await test.step('the statistics count the dossiers received and completed', async () => {
    await page
      .getByRole('navigation', { name: 'Chức năng' })
      .getByRole('link', { name: 'Thống kê' })
      .click();
    await expect(
      page.locator('.figure', { hasText: 'Hồ sơ tiếp nhận' }).getByRole('definition'),
    ).toHaveText('2');
    await expect(
      page.locator('.figure', { hasText: 'Hồ sơ đã có kết quả' }).getByRole('definition'),
    ).toHaveText('1');
    await expect(
      page.getByRole('region', { name: 'Theo hình thức nộp' }).locator('svg').first(),
    ).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(OFFICER.fullName, 'u') })).toContainText(
      '2',
    );
  });
});
