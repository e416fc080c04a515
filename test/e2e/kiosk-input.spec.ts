/**
 * Bad input never breaks a kiosk screen: a 10,000-character paste, emoji, right-to-left text and
 * controls, a finger hammering the keyboard; a keyboard-wedge QR scanner on the lookup screen.
 */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { callApi } from '../support/hub-process';
import { decodeEscPosRaster, readQrFromRaster } from '../support/raster-decoder';
import { KioskPage } from './pages/KioskPage';
import { LookupPage } from './pages/LookupPage';
import type { Locator, Page } from '@playwright/test';

useCounter();

/** Pastes text into a field the way a clipboard does (a paste event and an insertText). */
async function paste(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const el = document.activeElement as HTMLInputElement;
    const ok = el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    if (ok) document.execCommand('insertText', false, t);
  }, text);
}

test('pastes of 10,000 characters, emoji and right-to-left text leave a usable form', async ({
  page,
}) => {
  const kiosk = new KioskPage(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/kiosk/declare/1.000894');
  const name = kiosk.field('Họ và tên');
  await expect(name).toBeFocused();

  await paste(page, name, 'Nguyễn '.repeat(1500));
  const long = await name.inputValue();
  expect(Array.from(long).length).toBeLessThanOrEqual(100);
  expect(long.startsWith('Nguyễn Nguyễn')).toBe(true);

  await name.fill('');
  await paste(page, name, 'Trần 😀👍🏽🇻🇳 Thị\u202Eلمى\u200B Hoa');
  const mixed = await name.inputValue();
  expect(mixed).not.toMatch(/[\u{1F300}-\u{1FAFF}\u202E\u200B]/u);
  expect(mixed).toContain('Trần');
  expect(mixed).toContain('Hoa');

  await paste(page, kiosk.field('Số CCCD'), '٠١٢ 001090012345 abc😀'.repeat(500));
  expect(await kiosk.field('Số CCCD').inputValue()).toMatch(/^\d{1,12}$/u);

  await kiosk.closeKeyboard();
  await kiosk.submitDeclaration();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Khai thông tin người nộp' }),
  ).toBeVisible();
  expect(errors).toEqual([]);

  await kiosk.field('Họ và tên').fill('Trần Thị Hoa');
  await kiosk.field('Số CCCD').fill('001090012345');
  await kiosk.field('Số điện thoại').fill('0912345678');
  await kiosk.field('Địa chỉ').fill('Xã Hòa An');
  await kiosk.closeKeyboard();
  await kiosk.submitDeclaration();
  await expect(page.getByRole('status', { name: 'Mã tờ khai' })).toHaveText(/^TK-/u);
});

test('"Gõ dấu: Tắt" on the address types Latin words unchanged; Telex is on by default', async ({
  page,
}) => {
  const kiosk = new KioskPage(page);
  await page.goto('/kiosk/declare/1.000894');
  const address = kiosk.field('Địa chỉ');
  await address.focus();
  const on = kiosk.keyboard.getByRole('button', { name: 'Gõ dấu: Bật', exact: true });
  await expect(on).toHaveAttribute('aria-pressed', 'true');
  await kiosk.tap('soos ');
  await expect(address).toHaveValue('số ');
  await on.click();
  const off = kiosk.keyboard.getByRole('button', { name: 'Gõ dấu: Tắt', exact: true });
  await expect(off).toHaveAttribute('aria-pressed', 'false');
  await kiosk.keyboard.getByRole('button', { name: '⇧ Chữ hoa' }).click();
  await kiosk.tap('park');
  await expect(address).toHaveValue('số Park');
  // The name field opens with Telex on again.
  await kiosk.field('Họ và tên').focus();
  await expect(kiosk.keyboard.getByRole('button', { name: 'Gõ dấu: Bật' })).toBeVisible();
});

test('a finger hammering the keyboard and the buttons breaks nothing', async ({ page }) => {
  const kiosk = new KioskPage(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/kiosk/declare/1.000894');
  const a = kiosk.keyboard.getByRole('button', { name: /^a$/iu });
  for (let i = 0; i < 130; i += 1) await a.click({ delay: 0 });
  const typed = await kiosk.field('Họ và tên').inputValue();
  expect(Array.from(typed).length).toBeLessThanOrEqual(100);
  const del = kiosk.keyboard.getByRole('button', { name: 'Xóa ⌫' });
  for (let i = 0; i < 120; i += 1) await del.click({ delay: 0 });
  await expect(kiosk.field('Họ và tên')).toHaveValue('');
  await kiosk.tap('ddoox');
  await expect(kiosk.field('Họ và tên')).toHaveValue('Đỗ');
  await kiosk.tapDone();
  await kiosk.numberPad
    .getByRole('button', { name: '9', exact: true })
    .click({ clickCount: 20, delay: 0 });
  expect(await kiosk.field('Số CCCD').inputValue()).toMatch(/^9{1,12}$/u);

  // Many taps on "Lấy số thứ tự" take one ticket.
  await page.goto('/kiosk/procedure/1.000894');
  const takes: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/queue.take')) takes.push(r.url());
  });
  await page.getByRole('button', { name: 'Lấy số thứ tự' }).click({ clickCount: 5, delay: 0 });
  await expect(page.getByRole('status', { name: 'Số thứ tự của ông/bà' })).toBeVisible();
  expect(takes).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('a QR scanner types CODE#SECRET and Enter, even when the field lost focus; the secret does not stay on screen', async ({
  page,
  counter,
}) => {
  const decl = await callApi(counter.hub.url, 'dossiers.declare', {
    procedureCode: '1.001193',
    applicant: {
      fullName: 'Phạm Minh Đức',
      idNumber: '001090054321',
      phone: '0987654321',
      address: 'Xã Hòa An',
    },
  });
  const login = await callApi(counter.hub.url, 'auth.login', {
    username: OFFICER.username,
    password: OFFICER.password,
  });
  const before = counter.printer.jobs.length;
  const accepted = await callApi(
    counter.hub.url,
    'dossiers.accept',
    { declarationCode: decl.body.code },
    login.body.token as string,
  );
  expect(accepted.status).toBe(200);
  const dossierCode = accepted.body.dossierCode as string;
  // What the scanner reads: the QR on the slip that reached the printer.
  const jobs = await counter.printer.waitForJobs(before + 1);
  const scanned = readQrFromRaster(decodeEscPosRaster(jobs[before])) ?? '';
  expect(scanned).toMatch(new RegExp(`^${dossierCode.replaceAll('.', '\\.')}#[0-9A-Z]+$`, 'u'));
  const secret = scanned.split('#')[1];

  const lookup = new LookupPage(page);
  await lookup.goto();
  await expect(lookup.codeBox).toHaveAttribute('inputmode', 'none');
  await expect(lookup.codeBox).toBeFocused();
  await page.keyboard.type(scanned);
  await page.keyboard.press('Enter');
  await expect(lookup.status).toBeVisible();
  await expect(lookup.codeBox).toHaveValue(dossierCode);
  await expect(page.getByText(`#${secret}`)).toHaveCount(0);

  // The field let go of focus after the answer; the next scan still lands in it, fresh.
  await expect(lookup.codeBox).not.toBeFocused();
  await page.keyboard.type('TK-XXXXXX');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(/Không tìm thấy/u);
  await expect(lookup.codeBox).toHaveValue('TK-XXXXXX');

  // Typed on the on-screen keyboard (Telex off for codes: "S", "W", "J" stay letters), "Xong" looks it
  // up and the keyboard closes so the answer is in sight. An accepted declaration's code finds its dossier.
  const kiosk = new KioskPage(page);
  await lookup.codeBox.fill('');
  await kiosk.tap(decl.body.code as string);
  await expect(lookup.codeBox).toHaveValue(decl.body.code as string);
  await kiosk.tapDone();
  await expect(kiosk.keyboard).toHaveCount(0);
  await expect(lookup.status).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Mã: /u })).toBeInViewport();
});
