/** The officer's payments screen: a statement of three lines, two of them the dossiers' fees, one unmatched. */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { OfficerPage } from './pages/OfficerPage';
import { callApi } from '../support/hub-process';

const NOW = '2026-03-02T09:00:00+07:00';
useCounter({ now: NOW });

const applicant = {
  fullName: 'Lê Văn Thành',
  idNumber: '001085004321',
  phone: '0987654321',
  address: 'Số 12 Trần Hưng Đạo, phường Hoàn Kiếm, Hà Nội',
};
const bank = { bin: '970418', account: '8600123456', accountName: 'UBND PHUONG HOAN KIEM' };

test('imports a 3-line statement: two matched, one unmatched, listed by day', async ({
  page,
  counter,
}) => {
  await page.clock.setFixedTime(new Date(NOW));
  const url = counter.hub.url;
  expect((await callApi(url, 'settings.update', { bank }, counter.adminToken)).status).toBe(200);
  const token = (
    await callApi(url, 'auth.login', { username: OFFICER.username, password: OFFICER.password })
  ).body.token as string;
  const codes: string[] = [];
  for (const amount of [50000, 8000]) {
    const r = await callApi(
      url,
      'dossiers.accept',
      { procedureCode: '1.001193', applicant },
      token,
    );
    codes.push(r.body.dossierCode as string);
    await callApi(url, 'fees.qr', { code: r.body.dossierCode, amount }, token);
  }
  const csv = [
    'date,amount,description,reference',
    `2026-03-02,50000,${codes[0]} Dang ky khai sinh,FT26061000001`,
    `2026-03-02,8000,${codes[1]} Dang ky khai sinh,FT26061000002`,
    '2026-03-02,120000,Chuyen tien an trua,FT26061000003',
  ].join('\n');

  const officer = new OfficerPage(page);
  await officer.signIn(OFFICER.username, OFFICER.password);
  await page.getByRole('link', { name: 'Chuyển khoản' }).click();
  await expect(page.getByRole('heading', { name: 'Đối soát chuyển khoản lệ phí' })).toBeVisible();
  await page.getByLabel('Chọn tệp sao kê').setInputFiles({
    name: 'sao-ke.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(page.getByText('Khớp với hồ sơ: 2')).toBeVisible();
  await expect(page.getByText('Không khớp: 1')).toBeVisible();
  await expect(page.getByText(/Chuyen tien an trua/u)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Tổng: 2 khoản, 58.000 đồng' }),
  ).toBeVisible();
});
