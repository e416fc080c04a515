/**
 * `npm run screenshots [-- --out DIR]`: starts a hub with a virtual printer, walks every kiosk screen
 * (home, search, browse, procedure, declare, done, ticket, lookup, rating, idle prompt) and the
 * hall display at 1080×1920 (portrait) and 1920×1080 (landscape), then the officer's screens, and
 * writes a PNG of each.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { callApi, repoRoot, startHub } from '../test/support/hub-process';
import { startVirtualPrinter } from '../test/support/virtual-printer';
import { KioskPage } from '../test/e2e/pages/KioskPage';
import { OfficerPage } from '../test/e2e/pages/OfficerPage';
import { LookupPage } from '../test/e2e/pages/LookupPage';
import { DisplayPage } from '../test/e2e/pages/DisplayPage';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = path.resolve(values.out ?? path.join(repoRoot, 'screenshots'));
const citizen = { fullName: 'Hoàng Quốc Việt', idNumber: '001090012345', phone: '0912345678', address: 'Xã Hòa An, tỉnh Cao Bằng' };
const SIZES = { portrait: { width: 1080, height: 1920 }, landscape: { width: 1920, height: 1080 } };

async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const printer = await startVirtualPrinter();
  const hub = await startHub({ printer: printer.uri });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const login = await callApi(hub.url, 'auth.login', { username: 'admin', password: hub.adminPassword });
    const admin = (login.body as { token: string }).token;
    await callApi(hub.url, 'staff.create', { username: 'canbo1', password: 'matkhau-canbo-1', fullName: 'Trần Thị Bình', role: 'officer' }, admin);
    const officerToken = ((await callApi(hub.url, 'auth.login', { username: 'canbo1', password: 'matkhau-canbo-1' })).body as { token: string }).token;
    // A portal address for the procedure pages' QR code (the sample catalog carries none).
    const proc = (await callApi(hub.url, 'catalog.get', { code: '1.000894' })).body as Record<string, unknown>;
    await callApi(hub.url, 'catalog.update', { procedure: { ...proc, portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894' } }, admin);
    for (const [orientation, viewport] of Object.entries(SIZES)) {
      const page = await browser.newPage({ baseURL: hub.url, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      const kiosk = new KioskPage(page);
      await page.clock.install();
      await kiosk.goto();
      await shot(page, `kiosk-home-${orientation}`);
      await kiosk.search('dang ky ket hon');
      await shot(page, `kiosk-search-keyboard-${orientation}`);
      await kiosk.closeKeyboard();
      await shot(page, `kiosk-search-${orientation}`);
      await kiosk.goHome();
      await page.getByRole('button', { name: 'Xem thủ tục theo lĩnh vực' }).click();
      await page.getByRole('button', { name: /^Hộ tịch/u }).waitFor();
      await shot(page, `kiosk-browse-${orientation}`);
      await page.getByRole('button', { name: /^Hộ tịch/u }).click();
      await page.getByRole('heading', { level: 1, name: 'Hộ tịch' }).waitFor();
      await shot(page, `kiosk-browse-field-${orientation}`);
      await page.getByRole('button', { name: 'Thủ tục đăng ký kết hôn', exact: true }).click();
      await page.getByRole('img', { name: /Mã QR/u }).waitFor();
      await shot(page, `kiosk-procedure-${orientation}`);
      await page.getByRole('button', { name: 'Khai thông tin để nộp hồ sơ' }).click();
      await kiosk.tap('hoangf quoocs vieetj');
      await shot(page, `kiosk-declare-keyboard-${orientation}`);
      await kiosk.tapDone();
      await shot(page, `kiosk-declare-numberpad-${orientation}`);
      await kiosk.fillDeclaration({ ...citizen, idNumber: '12345' });
      await kiosk.submitDeclaration();
      await page.getByText(/12 chữ số/u).first().waitFor();
      await kiosk.closeKeyboard();
      await shot(page, `kiosk-declare-error-${orientation}`);
      await kiosk.field('Số CCCD').fill(citizen.idNumber);
      await kiosk.closeKeyboard();
      await kiosk.submitDeclaration();
      await page.getByRole('status', { name: 'Mã tờ khai' }).waitFor();
      const lastDeclaration = ((await page.getByRole('status', { name: 'Mã tờ khai' }).textContent()) ?? '').trim();
      await shot(page, `kiosk-declared-${orientation}`);
      await kiosk.takeTicket();
      await shot(page, `kiosk-ticket-${orientation}`);
      await kiosk.goHome();
      await page.getByRole('button', { name: 'Lấy số thứ tự' }).click();
      await page.getByRole('button', { name: /^Hộ tịch/u }).waitFor();
      await shot(page, `kiosk-ticket-fields-${orientation}`);
      const accepted = await callApi(hub.url, 'dossiers.accept', { declarationCode: lastDeclaration }, officerToken);
      const lookup = new LookupPage(page);
      await lookup.goto();
      await shot(page, `kiosk-lookup-${orientation}`);
      await lookup.lookup((accepted.body as { dossierCode: string }).dossierCode);
      await shot(page, `kiosk-lookup-result-${orientation}`);
      await page.getByRole('button', { name: 'Đánh giá sự hài lòng' }).click();
      await page.getByRole('button', { name: 'Rất hài lòng' }).waitFor();
      await shot(page, `kiosk-rating-${orientation}`);
      await kiosk.rate('Rất hài lòng');
      await shot(page, `kiosk-rating-thanks-${orientation}`);
      await page.getByRole('button', { name: 'Xong, về trang đầu' }).click();
      await kiosk.setTextSize('A++');
      await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
      await kiosk.searchBox.fill('khai sinh');
      await page.getByRole('status').filter({ hasText: /Tìm thấy/u }).waitFor();
      await kiosk.closeKeyboard();
      await shot(page, `kiosk-search-a++-${orientation}`);
      const settings = (await callApi(hub.url, 'settings.get', {})).body as { kioskIdleSeconds: number };
      await page.clock.fastForward(settings.kioskIdleSeconds * 1000);
      await page.getByRole('alertdialog').waitFor();
      await shot(page, `kiosk-idle-prompt-${orientation}`);
      await page.close();

      const tvPage = await browser.newPage({ baseURL: hub.url, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      await callApi(hub.url, 'queue.callNext', { counter: 1 }, officerToken);
      const tv = new DisplayPage(tvPage);
      await tv.goto();
      await tv.nowCalling.getByText(/^\d{4}$/u).waitFor();
      await shot(tvPage, `display-${orientation}`);
      await tvPage.close();
    }
    const page = await browser.newPage({ baseURL: hub.url, viewport: SIZES.landscape, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const officer = new OfficerPage(page);
    await officer.signIn('canbo1', 'matkhau-canbo-1');
    await shot(page, 'officer-work');
    // The kiosk's declarations were accepted for the lookup screens; the officer gets a fresh one.
    const fresh = await callApi(hub.url, 'dossiers.declare', { procedureCode: '1.001193', applicant: citizen });
    await officer.open((fresh.body as { code: string }).code);
    await shot(page, 'officer-accept-form');
    await officer.tickAllDocuments();
    await officer.accept();
    await shot(page, 'officer-accepted');
  } finally {
    await browser.close();
    await hub.stop();
    await printer.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
