/**
 * `npm run screenshots [-- --out DIR]`: starts a hub with a virtual printer, walks every kiosk screen
 * at 1080×1920 (portrait) and 1920×1080 (landscape) and the officer's screens, and writes a PNG of each.
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
    let lastDeclaration = '';
    for (const [orientation, viewport] of Object.entries(SIZES)) {
      const page = await browser.newPage({ baseURL: hub.url, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      const kiosk = new KioskPage(page);
      await kiosk.goto();
      await shot(page, `kiosk-home-${orientation}`);
      await kiosk.search('dang ky khai sinh');
      await shot(page, `kiosk-search-${orientation}`);
      await kiosk.openProcedure(0);
      await shot(page, `kiosk-procedure-${orientation}`);
      await page.getByRole('button', { name: 'Khai thông tin để nộp hồ sơ' }).click();
      await kiosk.fillDeclaration({ ...citizen, idNumber: '12345' });
      await kiosk.submitDeclaration();
      await shot(page, `kiosk-declare-error-${orientation}`);
      await kiosk.field('Số CCCD').fill(citizen.idNumber);
      await kiosk.submitDeclaration();
      await page.getByRole('status', { name: 'Mã tờ khai' }).waitFor();
      lastDeclaration = ((await page.getByRole('status', { name: 'Mã tờ khai' }).textContent()) ?? '').trim();
      await shot(page, `kiosk-declared-${orientation}`);
      const lookup = new LookupPage(page);
      await lookup.goto();
      await shot(page, `kiosk-lookup-${orientation}`);
      await lookup.lookup(lastDeclaration);
      await shot(page, `kiosk-lookup-result-${orientation}`);
      await page.close();
    }
    const page = await browser.newPage({ baseURL: hub.url, viewport: SIZES.landscape, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const officer = new OfficerPage(page);
    await officer.signIn('canbo1', 'matkhau-canbo-1');
    await shot(page, 'officer-work');
    await officer.open(lastDeclaration);
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
