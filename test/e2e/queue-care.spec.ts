/**
 * Issue 14 at both kiosk orientations: the CCCD QR typed by a wedge scanner fills the declaration;
 * every error shows at once and clears; the declaration slip's QR decodes to the declaration code;
 * priority, recall, skip and transfer through the officer screen, with the hall display announcing
 * each call (speechSynthesis.speak or audio play() counted in the page).
 */
import type { Page } from '@playwright/test';
import { test, expect, useCounter, OFFICER } from './fixtures';
import { callApi } from '../support/hub-process';
import { decodeEscPosRaster, readQrFromRaster } from '../support/raster-decoder';
import { OfficerPage } from './pages/OfficerPage';
import { DisplayPage } from './pages/DisplayPage';

useCounter();

const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;

const CCCD =
  '001090012345|123456789|Nguyễn Văn Anh|15031990|Nam|Số 12 ngõ 5 Park Hill, xã Hòa An|01072021';

/** Counts the hall's voice: speech utterances and audio clips started. */
async function countVoice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __voice: number };
    w.__voice = 0;
    const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
    window.speechSynthesis.speak = (u) => {
      w.__voice += 1;
      speak(u);
    };
    HTMLMediaElement.prototype.play = function play() {
      w.__voice += 1;
      queueMicrotask(() => this.dispatchEvent(new Event('ended')));
      return Promise.resolve();
    };
  });
}
const voiceCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { __voice: number }).__voice);

for (const [orientation, viewport] of Object.entries(SIZES)) {
  test.describe(orientation, () => {
    test.use({ viewport });

    test('a CCCD scan fills the form; errors show at once and clear; the slip QR is the declaration code', async ({
      page,
      counter,
    }) => {
      await page.goto('/kiosk/declare/1.001193');
      await expect(
        page.getByRole('heading', { name: 'Về thông tin cá nhân của ông/bà' }),
      ).toBeVisible();

      await test.step('all errors at once, each cleared when fixed', async () => {
        await page.getByRole('button', { name: 'Gửi tờ khai' }).click();
        for (const name of ['Họ và tên', 'Số CCCD', 'Số điện thoại', 'Địa chỉ'])
          await expect(page.getByRole('textbox', { name })).toHaveAttribute('aria-invalid', 'true');
        await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912 345 678');
        await expect(page.getByRole('textbox', { name: 'Số điện thoại' })).toHaveValue(
          '0912345678',
        );
        await expect(page.getByRole('textbox', { name: 'Số điện thoại' })).not.toHaveAttribute(
          'aria-invalid',
          'true',
        );
        await expect(page.getByRole('textbox', { name: 'Họ và tên' })).toHaveAttribute(
          'aria-invalid',
          'true',
        );
      });

      await test.step('a malformed scan fills nothing; the CCCD QR fills name, ID, address', async () => {
        await page.getByRole('textbox', { name: 'Họ và tên' }).focus();
        await page.keyboard.type('ABC|123|x');
        await page.keyboard.press('Enter');
        await expect(page.getByText(/Không đọc được mã QR của thẻ căn cước/u)).toBeVisible();
        await expect(page.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue('');
        await page.keyboard.type(CCCD);
        await page.keyboard.press('Enter');
        await expect(page.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue(
          'Nguyễn Văn Anh',
        );
        await expect(page.getByRole('textbox', { name: 'Số CCCD' })).toHaveValue('001090012345');
        await expect(page.getByRole('textbox', { name: 'Địa chỉ' })).toHaveValue(
          'Số 12 ngõ 5 Park Hill, xã Hòa An',
        );
        await expect(page.getByText(/ngày sinh 15\/03\/1990, giới tính Nam/u)).toBeVisible();
      });

      await test.step('declares, takes a ticket: the slip QR decodes to the declaration code', async () => {
        const before = counter.printer.jobs.length;
        await page.getByRole('button', { name: 'Gửi tờ khai' }).click();
        const code = (await page
          .getByRole('status', { name: /^Mã tờ khai/u })
          .textContent())!.trim();
        await page.getByRole('button', { name: /^Lấy số thứ tự/u }).click();
        await expect(page.getByText(`Mã tờ khai: ${code}`, { exact: false })).toBeVisible();
        const jobs = await counter.printer.waitForJobs(before + 1, 5000);
        expect(readQrFromRaster(decodeEscPosRaster(jobs[before]))).toBe(code);
      });
    });
  });
}

test('priority, recall, skip and transfer through the officer screen, announced in the hall', async ({
  page,
  browser,
  counter,
}) => {
  const set = await callApi(
    counter.hub.url,
    'queue.setCounters',
    {
      counters: [
        { number: 1, name: 'Quầy số 1', fields: [] },
        { number: 2, name: 'Quầy số 2', fields: ['Chứng thực'] },
      ],
    },
    counter.adminToken,
  );
  expect(set.status).toBe(200);
  // The earlier tests of this file left tickets waiting at counter 1: call them through first, so
  // this hall starts empty and the order below is only this test's tickets.
  const desk = (
    await callApi(counter.hub.url, 'auth.login', {
      username: OFFICER.username,
      password: OFFICER.password,
    })
  ).body.token as string;
  for (let i = 0; i < 50; i += 1) {
    const called = await callApi(counter.hub.url, 'queue.callNext', { counter: 1 }, desk);
    if (!called.body.ticket) break;
  }
  const normal = await callApi(counter.hub.url, 'queue.take', {});
  const prio = await callApi(counter.hub.url, 'queue.take', { priority: true });

  const tvPage = await browser.newPage({ baseURL: counter.hub.url, viewport: SIZES.landscape });
  await countVoice(tvPage);
  const tv = new DisplayPage(tvPage);
  await tv.goto();
  await expect(tv.counterRow('Quầy số 2')).toBeVisible();

  const officer = new OfficerPage(page);
  await officer.signIn(OFFICER.username, OFFICER.password);
  await page.getByLabel('Chọn quầy của bạn').selectOption({ label: 'Quầy số 1' });
  const serving = page.getByRole('status', { name: 'Đang phục vụ số' });

  await test.step('the priority ticket is called first and announced', async () => {
    await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await expect(serving).toHaveText(prio.body.ticket as string);
    await expect(page.getByText('Số ưu tiên')).toBeVisible();
    await expect(tv.nowCalling).toContainText(prio.body.ticket as string);
    await expect.poll(() => voiceCount(tvPage)).toBeGreaterThan(0);
  });

  await test.step('recall announces it again', async () => {
    const before = await voiceCount(tvPage);
    await page.getByRole('button', { name: 'Gọi lại', exact: true }).click();
    await expect.poll(() => voiceCount(tvPage)).toBeGreaterThan(before);
  });

  await test.step('skip, call the next, transfer it to counter 2', async () => {
    await page.getByRole('button', { name: 'Vắng mặt (bỏ qua)' }).click();
    await expect(
      page.getByRole('button', { name: `Gọi lại số ${prio.body.ticket as string}` }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await expect(serving).toHaveText(normal.body.ticket as string);
    await page.getByLabel('Chuyển sang').selectOption({ label: 'Quầy số 2' });
    await page.getByRole('button', { name: 'Chuyển quầy' }).click();
    await expect(page.getByText(/sang Quầy số 2, giữ nguyên thứ tự/u)).toBeVisible();
    await expect(tv.counterRow('Quầy số 2')).toContainText('Đang chờ: 1');
  });

  await test.step('a transfer to a paused counter is refused with a message', async () => {
    await page.getByRole('button', { name: `Gọi lại số ${prio.body.ticket as string}` }).click();
    await expect(serving).toHaveText(prio.body.ticket as string);
    const token = (
      await callApi(counter.hub.url, 'auth.login', {
        username: OFFICER.username,
        password: OFFICER.password,
      })
    ).body.token as string;
    await callApi(counter.hub.url, 'queue.pause', { counter: 2, reason: 'Họp giao ban' }, token);
    await page.getByLabel('Chuyển sang').selectOption('2');
    await page.getByRole('button', { name: 'Chuyển quầy' }).click();
    await expect(page.getByText(/đang tạm dừng \(Họp giao ban\)/u)).toBeVisible();
    await expect(tv.counterRow('Quầy số 2')).toContainText('Tạm dừng: Họp giao ban');
  });
});
