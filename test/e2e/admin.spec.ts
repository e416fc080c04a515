/**
 * The admin's upkeep as a script: a day of the working calendar edited in the year grid, a
 * procedure hidden from (and shown again on) the kiosk, the print journal with a reprint.
 */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { KioskPage } from './pages/KioskPage';
import { callApi } from '../support/hub-process';

useCounter();

test('a day edited in the calendar grid shows as a day off with its note and source', async ({
  page,
  counter,
}) => {
  const admin = new AdminPage(page);
  await admin.signIn(counter.hub.adminPassword, 'calendar');
  await admin.showYear(2026);

  await test.step('the official 2026 holidays are in the grid', async () => {
    await expect(admin.day('17/02/2026')).toHaveAccessibleName(
      /^17\/02\/2026: Ngày nghỉ \(chính thức\)/u,
    );
    await expect(admin.day('24/11/2026')).toHaveAccessibleName('24/11/2026: ngày thường');
  });

  await test.step('the admin makes 24/11 a day off with a note', async () => {
    await admin.editDay('24/11/2026', 'Ngày nghỉ', 'Ngày Văn hóa Việt Nam');
    await expect(admin.day('24/11/2026')).toHaveAccessibleName(
      '24/11/2026: Ngày nghỉ (quản trị sửa) — Ngày Văn hóa Việt Nam',
    );
    const days = await callApi(counter.hub.url, 'calendar.days', { year: 2026 });
    expect(days.body.days).toContainEqual({
      date: '2026-11-24',
      kind: 'off',
      source: 'admin',
      note: 'Ngày Văn hóa Việt Nam',
    });
  });

  await test.step('a Saturday becomes a make-up working day, then back to normal', async () => {
    await admin.editDay('28/11/2026', 'Ngày làm việc bù', 'Làm bù');
    await expect(admin.day('28/11/2026')).toHaveAccessibleName(
      '28/11/2026: Làm việc bù (quản trị sửa) — Làm bù',
    );
    await admin.editDay('28/11/2026', 'Ngày thường (theo tuần)', '');
    await expect(admin.day('28/11/2026')).toHaveAccessibleName('28/11/2026: cuối tuần');
  });

  await test.step('the edit survives a reload', async () => {
    await page.reload();
    await admin.showYear(2026);
    await expect(admin.day('24/11/2026')).toHaveAccessibleName(
      /^24\/11\/2026: Ngày nghỉ \(quản trị sửa\)/u,
    );
  });
});

test('a hidden procedure disappears from the kiosk search and comes back when shown again', async ({
  page,
  browser,
  counter,
}) => {
  const name = 'Thủ tục đăng ký khai tử';
  const kiosk = new KioskPage(
    await (
      await browser.newContext({
        baseURL: counter.hub.url,
        viewport: { width: 1080, height: 1920 },
      })
    ).newPage(),
  );
  await kiosk.goto();
  expect(await kiosk.search('dang ky khai tu')).toContain(name);

  const admin = new AdminPage(page);
  await admin.signIn(counter.hub.adminPassword, 'procedures');
  await admin.searchProcedures('khai tử');
  await admin.setHidden(name, true);
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) }),
  ).toContainText('Đang ẩn');

  await kiosk.searchBox.fill('');
  expect(await kiosk.search('dang ky khai tu')).not.toContain(name);

  await admin.setHidden(name, false);
  await kiosk.searchBox.fill('');
  expect(await kiosk.search('dang ky khai tu')).toContain(name);
});

test('the print journal lists the jobs with their status, and a reprint adds one', async ({
  page,
  counter,
}) => {
  const login = await callApi(counter.hub.url, 'auth.login', {
    username: OFFICER.username,
    password: OFFICER.password,
  });
  const accepted = await callApi(
    counter.hub.url,
    'dossiers.accept',
    {
      procedureCode: '1.014063',
      applicant: {
        fullName: 'Phạm Thị Hoa',
        idNumber: '001190055555',
        phone: '0912000111',
        address: 'Thôn Đông, xã Yên Sở, Hà Nội',
      },
    },
    login.body.token as string,
  );
  expect(accepted.status).toBe(200);
  const jobId = accepted.body.print.jobId as number;
  const before = counter.printer.jobs.length;

  const admin = new AdminPage(page);
  await admin.signIn(counter.hub.adminPassword, 'printing');
  const slipRow = admin.journalRows().filter({ hasText: accepted.body.dossierCode as string });
  await expect(slipRow).toHaveCount(1);
  await expect(slipRow).toContainText('Đã in');
  const rows = await admin.journalRows().count();

  await test.step('a reprint of the slip adds a job marked as a reprint', async () => {
    expect(await admin.reprint(jobId)).toMatch(/^Lệnh in số \d+: Đã in$/u);
    await expect(admin.journalRows()).toHaveCount(rows + 1);
    await expect(admin.journalRows().first()).toContainText(`IN LẠI · bản đầu số ${jobId}`);
    await counter.printer.waitForJobs(before + 1);
  });

  await test.step('a test page prints and is listed', async () => {
    await page.getByRole('button', { name: 'In trang thử' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Lệnh in số \d+: Đã in$/u }),
    ).toBeVisible();
    await expect(admin.journalRows()).toHaveCount(rows + 2);
    await counter.printer.waitForJobs(before + 2);
  });

  await test.step('a job is viewed as the bitmap that was printed', async () => {
    await page.getByRole('button', { name: `Xem ${jobId}`, exact: true }).click();
    await expect(page.getByRole('img', { name: `Bản in số ${jobId}` })).toBeVisible();
  });
});

test('an officer account is disabled and enabled again; its password is reset', async ({
  page,
  counter,
}) => {
  const admin = new AdminPage(page);
  await admin.signIn(counter.hub.adminPassword, 'staff');
  const row = page.getByRole('row', { name: new RegExp(OFFICER.username, 'u') });
  await page.getByRole('button', { name: `Khóa: ${OFFICER.username}` }).click();
  await expect(row).toContainText('Đã khóa');
  const refused = await callApi(counter.hub.url, 'auth.login', {
    username: OFFICER.username,
    password: OFFICER.password,
  });
  expect(refused.status).not.toBe(200);
  await page.getByRole('button', { name: `Mở khóa: ${OFFICER.username}` }).click();
  await expect(row).toContainText('Đang hoạt động');

  await page.getByRole('button', { name: `Đặt lại mật khẩu: ${OFFICER.username}` }).click();
  await page
    .getByLabel(
      `Mật khẩu mới cho ${OFFICER.username} (ít nhất 10 ký tự, không trùng tên đăng nhập)`,
    )
    .fill(OFFICER.password);
  await page
    .getByRole('form', { name: 'Đặt lại mật khẩu' })
    .getByRole('button', { name: 'Đặt lại mật khẩu' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: `Đã đặt mật khẩu mới cho ${OFFICER.username}.` }),
  ).toBeVisible();
  const ok = await callApi(counter.hub.url, 'auth.login', {
    username: OFFICER.username,
    password: OFFICER.password,
  });
  expect(ok.status).toBe(200);
});
