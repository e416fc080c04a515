/**
 * `npm run screenshots [-- --out DIR] [--care-only]`: starts a hub with a virtual printer, walks every kiosk screen
 * (home, search, browse, procedure, declare, done, ticket, lookup, rating, idle prompt) and the
 * hall display at 1080×1920 (portrait) and 1920×1080 (landscape), then at 1920×1080 the officer's
 * screens (work, accept, a dossier with its actions, the supplement, return and delay forms, log book,
 * statistics) and the admin's tabs (procedures, calendar, printing, devices, staff, counters, settings), and
 * writes a PNG of each; the issue-14 kiosk and hall screens (`care-*`, scripts/screenshots-care.ts) too.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { callApi, repoRoot, startHub } from '../test/support/hub-process';
import { startVirtualPrinter } from '../test/support/virtual-printer';
import { KioskPage } from '../test/e2e/pages/KioskPage';
import { OfficerPage } from '../test/e2e/pages/OfficerPage';
import { LookupPage } from '../test/e2e/pages/LookupPage';
import { DisplayPage } from '../test/e2e/pages/DisplayPage';
import { AdminPage } from '../test/e2e/pages/AdminPage';
import { careScreens } from './screenshots-care';

const { values } = parseArgs({
  options: { out: { type: 'string' }, 'care-only': { type: 'boolean' } },
});
const outDir = path.resolve(values.out ?? path.join(repoRoot, 'screenshots'));
const citizen = {
  fullName: 'Hoàng Quốc Việt',
  idNumber: '001090012345',
  phone: '0912345678',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};
const ID_CARD = '1.014063';
const MARRIAGE_STATUS = '1.004873';
const SIZES = { portrait: { width: 1080, height: 1920 }, landscape: { width: 1920, height: 1080 } };

async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function desk(browser: Browser, baseURL: string): Promise<Page> {
  return browser.newPage({
    baseURL,
    viewport: SIZES.landscape,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
}

/** One operation for the screens' data; a refusal stops the script with the hub's message. */
async function api(
  url: string,
  op: string,
  body: unknown,
  token?: string,
): Promise<Record<string, unknown>> {
  const r = await callApi(url, op, body, token);
  if (r.status !== 200) throw new Error(`${op}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as Record<string, unknown>;
}

/** Accepts a dossier at the counter through the API; resolves with its code. */
async function acceptDossier(
  url: string,
  token: string,
  procedureCode: string,
  applicant: typeof citizen,
): Promise<string> {
  return (await api(url, 'dossiers.accept', { procedureCode, applicant }, token))
    .dossierCode as string;
}

/** The officer's day: counters and a queue, declarations waiting, dossiers at every stage. */
async function officerScreens(
  browser: Browser,
  url: string,
  tokens: { admin: string; officer: string },
): Promise<void> {
  await api(
    url,
    'queue.setCounters',
    {
      counters: [
        { number: 1, name: 'Quầy số 1', fields: [] },
        { number: 2, name: 'Quầy số 2', fields: ['Hộ tịch'] },
      ],
    },
    tokens.admin,
  );
  for (let i = 0; i < 3; i += 1) await api(url, 'queue.take', {});
  await api(url, 'dossiers.declare', {
    procedureCode: MARRIAGE_STATUS,
    applicant: { ...citizen, fullName: 'Nguyễn Thị Lan' },
  });
  const handled = await acceptDossier(url, tokens.officer, ID_CARD, {
    ...citizen,
    fullName: 'Lê Văn Thành',
  });
  await api(
    url,
    'dossiers.handOver',
    { code: handled, toUnit: 'Công an xã Hòa An', receiver: 'Nguyễn Văn Hùng' },
    tokens.officer,
  );
  await api(url, 'dossiers.receiveBack', { code: handled }, tokens.officer);
  const toSupplement = await acceptDossier(url, tokens.officer, MARRIAGE_STATUS, {
    ...citizen,
    fullName: 'Phạm Thu Hà',
  });
  const ready = await acceptDossier(url, tokens.officer, ID_CARD, {
    ...citizen,
    fullName: 'Đỗ Minh Quân',
  });
  await api(url, 'dossiers.markReady', { code: ready }, tokens.officer);

  const page = await desk(browser, url);
  const officer = new OfficerPage(page);
  await officer.signIn('canbo1', 'matkhau-canbo-1');
  await page.getByLabel('Chọn quầy của bạn').selectOption({ label: 'Quầy số 1' });
  await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await page.getByRole('status', { name: 'Đang phục vụ số' }).getByText(/\d/u).waitFor();
  await page
    .getByRole('region', { name: /^Tờ khai đang chờ/u })
    .getByRole('button')
    .first()
    .waitFor();
  await shot(page, 'officer-work');
  // The kiosk's declarations were accepted for the lookup screens; the officer gets a fresh one.
  const fresh = await api(url, 'dossiers.declare', {
    procedureCode: '1.001193',
    applicant: citizen,
  });
  await officer.open(fresh.code as string);
  await shot(page, 'officer-accept-form');
  await officer.tickAllDocuments();
  await officer.accept();
  await shot(page, 'officer-accepted');
  await dossierScreens(officer, { handled, toSupplement, ready });
  await reportScreens(page);
  await page.close();
}

/** One dossier with its history and actions, then each action's form on a dossier it suits. */
async function dossierScreens(
  officer: OfficerPage,
  codes: { handled: string; toSupplement: string; ready: string },
): Promise<void> {
  const { page } = officer;
  await officer.open(codes.handled);
  await page.getByRole('region', { name: 'Phiếu kiểm soát quá trình giải quyết' }).waitFor();
  await shot(page, 'officer-dossier');
  await officer.action('Hẹn lại ngày trả');
  const delay = officer.form('Xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)');
  await delay.getByLabel('Lý do').fill('Cần thêm thời gian xác minh thông tin với Công an xã');
  await shot(page, 'officer-delay-form');

  await officer.open(codes.toSupplement);
  await officer.action('Yêu cầu bổ sung');
  const supplement = officer.form('Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)');
  await supplement.getByRole('checkbox').first().check();
  await supplement.getByLabel(/Giấy tờ khác cần bổ sung/u).fill('Bản sao sổ hộ khẩu cũ');
  await supplement.getByLabel('Lý do').fill('Thiếu giấy tờ chứng minh nơi cư trú trước đây');
  await shot(page, 'officer-supplement-form');

  await officer.open(codes.ready);
  await officer.action('Trả kết quả');
  const giveBack = officer.form('Trả kết quả cho người dân');
  await giveBack.getByLabel(/^Số biên lai/u).fill('BL-000123');
  await shot(page, 'officer-return-form');
}

/** The log book and the statistics of the current month. */
async function reportScreens(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Chức năng' });
  await nav.getByRole('link', { name: 'Sổ theo dõi' }).click();
  await page
    .getByRole('table', { name: /^Sổ theo dõi hồ sơ/u })
    .locator('tbody tr')
    .first()
    .waitFor();
  await shot(page, 'officer-logbook');
  await nav.getByRole('link', { name: 'Thống kê' }).click();
  await page.locator('.figure', { hasText: 'Hồ sơ tiếp nhận' }).waitFor();
  await page.getByRole('region', { name: 'Theo hình thức nộp' }).locator('svg').first().waitFor();
  await shot(page, 'officer-stats');
}

/** Every admin tab, each once its data has arrived. */
async function adminScreens(browser: Browser, url: string, password: string): Promise<void> {
  const page = await desk(browser, url);
  const admin = new AdminPage(page);
  await admin.signIn(password, 'procedures');
  await admin.searchProcedures('khai sinh');
  await shot(page, 'admin-procedures');
  await page.getByRole('button', { name: 'Sửa: Thủ tục đăng ký khai sinh', exact: true }).click();
  await page.getByRole('heading', { name: /^Sửa thủ tục /u }).waitFor();
  await shot(page, 'admin-procedure-edit');

  await admin.tab('Lịch làm việc');
  const year = new Date().getFullYear();
  await admin.day(`01/01/${year}`).click();
  await page.getByRole('form', { name: `Ngày 01/01/${year}` }).waitFor();
  await shot(page, 'admin-calendar');
  await admin.tab('Máy in');
  await admin.journalRows().first().waitFor();
  await shot(page, 'admin-printing');
  await admin.tab('Thiết bị');
  await page.getByRole('textbox', { name: /^Tên thiết bị/u }).fill('Kiosk sảnh');
  await page.getByRole('button', { name: 'Tạo mã ghép nối' }).click();
  await page.getByTestId('pairing-code').waitFor();
  await shot(page, 'admin-devices');
  await admin.tab('Tài khoản');
  await page.getByRole('cell', { name: 'canbo1', exact: true }).waitFor();
  await shot(page, 'admin-staff');
  await admin.tab('Quầy');
  await page.getByRole('textbox', { name: 'Tên quầy 2' }).waitFor();
  await shot(page, 'admin-counters');
  await admin.tab('Đơn vị');
  await page.getByRole('textbox', { name: 'Tên đơn vị' }).waitFor();
  await shot(page, 'admin-settings');
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const printer = await startVirtualPrinter();
  // Both orientations declare and print within a minute from one address: past the kiosk pace.
  const hub = await startHub({ printer: printer.uri, env: { MOTCUA_KIOSK_PER_MINUTE: '600' } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const login = await callApi(hub.url, 'auth.login', {
      username: 'admin',
      password: hub.adminPassword,
    });
    const admin = (login.body as { token: string }).token;
    await callApi(
      hub.url,
      'staff.create',
      {
        username: 'canbo1',
        password: 'matkhau-canbo-1',
        fullName: 'Trần Thị Bình',
        role: 'officer',
      },
      admin,
    );
    const officerToken = (
      (await callApi(hub.url, 'auth.login', { username: 'canbo1', password: 'matkhau-canbo-1' }))
        .body as { token: string }
    ).token;
    // A portal address for the procedure pages' QR code (the sample catalog carries none).
    const proc = (await callApi(hub.url, 'catalog.get', { code: '1.000894' })).body as Record<
      string,
      unknown
    >;
    await callApi(
      hub.url,
      'catalog.update',
      {
        procedure: {
          ...proc,
          portalUrl:
            'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894',
        },
      },
      admin,
    );
    for (const [orientation, viewport] of Object.entries(values['care-only'] ? {} : SIZES)) {
      const page = await browser.newPage({
        baseURL: hub.url,
        viewport,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
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
      await page
        .getByText(/12 chữ số/u)
        .first()
        .waitFor();
      await kiosk.closeKeyboard();
      await shot(page, `kiosk-declare-error-${orientation}`);
      await kiosk.field('Số CCCD').fill(citizen.idNumber);
      await kiosk.closeKeyboard();
      await kiosk.submitDeclaration();
      await page.getByRole('status', { name: 'Mã tờ khai' }).waitFor();
      const lastDeclaration = (
        (await page.getByRole('status', { name: 'Mã tờ khai' }).textContent()) ?? ''
      ).trim();
      await shot(page, `kiosk-declared-${orientation}`);
      await kiosk.takeTicket();
      await shot(page, `kiosk-ticket-${orientation}`);
      await kiosk.goHome();
      await page.getByRole('button', { name: 'Lấy số thứ tự' }).click();
      await page.getByRole('button', { name: /^Hộ tịch/u }).waitFor();
      await shot(page, `kiosk-ticket-fields-${orientation}`);
      const accepted = await callApi(
        hub.url,
        'dossiers.accept',
        { declarationCode: lastDeclaration },
        officerToken,
      );
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
      await page
        .getByRole('status')
        .filter({ hasText: /Tìm thấy/u })
        .waitFor();
      await kiosk.closeKeyboard();
      await shot(page, `kiosk-search-a++-${orientation}`);
      const settings = (await callApi(hub.url, 'settings.get', {})).body as {
        kioskIdleSeconds: number;
      };
      await page.clock.fastForward(settings.kioskIdleSeconds * 1000);
      await page.getByRole('alertdialog').waitFor();
      await shot(page, `kiosk-idle-prompt-${orientation}`);
      await page.close();

      const tvPage = await browser.newPage({
        baseURL: hub.url,
        viewport,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      await callApi(hub.url, 'queue.callNext', { counter: 1 }, officerToken);
      const tv = new DisplayPage(tvPage);
      await tv.goto();
      await tv.nowCalling.getByText(/^\d{4}$/u).waitFor();
      await shot(tvPage, `display-${orientation}`);
      await tvPage.close();
    }
    for (const [orientation, viewport] of Object.entries(SIZES))
      await careScreens(
        { browser, url: hub.url, admin, officer: officerToken, printer, outDir, shot },
        orientation,
        viewport,
      );
    if (!values['care-only']) {
      await officerScreens(browser, hub.url, { admin, officer: officerToken });
      await adminScreens(browser, hub.url, hub.adminPassword);
    }
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
