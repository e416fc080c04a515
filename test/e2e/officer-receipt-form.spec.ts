/** The officer prints the full A5 Mẫu 01 (two copies) of a dossier on the office printer. */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { OfficerPage } from './pages/OfficerPage';
import { callApi } from '../support/hub-process';

useCounter();

test('the A5 receipt form of a dossier opens with both copies, ready for the browser to print', async ({
  page,
  counter,
}) => {
  const login = await callApi(counter.hub.url, 'auth.login', {
    username: OFFICER.username,
    password: OFFICER.password,
  });
  const accepted = await callApi(
    counter.hub.url,
    'dossiers.accept',
    {
      procedureCode: '1.001193',
      applicant: {
        fullName: 'Đặng Thị Phượng',
        idNumber: '001190054321',
        phone: '0903123456',
        address: 'Xã Hòa An, tỉnh Cao Bằng',
      },
    },
    login.body.token as string,
  );
  const code = accepted.body.dossierCode as string;
  await page.setViewportSize({ width: 1920, height: 1080 });
  const officer = new OfficerPage(page);
  await officer.signIn(OFFICER.username, OFFICER.password);
  await officer.open(code);
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/u.test(m.text())) blocked.push(m.text().slice(0, 120));
  });
  await page.getByRole('button', { name: 'In Mẫu 01 (A5)' }).click();
  const form = page.frameLocator('iframe[title^="Giấy tiếp nhận hồ sơ"]');
  await expect(form.getByText('Liên 1: Lưu').first()).toBeVisible();
  // The form prints in the font it embeds (Vietnamese diacritics drawn as designed), not in
  // whatever the office PC falls back to: the screen's policy must not block it.
  const fonts = await page
    .frameLocator('iframe[title^="Giấy tiếp nhận hồ sơ"]')
    .locator('body')
    .evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
    });
  expect(fonts.some((f) => f.includes('MotCua Sans'))).toBe(true);
  expect(blocked).toEqual([]);
  await expect(form.getByText('Liên 2: Giao người nộp hồ sơ').first()).toBeVisible();
  await expect(form.getByText(code).first()).toBeVisible();
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
  await page.getByRole('dialog').getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
