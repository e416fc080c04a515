/**
 * Thu trước: for a procedure the admin set to collect its fee at acceptance, the accept screen
 * shows the fee's VietQR at once, and that QR, read as a phone camera would (jsQR), carries the
 * dossier's amount into the unit's account; the citizen's screen of the officer's counter
 * (/customer?counter=N) shows it too, and a screenshot of it decodes to a VietQR whose every TLV
 * field is checked against the standard (EMVCo MPM + NAPAS VietQR, DOMAIN.md).
 */
import { mkdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, useCounter, OFFICER } from './fixtures';
import { OfficerPage } from './pages/OfficerPage';
import { callApi } from '../support/hub-process';
import { decodePngDataUrl } from '../support/qr-image';
import { crc16CcittFalse, readVietQr, tlv } from '../support/emv-tlv';

const NOW = '2026-03-02T09:00:00+07:00';
useCounter({ now: NOW });

// "Cấp đổi thẻ căn cước" in the sample catalog: a 50.000 đ fee (DOMAIN.md's sample procedure list).
const ID_CARD = { code: '1.014063', name: 'Cấp đổi thẻ căn cước', fee: 50_000 };
const bank = { bin: '970418', account: '8600123456', accountName: 'UBND PHUONG HOAN KIEM' };
const COUNTER = 2;
const SHOTS = '/tmp/shots/k31-notify';

/** The text of the QR code in a PNG screenshot, read as a phone camera would. */
function decodeScreenshot(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

test("a thu-trước dossier shows its VietQR with the amount right after accepting, at the desk and on the counter's customer screen", async ({
  page,
  browser,
  counter,
}) => {
  await page.clock.setFixedTime(new Date(NOW));
  const url = counter.hub.url;
  const admin = counter.adminToken;
  expect((await callApi(url, 'settings.update', { bank }, admin)).status).toBe(200);
  const timing = { procedureCode: ID_CARD.code, timing: 'before' };
  expect((await callApi(url, 'fees.setTiming', timing, admin)).status).toBe(200);
  const counters = [
    { number: 1, name: 'Quầy số 1', fields: [] },
    { number: COUNTER, name: `Quầy số ${COUNTER}`, fields: [] },
  ];
  expect((await callApi(url, 'queue.setCounters', { counters }, admin)).status).toBe(200);

  // The citizen's screen of counter 2, a second monitor turned to the citizen: nothing to pay yet.
  const customer = await browser.newPage({ baseURL: url, viewport: { width: 1920, height: 1080 } });
  await customer.goto(`/customer?counter=${COUNTER}`);
  await expect(
    customer.getByText(`Quầy ${COUNTER}: chưa có khoản lệ phí nào cần thanh toán.`),
  ).toBeVisible();

  const officer = new OfficerPage(page);
  await officer.signIn(OFFICER.username, OFFICER.password);
  await page.getByLabel('Chọn quầy của bạn').selectOption({ label: `Quầy số ${COUNTER}` });
  await officer.startDirect(ID_CARD.code, ID_CARD.name);
  await officer.fillApplicant({
    fullName: 'Lê Văn Thành',
    idNumber: '001085004321',
    phone: '0987654321',
    address: 'Số 12 Trần Hưng Đạo, phường Hoàn Kiếm, Hà Nội',
  });
  await officer.tickAllDocuments();
  const { dossierCode } = await officer.accept();

  await expect(
    page.getByRole('heading', { name: /Thu lệ phí trước: 50\.000 đồng/u }),
  ).toBeVisible();
  const img = page.getByRole('img', { name: /Mã VietQR chuyển khoản lệ phí/u });
  await expect(img).toBeVisible();
  const payload = decodePngDataUrl((await img.getAttribute('src')) ?? '');
  expect(payload).not.toBeNull();
  const fields = readVietQr(payload!);
  expect(fields).toMatchObject({
    amount: String(ID_CARD.fee),
    bin: bank.bin,
    account: bank.account,
    crcOk: true,
  });
  expect(fields.purpose?.startsWith(dossierCode)).toBe(true);

  await test.step('the customer screen of the counter shows the same VietQR, every field right', async () => {
    const shown = customer.getByRole('img', { name: /Mã VietQR chuyển khoản lệ phí/u });
    await expect(shown).toBeVisible(); // the screen polls fees.current every 2 s
    mkdirSync(SHOTS, { recursive: true });
    await customer.screenshot({ path: `${SHOTS}/customer-qr-1920x1080.png` });
    const read = decodeScreenshot(await shown.screenshot());
    expect(read).toBe(payload);
    const text = read!;
    // EMVCo MPM: two-digit tag, two-digit length, value; 00 first, the CRC (63) last.
    const top = tlv(text);
    expect(top[0]).toEqual(['00', '01']);
    expect(top.at(-1)?.[0]).toBe('63');
    const tag = new Map(top);
    expect(tag.get('01')).toBe('12'); // dynamic: this QR is for this fee only
    const t38 = new Map(tlv(tag.get('38')!));
    expect(t38.get('00')).toBe('A000000727'); // NAPAS
    expect(new Map(tlv(t38.get('01')!))).toEqual(
      new Map([
        ['00', bank.bin],
        ['01', bank.account],
      ]),
    );
    expect(t38.get('02')).toBe('QRIBFTTA'); // transfer to an account
    expect(tag.get('53')).toBe('704'); // VND
    expect(tag.get('54')).toBe(String(ID_CARD.fee));
    expect(tag.get('58')).toBe('VN');
    // 62/08: the dossier code and the procedure's name without diacritics, the words a bank app keeps.
    const purpose = new Map(tlv(tag.get('62')!)).get('08');
    expect(purpose).toBe(`${dossierCode} Cap doi the can cuoc`);
    expect(purpose).toMatch(/^[\x20-\x7e]{1,50}$/u);
    // 63: CRC-16/CCITT-FALSE over everything before it and "6304"; the check value of the
    // standard ("123456789" → 29B1) shows the test's own CRC is the right one.
    expect(crc16CcittFalse('123456789')).toBe('29B1');
    expect(text.slice(-8, -4)).toBe('6304');
    expect(tag.get('63')).toBe(crc16CcittFalse(text.slice(0, -4)));
    await expect(customer.getByText(`${ID_CARD.fee.toLocaleString('vi-VN')} đ`)).toBeVisible();
    await expect(customer.getByText(purpose!)).toBeVisible();
  });
  await customer.close();

  // The transfer is confirmed on the same screen with the bank's reference.
  await page.getByRole('textbox', { name: 'Mã giao dịch ngân hàng' }).fill('FT26061123456');
  await page.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click();
  await expect(
    page.getByText('Đã ghi nhận chuyển khoản, mã giao dịch FT26061123456.'),
  ).toBeVisible();

  await test.step('at hand-over the fee is known as paid at acceptance: nothing is collected twice', async () => {
    await officer.next();
    await officer.open(dossierCode);
    await officer.action('Đã có kết quả');
    await officer.expectStatus('Đã có kết quả');
    await officer.action('Trả kết quả');
    const form = officer.form('Trả kết quả cho người dân');
    await expect(form.getByRole('status')).toHaveText(
      'Lệ phí đã thu khi tiếp nhận: 50.000 đồng, chuyển khoản (mã giao dịch FT26061123456). Không thu thêm khi trả kết quả.',
    );
    // No second QR to pay: the fee is paid.
    await expect(form.getByRole('img', { name: /Mã VietQR/u })).toHaveCount(0);
    expect(
      await officer.run('return', () => form.getByRole('button', { name: 'Trả kết quả' }).click()),
    ).toBe(200);
    await officer.expectStatus('Đã trả kết quả');
    const got = await callApi(url, 'dossiers.get', { code: dossierCode }, admin);
    expect(got.body.fee).toMatchObject({
      amount: ID_CARD.fee,
      method: 'transfer',
      receiptNumber: 'FT26061123456',
    });
    expect(got.body.payments).toHaveLength(1);
  });
});
