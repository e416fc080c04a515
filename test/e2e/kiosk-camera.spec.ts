/**
 * The CCCD QR read by the kiosk's camera (issue 14, item 1), in Chromium's fake camera playing a
 * Y4M file made from the `qrcode` matrix (test/support/qr-video.ts), one browser per video: the
 * card's QR fills name, ID and address and shows birth date and gender to confirm, and the
 * declaration sent keeps only what the form holds; another QR says so and fills nothing; a camera
 * seeing no QR stops on Cancel, after 60 s, on leaving the screen and on the idle reset. No
 * camera: no button. The open panel passes the kiosk's axe, target and text checks.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserType, LaunchOptions, Page } from '@playwright/test';
import { test, expect, useCounter, OFFICER, type Counter } from './fixtures';
import { callApi } from '../support/hub-process';
import { writeQrY4m } from '../support/qr-video';
import { checkScreen } from './kiosk-checks';
import { KioskPage } from './pages/KioskPage';

useCounter();

const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;
const DECLARE = '/kiosk/declare/1.001193';
const CCCD =
  '001090012345|123456789|Nguyễn Văn Anh|15031990|Nam|Số 12 ngõ 5 Park Hill, xã Hòa An|01072021';
const SHOTS = process.env.MOTCUA_SHOTS_DIR;

const videos = mkdtempSync(path.join(tmpdir(), 'motcua-camera-'));
test.afterAll(() => rmSync(videos, { recursive: true, force: true }));

/** A browser whose only camera plays `text` as a QR (null: a camera seeing no QR). */
function cameraBrowser(
  browserType: BrowserType,
  launchOptions: LaunchOptions,
  name: string,
  text: string | null,
): Promise<Browser> {
  const video = writeQrY4m(path.join(videos, `${name}.y4m`), text);
  return browserType.launch({
    ...launchOptions,
    args: [
      ...(launchOptions.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}

/** A kiosk page in that browser; every camera stream the page opens is kept in reach of the test. */
async function kioskPage(
  browser: Browser,
  counter: Counter,
  viewport: { width: number; height: number } = SIZES.portrait,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: counter.hub.url,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __streams: MediaStream[] };
    w.__streams = [];
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      w.__streams.push(stream);
      return stream;
    };
  });
  return context.newPage();
}

/** A screenshot for the eye, when MOTCUA_SHOTS_DIR names a folder. */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** The camera tracks the page opened: how many, and how many are still live. */
const tracks = (page: Page) =>
  page.evaluate(() => {
    const all = (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) =>
      s.getTracks(),
    );
    return {
      opened: all.length,
      live: all.filter((t) => t.readyState === 'live').length,
      kinds: [...new Set(all.map((t) => t.kind))],
    };
  });

const cameraButton = (page: Page) =>
  page.getByRole('button', { name: 'Quét mã QR trên căn cước bằng camera' });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Quét mã QR trên thẻ căn cước' });

/** What the page still holds of a camera once the panel is closed: video or canvas elements. */
const cameraLeftovers = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('video, canvas').length);

test.describe('a camera showing the CCCD QR', () => {
  let browser: Browser;
  test.beforeAll(async ({ playwright, launchOptions }) => {
    browser = await cameraBrowser(playwright.chromium, launchOptions, 'cccd', CCCD);
  });
  test.afterAll(() => browser.close());

  for (const [orientation, viewport] of Object.entries(SIZES))
    test(`${orientation}: fills the form to confirm; the declaration keeps only the form`, async ({
      counter,
    }) => {
      const page = await kioskPage(browser, counter, viewport);
      const kiosk = new KioskPage(page);
      await page.goto(DECLARE);
      await expect(cameraButton(page)).toBeVisible();
      await shot(page, `camera-button-${orientation}`);

      await test.step('the camera reads the card: name, ID and address filled, birth date and gender shown', async () => {
        await cameraButton(page).click();
        await expect(kiosk.field('Họ và tên')).toHaveValue('Nguyễn Văn Anh');
        await expect(kiosk.field('Số CCCD')).toHaveValue('001090012345');
        await expect(kiosk.field('Địa chỉ')).toHaveValue('Số 12 ngõ 5 Park Hill, xã Hòa An');
        await expect(
          page.getByRole('status').filter({ hasText: 'Đã điền từ thẻ căn cước' }),
        ).toContainText('ngày sinh 15/03/1990, giới tính Nam');
        await expect(panel(page)).toHaveCount(0);
        await shot(page, `camera-filled-${orientation}`);
        expect(await tracks(page)).toEqual({ opened: 1, live: 0, kinds: ['video'] });
        expect(await cameraLeftovers(page)).toBe(0);
        // Nothing of the card beyond the five fields reached the page: not the old ID, not the issue date.
        const html = await page.evaluate(() => document.documentElement.outerHTML);
        expect(html).not.toContain('123456789');
        expect(html).not.toContain('01072021');
      });

      await test.step('the citizen confirms: adds the phone and sends; the declaration holds what was shown', async () => {
        await kiosk.field('Số điện thoại').fill('0912345678');
        await kiosk.closeKeyboard();
        await kiosk.submitDeclaration();
        const code = (await page.getByRole('status', { name: 'Mã tờ khai' }).textContent())!.trim();
        const login = await callApi(counter.hub.url, 'auth.login', {
          username: OFFICER.username,
          password: OFFICER.password,
        });
        const opened = await callApi(
          counter.hub.url,
          'dossiers.open',
          { code },
          login.body.token as string,
        );
        expect(opened.status).toBe(200);
        const declaration = (opened.body as { declaration: { applicant: Record<string, string> } })
          .declaration;
        expect(declaration.applicant).toMatchObject({
          fullName: 'Nguyễn Văn Anh',
          idNumber: '001090012345',
          phone: '0912345678',
          address: 'Số 12 ngõ 5 Park Hill, xã Hòa An',
        });
        const kept = JSON.stringify(opened.body);
        expect(kept).not.toContain('15031990');
        expect(kept).not.toContain('1990-03-15');
        expect(kept).not.toContain('123456789');
      });
      await page.context().close();
    });
});

test.describe('a camera showing another QR', () => {
  let browser: Browser;
  test.beforeAll(async ({ playwright, launchOptions }) => {
    browser = await cameraBrowser(
      playwright.chromium,
      launchOptions,
      'other',
      'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
    );
  });
  test.afterAll(() => browser.close());

  test('says the QR is not a CCCD and fills nothing; what was typed stays', async ({ counter }) => {
    const page = await kioskPage(browser, counter);
    const kiosk = new KioskPage(page);
    await page.goto(DECLARE);
    await kiosk.field('Số điện thoại').fill('0912345678');
    await cameraButton(page).click();
    await expect(page.getByRole('alert')).toContainText(
      'Không đọc được mã QR của thẻ căn cước. Không có gì được điền',
    );
    await expect(panel(page)).toHaveCount(0);
    await shot(page, 'camera-other-qr');
    await expect(kiosk.field('Họ và tên')).toHaveValue('');
    await expect(kiosk.field('Số CCCD')).toHaveValue('');
    await expect(kiosk.field('Địa chỉ')).toHaveValue('');
    await expect(kiosk.field('Số điện thoại')).toHaveValue('0912345678');
    expect(await tracks(page)).toMatchObject({ opened: 1, live: 0 });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(
      'dichvucong',
    );
    await page.context().close();
  });
});

test.describe('a camera seeing no QR', () => {
  let browser: Browser;
  test.beforeAll(async ({ playwright, launchOptions }) => {
    browser = await cameraBrowser(playwright.chromium, launchOptions, 'blank', null);
  });
  test.afterAll(() => browser.close());

  for (const [orientation, viewport] of Object.entries(SIZES))
    test(`${orientation}: the open panel passes the kiosk checks; Cancel stops the camera`, async ({
      counter,
    }) => {
      const page = await kioskPage(browser, counter, viewport);
      await page.goto(DECLARE);
      await cameraButton(page).click();
      await expect(panel(page)).toBeVisible();
      await expect(panel(page).getByRole('status')).toHaveText('Đang tìm mã QR…');
      expect(await tracks(page)).toEqual({ opened: 1, live: 1, kinds: ['video'] });
      expect(await checkScreen(page, `camera panel ${orientation}`)).toEqual([]);
      await shot(page, `camera-panel-${orientation}`);
      await panel(page).getByRole('button', { name: 'Huỷ' }).click();
      await expect(panel(page)).toHaveCount(0);
      expect(await tracks(page)).toMatchObject({ opened: 1, live: 0 });
      expect(await cameraLeftovers(page)).toBe(0);
      await expect(cameraButton(page)).toBeFocused();

      // At the largest text size the panel still fits and passes.
      await new KioskPage(page).setTextSize('A++');
      await cameraButton(page).click();
      await expect(panel(page).getByRole('status')).toHaveText('Đang tìm mã QR…');
      expect(await checkScreen(page, `camera panel A++ ${orientation}`)).toEqual([]);
      await shot(page, `camera-panel-large-${orientation}`);
      await panel(page).getByRole('button', { name: 'Huỷ' }).click();
      expect(await tracks(page)).toMatchObject({ opened: 2, live: 0 });
      await page.context().close();
    });

  test('after 60 s without a QR the camera stops and says so', async ({ counter }) => {
    const page = await kioskPage(browser, counter);
    await page.clock.install();
    await page.goto(DECLARE);
    await cameraButton(page).click();
    await expect(panel(page).getByRole('status')).toHaveText('Đang tìm mã QR…');
    // The page's clock also runs on its own between the steps: 50 s + 11 s leaves a margin.
    await page.clock.fastForward(50_000);
    await expect(panel(page)).toBeVisible();
    expect(await tracks(page)).toMatchObject({ live: 1 });
    await page.clock.fastForward(11_000);
    await expect(panel(page)).toHaveCount(0);
    await expect(page.getByRole('alert')).toContainText(
      'Camera đã tắt vì chưa thấy mã QR sau 60 giây',
    );
    expect(await tracks(page)).toMatchObject({ opened: 1, live: 0 });
    await page.context().close();
  });

  test('leaving the screen stops the camera', async ({ counter }) => {
    const page = await kioskPage(browser, counter);
    await page.goto(DECLARE);
    await cameraButton(page).click();
    await expect(panel(page).getByRole('status')).toHaveText('Đang tìm mã QR…');
    // The panel covers the screen's own ways out; the router leaving the screen under it (as any
    // navigation would) is played by a history entry and its popstate.
    await page.evaluate(() => {
      window.history.pushState(null, '', '/kiosk/lookup');
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
    expect(await tracks(page)).toMatchObject({ opened: 1, live: 0 });
    expect(await cameraLeftovers(page)).toBe(0);
    await page.context().close();
  });

  test('the idle reset stops the camera', async ({ counter }) => {
    const before = await callApi(counter.hub.url, 'settings.get', {});
    const { kioskIdleSeconds, kioskCountdownSeconds } = before.body as Record<string, number>;
    const set = await callApi(
      counter.hub.url,
      'settings.update',
      { kioskIdleSeconds: 15, kioskCountdownSeconds: 5 },
      counter.adminToken,
    );
    expect(set.status).toBe(200);
    try {
      const page = await kioskPage(browser, counter);
      await page.clock.install();
      await page.goto(DECLARE);
      await cameraButton(page).click();
      await expect(panel(page).getByRole('status')).toHaveText('Đang tìm mã QR…');
      await page.clock.fastForward(16_000);
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await page.clock.fastForward(6_000);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Xin chào! Ông/bà cần làm gì?' }),
      ).toBeVisible();
      await expect(panel(page)).toHaveCount(0);
      expect(await tracks(page)).toMatchObject({ opened: 1, live: 0 });
      expect(await cameraLeftovers(page)).toBe(0);
      await page.context().close();
    } finally {
      await callApi(
        counter.hub.url,
        'settings.update',
        { kioskIdleSeconds, kioskCountdownSeconds },
        counter.adminToken,
      );
    }
  });
});

test('a device without a camera shows no camera button', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __asked: number };
    w.__asked = 0;
    navigator.mediaDevices.enumerateDevices = () => {
      w.__asked += 1;
      return Promise.resolve([
        { kind: 'audioinput', deviceId: 'mic', groupId: '', label: '' } as MediaDeviceInfo,
      ]);
    };
  });
  await page.goto(DECLARE);
  await expect(page.getByText('Có thẻ căn cước gắn chip?')).toBeVisible();
  // The screen asked which devices there are, and got its answer (a microphone only).
  await page.waitForFunction(() => (window as unknown as { __asked: number }).__asked > 0);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  await expect(cameraButton(page)).toHaveCount(0);
});
