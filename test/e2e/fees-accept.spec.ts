/**
 * Thu trước: for a procedure the admin set to collect its fee at acceptance, the accept screen
 * shows the fee's VietQR at once, and that QR, read as a phone camera would (jsQR), carries the
 * dossier's amount into the unit's account; the citizen's screen (/customer?counter=N) shows it too.
 */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { OfficerPage } from './pages/OfficerPage';
import { callApi } from '../support/hub-process';
import { decodePngDataUrl } from '../support/qr-image';
import { readVietQr } from '../support/emv-tlv';

const NOW = '2026-03-02T09:00:00+07:00';
useCounter({ now: NOW });

// "Cấp đổi thẻ căn cước" in the sample catalog: a 50.000 đ fee (DOMAIN.md's sample procedure list).
const ID_CARD = { code: '1.014063', name: 'Cấp đổi thẻ căn cước', fee: 50_000 };
const bank = { bin: '970418', account: '8600123456', accountName: 'UBND PHUONG HOAN KIEM' };

test('a thu-trước dossier shows its VietQR with the amount right after accepting', async ({
  page,
  counter,
}) => {
  await page.clock.setFixedTime(new Date(NOW));
  const url = counter.hub.url;
  const admin = counter.adminToken;
  expect((await callApi(url, 'settings.update', { bank }, admin)).status).toBe(200);
  const timing = { procedureCode: ID_CARD.code, timing: 'before' };
  expect((await callApi(url, 'fees.setTiming', timing, admin)).status).toBe(200);

  const officer = new OfficerPage(page);
  await officer.signIn(OFFICER.username, OFFICER.password);
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

  // The transfer is confirmed on the same screen with the bank's reference.
  await page.getByRole('textbox', { name: 'Mã giao dịch ngân hàng' }).fill('FT26061123456');
  await page.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click();
  await expect(
    page.getByText('Đã ghi nhận chuyển khoản, mã giao dịch FT26061123456.'),
  ).toBeVisible();
});
