/** The periodic report on the statistics screen after a scripted day: its figures add up, PDF beside XLSX. */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { OfficerPage } from './pages/OfficerPage';
import { callApi } from '../support/hub-process';

const NOW = '2026-03-02T09:00:00+07:00';
useCounter({ now: NOW });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

test('after a day of accepts, a refusal, a withdrawal and a return, the periodic report adds up', async ({
  page,
  counter,
}) => {
  const login = await callApi(counter.hub.url, 'auth.login', {
    username: OFFICER.username,
    password: OFFICER.password,
  });
  const token = login.body.token as string;
  const api = async (op: string, input: unknown) => {
    const r = await callApi(counter.hub.url, op, input, token);
    expect(r.status, `${op}: ${JSON.stringify(r.body)}`).toBe(200);
    return r.body as Record<string, unknown>;
  };
  const applicant = {
    fullName: 'Đỗ Minh Quân',
    idNumber: '001099007777',
    phone: '0903123456',
    address: 'Xóm Bãi, xã Tây Tựu, Hà Nội',
  };
  const codes: string[] = [];
  for (let i = 0; i < 4; i += 1)
    codes.push(
      (await api('dossiers.accept', { procedureCode: '1.014063', applicant }))
        .dossierCode as string,
    );
  const [returned, withdrawn, , refused] = codes;
  await api('dossiers.markReady', { code: returned });
  await api('dossiers.return', {
    code: returned,
    fee: { amount: 8000, method: 'cash', receiptNumber: 'BL-1' },
  });
  await api('dossiers.withdraw', { code: withdrawn, reason: 'Công dân xin rút hồ sơ' });
  await api('dossiers.refuse', { code: refused, reason: 'Không thuộc thẩm quyền' });

  const officer = new OfficerPage(page);
  await officer.signIn(OFFICER.username, OFFICER.password);
  await page
    .getByRole('navigation', { name: 'Chức năng' })
    .getByRole('link', { name: 'Thống kê' })
    .click();

  const report = page.getByRole('table', {
    name: 'Báo cáo tình hình giải quyết hồ sơ thủ tục hành chính',
  });
  const figure = async (line: string) =>
    Number(await report.locator(`tr[data-line="${line}"] td.num`).innerText());
  await expect(report.locator('tr[data-line="2"] td.num')).toHaveText('3');
  // A refused dossier was never received; the returned one was resolved early (before its date).
  const got = {
    carriedOver: await figure('1'),
    received: await figure('2'),
    inPerson: await figure('2.1'),
    resolved: await figure('3'),
    early: await figure('3.1'),
    inProgress: await figure('4'),
    withinTime: await figure('4.1'),
    withdrawn: await figure('5'),
    stopped: await figure('6'),
  };
  expect(got).toEqual({
    carriedOver: 0,
    received: 3,
    inPerson: 3,
    resolved: 1,
    early: 1,
    inProgress: 1,
    withinTime: 1,
    withdrawn: 1,
    stopped: 0,
  });
  // The identity of reports.periodic: carried over + received = resolved + in progress + withdrawn + stopped.
  expect(got.carriedOver + got.received).toBe(
    got.resolved + got.inProgress + got.withdrawn + got.stopped,
  );
  const parts = async (lines: string[]) => {
    let sum = 0;
    for (const l of lines) sum += await figure(l);
    return sum;
  };
  expect(await parts(['2.1', '2.2', '2.3'])).toBe(got.received);
  expect(await parts(['3.1', '3.2', '3.3'])).toBe(got.resolved);
  expect(await parts(['4.1', '4.2'])).toBe(got.inProgress);
  await expect(page.getByTestId('periodic-balance')).toContainText('3 = 3');

  await test.step('the PDF (A4) is shown beside the Excel export', async () => {
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/u.test(m.text())) blocked.push(m.text().slice(0, 160));
    });
    await page.getByRole('button', { name: 'Xuất PDF (A4)' }).click();
    await expect(
      page.locator('iframe[title="Báo cáo tình hình giải quyết hồ sơ thủ tục hành chính"]'),
    ).toHaveAttribute('src', /^blob:/u);
    // Shown means the frame may load it: a preview the page's policy refuses is a blank box.
    await page.waitForTimeout(500);
    expect(blocked).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^bao-cao-dinh-ky_.*\.xlsx$/u);
  });
});
