/**
 * The kiosk and hall screens of issue 14 for `npm run screenshots`: the consent notice, every error
 * at once, the CCCD prefill, the declaration slip as printed, the priority choice, a ticket with
 * people ahead and a wait, the idle question blurring a filled form, and a hall of 8 counters.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { callApi } from '../test/support/hub-process';
import { decodeEscPosRaster, rasterToPng } from '../test/support/raster-decoder';
import type { VirtualPrinter } from '../test/support/virtual-printer';
import { KioskPage } from '../test/e2e/pages/KioskPage';
import { DisplayPage } from '../test/e2e/pages/DisplayPage';

export interface CareContext {
  browser: Browser;
  url: string;
  admin: string;
  officer: string;
  printer: VirtualPrinter;
  outDir: string;
  shot: (page: Page, name: string) => Promise<void>;
}

const SCAN =
  '001090012345|123456789|Nguyễn Thị Lan|15081990|Nữ|Số 12 đường Lê Lợi, xã Hòa An, tỉnh Cao Bằng|01012021';

/** Declaration screens: consent, all errors, CCCD prefill, idle question, slip, priority, ticket. */
async function kioskCare(
  ctx: CareContext,
  o: string,
  viewport: { width: number; height: number },
): Promise<void> {
  const page = await ctx.browser.newPage({
    baseURL: ctx.url,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const kiosk = new KioskPage(page);
  await page.clock.install();
  await page.goto('/kiosk/declare/1.000894');
  await kiosk.closeKeyboard();
  await ctx.shot(page, `care-consent-${o}`);
  await kiosk.submitDeclaration();
  await page
    .getByText(/12 chữ số/u)
    .first()
    .waitFor();
  await kiosk.closeKeyboard();
  await ctx.shot(page, `care-declare-all-errors-${o}`);
  await kiosk.field('Họ và tên').focus();
  await page.keyboard.type(SCAN);
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: /15\/08\/1990/u })
    .waitFor();
  await kiosk.closeKeyboard();
  await ctx.shot(page, `care-cccd-prefill-${o}`);
  const settings = (await callApi(ctx.url, 'settings.get', {})).body as {
    kioskIdleSeconds: number;
  };
  await page.clock.fastForward(settings.kioskIdleSeconds * 1000);
  await page.getByRole('alertdialog').waitFor();
  await ctx.shot(page, `care-idle-blurred-${o}`);
  await page.getByRole('alertdialog').getByRole('button').first().click();
  await kiosk.field('Số điện thoại').fill('0912345678');
  await kiosk.closeKeyboard();
  await kiosk.submitDeclaration();
  await page.getByRole('status', { name: 'Mã tờ khai' }).waitFor();
  const before = ctx.printer.jobs.length;
  await page.getByRole('button', { name: 'Chỉ in phiếu tờ khai' }).click();
  const jobs = await ctx.printer.waitForJobs(before + 1);
  const slip = path.join(ctx.outDir, `care-declaration-slip-${o}.png`);
  writeFileSync(slip, rasterToPng(decodeEscPosRaster(jobs[before])));
  console.log(slip);
  await page.getByRole('button', { name: /ưu tiên/iu }).click();
  await ctx.shot(page, `care-priority-choice-${o}`);
  for (let i = 0; i < 3; i += 1) await callApi(ctx.url, 'queue.take', {});
  await kiosk.takeTicket();
  await ctx.shot(page, `care-ticket-ahead-${o}`);
  // A normal ticket behind the three taken above and the priority one: people ahead and a wait.
  await page.getByRole('button', { name: 'Xong, về trang đầu' }).click();
  await kiosk.browse('Hộ tịch', 'Thủ tục đăng ký kết hôn');
  await kiosk.takeTicket();
  await ctx.shot(page, `care-ticket-waiting-${o}`);
  await page.close();
}

/** Eight counters, most of them calling, on the hall's screen. */
async function hall(
  ctx: CareContext,
  o: string,
  viewport: { width: number; height: number },
): Promise<void> {
  const counters = Array.from({ length: 8 }, (_, i) => ({
    number: i + 1,
    name: `Quầy số ${i + 1}`,
    fields: [],
  }));
  await callApi(ctx.url, 'queue.setCounters', { counters }, ctx.admin);
  for (let i = 0; i < 10; i += 1) await callApi(ctx.url, 'queue.take', {});
  for (let n = 1; n <= 6; n += 1)
    await callApi(ctx.url, 'queue.callNext', { counter: n }, ctx.officer);
  const page = await ctx.browser.newPage({
    baseURL: ctx.url,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const tv = new DisplayPage(page);
  await tv.goto();
  await tv.counterRow('Quầy số 8').waitFor();
  await ctx.shot(page, `care-hall-8-counters-${o}`);
  await page.close();
}

/** Every issue-14 kiosk and hall screen at one size. */
export async function careScreens(
  ctx: CareContext,
  o: string,
  viewport: { width: number; height: number },
): Promise<void> {
  await kioskCare(ctx, o, viewport);
  await hall(ctx, o, viewport);
}
