/**
 * Every kiosk screen at 1080×1920 and 1920×1080: no serious or critical axe violations, touch
 * targets ≥ 64 px, text ≥ 20 px, no horizontal scrolling (also at the largest text size).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, useCounter, OFFICER } from './fixtures';
import { callApi } from '../support/hub-process';
import { KioskPage } from './pages/KioskPage';
import { LookupPage } from './pages/LookupPage';
import { checkScreen } from './kiosk-checks';

useCounter();

const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;

for (const [orientation, viewport] of Object.entries(SIZES)) {
  test.describe(orientation, () => {
    test.use({ viewport });

    test('every kiosk screen passes axe, target size, text size and width checks', async ({
      page,
      counter,
    }) => {
      test.setTimeout(180_000);
      const findings: string[] = [];
      const kiosk = new KioskPage(page);
      const check = async (screen: string) => findings.push(...(await checkScreen(page, screen)));

      await kiosk.goto();
      await check('home');
      await kiosk.search('ket hon');
      await check('search with keyboard');
      await kiosk.closeKeyboard();
      await check('search results');
      await kiosk.openProcedure('Thủ tục đăng ký kết hôn');
      await check('procedure');
      await page.getByRole('button', { name: 'Khai thông tin để nộp hồ sơ' }).click();
      await expect(kiosk.keyboard).toBeVisible();
      await check('declare with keyboard');
      await kiosk.fillDeclaration({
        fullName: 'Lê Thị Hoa',
        idNumber: '123',
        phone: '0912345678',
        address: 'Xã Hòa An',
      });
      await kiosk.submitDeclaration();
      await expect(page.getByText(/12 chữ số/u).first()).toBeVisible();
      await kiosk.closeKeyboard();
      await check('declare with an error');
      await kiosk.field('Số CCCD').fill('001090012399');
      await kiosk.closeKeyboard();
      await kiosk.submitDeclaration();
      const code = page.getByRole('status', { name: 'Mã tờ khai' });
      await expect(code).toBeVisible();
      const declarationCode = ((await code.textContent()) ?? '').trim();
      await check('done');
      await kiosk.takeTicket();
      await check('ticket');
      await kiosk.goHome();
      await page.getByRole('button', { name: 'Lấy số thứ tự' }).click();
      await expect(page.getByRole('button', { name: /^Hộ tịch/u })).toBeVisible();
      await check('ticket fields');
      await kiosk.goHome();
      await page.getByRole('button', { name: 'Xem thủ tục theo lĩnh vực' }).click();
      await expect(page.getByRole('button', { name: /^Hộ tịch/u })).toBeVisible();
      await check('browse');
      await page.getByRole('button', { name: /^Hộ tịch/u }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Hộ tịch' })).toBeVisible();
      await check('field');

      const login = await callApi(counter.hub.url, 'auth.login', {
        username: OFFICER.username,
        password: OFFICER.password,
      });
      const accepted = await callApi(
        counter.hub.url,
        'dossiers.accept',
        { declarationCode },
        login.body.token as string,
      );
      expect(accepted.status).toBe(200);
      const lookup = new LookupPage(page);
      await lookup.goto();
      await check('lookup');
      await lookup.lookup(accepted.body.dossierCode as string);
      await check('lookup result');
      await page.getByRole('button', { name: 'Đánh giá sự hài lòng' }).click();
      await expect(page.getByRole('button', { name: 'Rất hài lòng' })).toBeVisible();
      await check('rating');
      await kiosk.rate('Bình thường');
      await check('thanks');

      await kiosk.goHome();
      await kiosk.setTextSize('A++');
      await kiosk.setLanguage('English');
      await check('home A++ English');
      await page.getByRole('button', { name: 'Browse procedures by field' }).click();
      await page.getByRole('button', { name: /^Hộ tịch/u }).click();
      await page.getByRole('button', { name: 'Thủ tục đăng ký kết hôn', exact: true }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký kết hôn' }),
      ).toBeVisible();
      await check('procedure A++ English');

      await page.goto('/display');
      await expect(page.getByRole('region', { name: 'Các quầy' })).toBeVisible();
      const axe = await new AxeBuilder({ page }).analyze();
      findings.push(
        ...axe.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `display: axe ${v.id}`),
      );
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
      ).toBe(true);

      expect(findings).toEqual([]);
    });
  });
}
