/**
 * A commune's kiosk after the national import (read from ../shared): only commune procedures,
 * citizens' own words typed on the on-screen keyboard reach the right procedure, and a search
 * that finds nothing offers help (the most used procedures, browsing, a ticket to ask an officer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, useCounter } from './fixtures';
import { callApi } from '../support/hub-process';
import { KioskPage } from './pages/KioskPage';

const getCounter = useCounter();
const NATIONAL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/data/national-procedures',
);
/** Records of the crawl whose cap_thuc_hien names "Cấp xã" (counted in the data itself). */
const COMMUNE_RECORDS = 588;

test.beforeAll(async () => {
  const { hub, adminToken } = getCounter();
  for (const f of readdirSync(NATIONAL).filter((n) => n.endsWith('.jsonl.gz'))) {
    const content = readFileSync(path.join(NATIONAL, f)).toString('base64');
    const r = await callApi(
      hub.url,
      'catalog.import',
      { format: 'national', content, encoding: 'base64', name: f },
      adminToken,
    );
    expect(r.status).toBe(200);
  }
  const scope = await callApi(hub.url, 'catalog.setScope', { levels: ['commune'] }, adminToken);
  expect(scope.status).toBe(200);
});

test('a commune kiosk after a national import shows only commune procedures', async ({
  page,
  counter,
}) => {
  const fields = await callApi(counter.hub.url, 'catalog.fields', {});
  const shown = (fields.body.fields as { count: number }[]).reduce((n, f) => n + f.count, 0);
  // The sample catalog's commune procedures share codes with the national ones, so none is extra.
  expect(shown).toBe(COMMUNE_RECORDS);
  const kiosk = new KioskPage(page);
  const names = await kiosk.search('ho chieu');
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) expect(n).toMatch(/^Trình báo mất hộ chiếu/u);
  await page.goto('/kiosk/fields');
  await expect(page.getByRole('button', { name: /^Hộ tịch\b/u })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Hàng không\b/u })).toHaveCount(0);
});

test("citizens' words typed on the on-screen keyboard reach the right procedure", async ({
  page,
}) => {
  const kiosk = new KioskPage(page);
  await kiosk.goto();
  await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
  await kiosk.searchBox.click();
  await test.step('"xin cap lai can cuoc"', async () => {
    await kiosk.tap('xin cap lai can cuoc');
    await expect(kiosk.results.first()).toContainText('Cấp lại thẻ căn cước');
  });
  await test.step('"lam giay khai sinh cho con"', async () => {
    await kiosk.searchBox.fill('');
    await kiosk.searchBox.click();
    await kiosk.tap('lam giay khai sinh cho con');
    await expect(kiosk.results.first()).toContainText('Thủ tục đăng ký khai sinh');
    await kiosk.closeKeyboard();
    await kiosk.openProcedure(0);
  });
});

test('a search that finds nothing helps: most used procedures, browse, ask an officer', async ({
  page,
}) => {
  const kiosk = new KioskPage(page);
  await kiosk.search('qqqq zzzz');
  await expect(page.getByRole('status').filter({ hasText: 'Không tìm thấy' })).toBeVisible();
  const help = page.getByRole('region', { name: 'Chưa thấy thủ tục cần tìm?' });
  await expect(help.getByRole('button', { name: 'Xem thủ tục theo lĩnh vực' })).toBeVisible();
  await expect(help.getByRole('list', { name: 'Thủ tục được làm nhiều ở đơn vị' })).toBeVisible();
  await kiosk.search('lam thu tuc');
  await expect(page.getByRole('status').filter({ hasText: 'Xin cho biết' })).toBeVisible();
  await help.getByRole('button', { name: 'Hỏi cán bộ (lấy số ở quầy chung)' }).click();
  const ticket = await kiosk.ticketShown();
  expect(ticket.ticket).toMatch(/\d/u);
});
