/**
 * The office as a script: the admin pairs a kiosk in the "Thiết bị" tab, the kiosk browser
 * pairs itself with the code typed on its on-screen keyboard and stays paired after a reload;
 * the admin revokes it and the kiosk is back on the pairing screen. The hub enforces the kiosk rule.
 */
import { mkdirSync } from 'node:fs';
import { test, expect, useCounter } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { KioskPage } from './pages/KioskPage';

useCounter({ openKiosk: false });

const SHOTS = process.env.MOTCUA_SHOTS;

test('a kiosk pairs with a code typed on its keyboard, stays paired, and is revoked from the Thiết bị tab', async ({
  page,
  browser,
  counter,
}) => {
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  const admin = new AdminPage(page);
  await admin.signIn(counter.hub.adminPassword, 'devices');
  let code = '';

  await test.step('the admin creates a pairing code for the hall kiosk', async () => {
    await page.getByRole('combobox', { name: 'Loại thiết bị' }).selectOption('kiosk');
    await page.getByRole('textbox', { name: /^Tên thiết bị/u }).fill('Kiosk sảnh');
    await page.getByRole('button', { name: 'Tạo mã ghép nối' }).click();
    const shown = page.getByTestId('pairing-code');
    await expect(shown).toHaveText(/^[A-HJKMNP-Z2-9]{8}$/u);
    await expect(page.getByRole('img', { name: 'Mã QR của mã ghép nối' })).toBeVisible();
    code = (await shown.textContent()) ?? '';
  });

  const kioskContext = await browser.newContext({ baseURL: counter.hub.url });
  const kioskTab = await kioskContext.newPage();
  const kiosk = new KioskPage(kioskTab);
  const home = kioskTab.getByRole('heading', { level: 1, name: 'Xin chào! Ông/bà cần làm gì?' });

  await test.step('the unpaired kiosk shows the pairing screen; the code is typed on its keyboard', async () => {
    await kioskTab.goto('/kiosk');
    await expect(
      kioskTab.getByRole('heading', { level: 1, name: 'Thiết bị chưa được ghép nối' }),
    ).toBeVisible();
    await kioskTab.getByRole('textbox', { name: 'Mã ghép nối (8 ký tự)' }).click();
    if (SHOTS) await kioskTab.screenshot({ path: `${SHOTS}/pairing-screen.png`, fullPage: true });
    await kiosk.tap(code.toLowerCase());
    await expect(kioskTab.getByRole('textbox', { name: 'Mã ghép nối (8 ký tự)' })).toHaveValue(
      code,
    );
    await kiosk.tapDone();
    await expect(home).toBeVisible();
  });

  await test.step('after a reload the kiosk is still paired and takes a ticket', async () => {
    await kioskTab.reload();
    await expect(home).toBeVisible();
    const token = await kioskTab.evaluate(() => window.localStorage.getItem('motcua.device'));
    expect(token).toMatch(/^[\w-]{43}$/u);
    const take = await kioskTab.evaluate(async (deviceToken) => {
      const r = await fetch('/api/queue.take', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Motcua-Device': deviceToken ?? '' },
        body: '{}',
      });
      return r.status;
    }, token);
    expect(take).toBe(200);
  });

  await test.step('the Thiết bị tab lists the kiosk; the admin revokes it', async () => {
    await page.reload();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Kiosk sảnh', exact: true }) });
    await expect(row).toContainText('Kiosk công dân');
    await expect(row).toContainText('Đang dùng');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/devices-tab.png`, fullPage: true });
    await row.getByRole('button', { name: /^Thu hồi Kiosk sảnh/u }).click();
    await expect(row).toContainText('Đã thu hồi');
  });

  await test.step('the revoked kiosk is back on the pairing screen', async () => {
    await kioskTab.reload();
    await expect(
      kioskTab.getByRole('heading', { level: 1, name: 'Thiết bị chưa được ghép nối' }),
    ).toBeVisible();
    expect(await kioskTab.evaluate(() => window.localStorage.getItem('motcua.device'))).toBeNull();
  });
  await kioskContext.close();
});
