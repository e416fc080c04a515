/**
 * The officer's day with a dossier, from the counter to the result: accept, supplement, refuse,
 * hand over and back, result ready, return with the fee, a late dossier's new date; after each
 * step the public lookup (/kiosk/lookup) says where the dossier stands in plain Vietnamese.
 */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { OfficerPage } from './pages/OfficerPage';
import { LookupPage } from './pages/LookupPage';
import { callApi } from '../support/hub-process';
import { pdfPages } from '../support/pdf-text';
import type { Browser, Page } from '@playwright/test';

// Monday 2 March 2026, 09:00 in Hà Nội: a working day away from any holiday. The browsers read
// the same day, so a session the hub gives (12 hours from its clock) is still valid on screen.
const NOW = '2026-03-02T09:00:00+07:00';
useCounter({ now: NOW });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(NOW));
});

/** A second screen (the kiosk lookup, another officer) on the hub's day. */
async function otherPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: url });
  await context.clock.setFixedTime(new Date(NOW));
  return context.newPage();
}

const citizen = {
  fullName: 'Lê Văn Thành',
  idNumber: '001085004321',
  phone: '0987654321',
  address: 'Số 12 Trần Hưng Đạo, phường Hoàn Kiếm, Hà Nội',
};
const MARRIAGE_STATUS = { code: '1.004873', name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân' };
const ID_CARD = { code: '1.014063', name: 'Cấp đổi thẻ căn cước' };

/** A declaration made at the kiosk (its own screens are tested elsewhere). */
async function declare(url: string, procedureCode: string): Promise<string> {
  const r = await callApi(url, 'dossiers.declare', { procedureCode, applicant: citizen });
  expect(r.status).toBe(200);
  return r.body.code as string;
}

async function officerPage(page: Page): Promise<OfficerPage> {
  const officer = new OfficerPage(page);
  await officer.signIn(OFFICER.username, OFFICER.password);
  return officer;
}

/** Accepts a dossier at the counter without a declaration; resolves with its code. */
async function acceptDirect(
  officer: OfficerPage,
  procedure: { code: string; name: string },
): Promise<string> {
  await officer.startDirect(procedure.code, procedure.name);
  await officer.fillApplicant(citizen);
  await officer.tickAllDocuments();
  const accepted = await officer.accept();
  expect(accepted.printed).toBe(true);
  await officer.next();
  return accepted.dossierCode;
}

/** The open dossier's result is ready, then handed over free of charge; the kiosk says so. */
async function readyAndReturn(officer: OfficerPage, lookup: LookupPage, code: string) {
  await officer.action('Đã có kết quả');
  await officer.expectStatus('Đã có kết quả');
  await officer.action('Trả kết quả');
  const form = officer.form('Trả kết quả cho người dân');
  await form.getByLabel('Hình thức thu').selectOption({ label: 'Miễn phí / miễn nộp' });
  expect(
    await officer.run('return', () => form.getByRole('button', { name: 'Trả kết quả' }).click()),
  ).toBe(200);
  await officer.expectStatus('Đã trả kết quả');
  expect(await lookupText(lookup, code)).toBe('Kết quả đã được trả cho người nộp hồ sơ.');
}

async function lookupText(lookup: LookupPage, code: string): Promise<string> {
  await lookup.goto();
  return lookup.lookup(code);
}

test('accept: the due date is shown; changing it needs a reason; the kiosk says the dossier is received', async ({
  page,
  browser,
  counter,
}) => {
  const code = await declare(counter.hub.url, MARRIAGE_STATUS.code);
  const officer = await officerPage(page);
  const lookup = new LookupPage(await otherPage(browser, counter.hub.url));

  await test.step('the officer opens the declaration and sees the computed due date', async () => {
    await officer.open(code);
    await expect(page.getByText('Ngày hẹn trả nếu tiếp nhận bây giờ')).toBeVisible();
    await expect(page.locator('.due-preview__value')).toContainText('05/03/2026');
    await officer.tickAllDocuments();
  });

  await test.step('an override without a reason is refused next to the reason field', async () => {
    await page.getByRole('checkbox', { name: 'Điều chỉnh ngày hẹn trả' }).check();
    await page.getByLabel('Ngày hẹn điều chỉnh').fill('2026-03-06');
    await page.getByLabel('Giờ hẹn điều chỉnh').fill('10:00');
    await officer.acceptButton.click();
    await expect(page.getByRole('textbox', { name: 'Lý do điều chỉnh' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(
      page.getByText(/Lý do điều chỉnh ngày hẹn: phải có ít nhất 5 ký tự/u).first(),
    ).toBeVisible();
  });

  let dossierCode = '';
  await test.step('with a reason the dossier is accepted with the changed date', async () => {
    await page
      .getByRole('textbox', { name: 'Lý do điều chỉnh' })
      .fill('Cần xác minh tại nơi cư trú trước đây');
    const accepted = await officer.accept();
    dossierCode = accepted.dossierCode;
    expect(accepted.printed).toBe(true);
    await expect(
      page.getByRole('region', { name: 'Đã tiếp nhận hồ sơ' }).getByText('10:00 06/03/2026'),
    ).toBeVisible();
  });

  await test.step('the kiosk lookup says it is received', async () => {
    expect(await lookupText(lookup, dossierCode)).toBe(
      'Hồ sơ đã được tiếp nhận và đang chờ giải quyết.',
    );
  });
});

test('supplement on a declaration: Mẫu 02 prints, the papers arrive, the dossier is accepted, its result returned', async ({
  page,
  browser,
  counter,
}) => {
  const code = await declare(counter.hub.url, MARRIAGE_STATUS.code);
  const officer = await officerPage(page);
  const lookup = new LookupPage(await otherPage(browser, counter.hub.url));
  const form02 = 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)';
  let dossierCode = '';

  await test.step('the officer asks for a missing paper from the checklist and one typed', async () => {
    await officer.open(code);
    await officer.action('Yêu cầu bổ sung');
    const form = officer.form('Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)');
    const firstMissing = form.getByRole('checkbox').first();
    await firstMissing.check();
    await form.getByLabel(/Giấy tờ khác cần bổ sung/u).fill('Bản sao sổ hộ khẩu cũ');
    await form.getByLabel('Lý do').fill('Thiếu giấy tờ chứng minh nơi cư trú trước đây');
    expect(
      await officer.run('requestSupplement', () =>
        form.getByRole('button', { name: 'Gửi yêu cầu và in Mẫu 02' }).click(),
      ),
    ).toBe(200);
    await officer.expectPrinted(form02);
    await officer.reprintNotice(form02);
    await expect(officer.acceptButton).toBeDisabled();
  });

  await test.step('the kiosk says papers are missing and lists them', async () => {
    expect(await lookupText(lookup, code)).toBe(
      'Hồ sơ cần bổ sung giấy tờ trước khi được tiếp nhận.',
    );
    await expect(lookup.page.getByText('Bản sao sổ hộ khẩu cũ')).toBeVisible();
  });

  await test.step('the citizen comes back another time: the declaration code opens again', async () => {
    await officer.open(code);
    await expect(page.getByText('Đang chờ người dân bổ sung giấy tờ:')).toBeVisible();
    await expect(page.getByText('Bản sao sổ hộ khẩu cũ')).toBeVisible();
  });

  await test.step('the papers arrive, ticked against Mẫu 02, and the dossier is accepted', async () => {
    expect(await officer.receiveSupplement()).toBe(200);
    await expect(officer.acceptButton).toBeEnabled();
    await officer.tickAllDocuments();
    const accepted = await officer.accept();
    expect(accepted.printed).toBe(true);
    expect(await lookupText(lookup, accepted.dossierCode)).toBe(
      'Hồ sơ đã được tiếp nhận và đang chờ giải quyết.',
    );
    dossierCode = accepted.dossierCode;
  });

  await test.step('the result is ready and returned', async () => {
    await officer.next();
    await officer.open(dossierCode);
    await readyAndReturn(officer, lookup, dossierCode);
  });
});

test('supplement on a received dossier pauses it; when the papers arrive a new Mẫu 01 states the pause; the result is returned', async ({
  page,
  browser,
  counter,
}) => {
  const officer = await officerPage(page);
  const lookup = new LookupPage(await otherPage(browser, counter.hub.url));
  const dossierCode = await acceptDirect(officer, MARRIAGE_STATUS);

  await test.step('the officer asks for a typed paper', async () => {
    await officer.open(dossierCode);
    await officer.action('Yêu cầu bổ sung');
    const form = officer.form('Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)');
    await form.getByLabel(/Giấy tờ khác cần bổ sung/u).fill('Giấy xác nhận của Công an xã');
    await form.getByLabel('Lý do').fill('Cần xác nhận nơi cư trú');
    await form.getByRole('button', { name: 'Gửi yêu cầu và in Mẫu 02' }).click();
    await officer.expectPrinted('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)');
    await officer.expectStatus('Yêu cầu bổ sung');
    expect(await officer.dossierValue('Giấy tờ yêu cầu bổ sung')).toContain(
      'Giấy xác nhận của Công an xã',
    );
    expect(await officer.dossierValue('Tạm dừng từ')).toMatch(/02\/03\/2026/u);
  });

  await test.step('the kiosk says papers are missing', async () => {
    expect(await lookupText(lookup, dossierCode)).toMatch(/^Hồ sơ cần bổ sung giấy tờ/u);
  });

  await test.step('the papers arrive: the dossier goes on with its due date recomputed and printed', async () => {
    expect(await officer.receiveSupplement()).toBe(200);
    await officer.expectStatus('Đã tiếp nhận');
    await officer.expectPrinted('Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)');
    expect(await officer.dossierValue('Hẹn trả kết quả')).toMatch(/05\/03\/2026/u);
    const history = page.getByRole('region', { name: 'Quá trình xử lý' });
    await expect(history.getByRole('cell', { name: 'Yêu cầu bổ sung', exact: true })).toBeVisible();
    await expect(
      history.getByRole('cell', { name: 'Đã nhận giấy tờ bổ sung', exact: true }),
    ).toBeVisible();
    expect(await lookupText(lookup, dossierCode)).toBe(
      'Hồ sơ đã được tiếp nhận và đang chờ giải quyết.',
    );
  });

  await test.step('the reissued Mẫu 01 (PDF) states the pause, which does not count', async () => {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/dossiers.formPdf'));
    await page.getByRole('button', { name: 'Mẫu 01 Giấy tiếp nhận và hẹn trả' }).click();
    const pages = await pdfPages(((await (await answered).json()) as { pdf: string }).pdf);
    expect(pages).toHaveLength(2);
    for (const p of pages)
      expect(p.text).toMatch(
        /Hồ sơ tạm dừng chờ bổ sung từ .*02\/03\/2026 đến .*02\/03\/2026; thời gian chờ không tính vào thời hạn giải quyết\./u,
      );
  });

  await test.step('the result is ready and returned', async () => {
    await readyAndReturn(officer, lookup, dossierCode);
  });
});

test('refuse: a short reason is refused in place; with a reason Mẫu 03 prints and the kiosk says it was not received', async ({
  page,
  browser,
  counter,
}) => {
  const code = await declare(counter.hub.url, MARRIAGE_STATUS.code);
  const officer = await officerPage(page);
  const lookup = new LookupPage(await otherPage(browser, counter.hub.url));

  await officer.open(code);
  await officer.action('Từ chối tiếp nhận');
  const form = officer.form('Từ chối tiếp nhận (Mẫu 03)');
  await form.getByLabel('Lý do').fill('Sai');
  expect(
    await officer.run('refuse', () =>
      form.getByRole('button', { name: 'Từ chối và in Mẫu 03' }).click(),
    ),
  ).toBe(400);
  await expect(form.getByRole('textbox', { name: 'Lý do' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );

  await form.getByLabel('Lý do').fill('Thủ tục này không thuộc thẩm quyền của Ủy ban nhân dân xã');
  expect(
    await officer.run('refuse', () =>
      form.getByRole('button', { name: 'Từ chối và in Mẫu 03' }).click(),
    ),
  ).toBe(200);
  await officer.expectPrinted('Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)');
  await expect(page.getByText('Tờ khai này đã được xử lý; không thể tiếp nhận lại.')).toBeVisible();
  expect(await lookupText(lookup, code)).toBe('Hồ sơ không được tiếp nhận.');
});

test('hand over, back, result ready, return with the fee; a step on a stale screen shows the 409 in Vietnamese', async ({
  page,
  browser,
  counter,
}) => {
  const officer = await officerPage(page);
  const lookup = new LookupPage(await otherPage(browser, counter.hub.url));
  const dossierCode = await acceptDirect(officer, ID_CARD);
  await officer.open(dossierCode);
  expect(await officer.offeredActions()).toEqual([
    'Chuyển xử lý',
    'Đã có kết quả',
    'Yêu cầu bổ sung',
    'Hẹn lại ngày trả',
    'Từ chối tiếp nhận',
    'Rút hồ sơ',
    'Dừng xử lý',
  ]);

  await test.step('hand over to the police unit', async () => {
    await officer.action('Chuyển xử lý');
    const form = officer.form('Chuyển hồ sơ cho đơn vị giải quyết');
    await form.getByLabel('Đơn vị nhận').fill('Công an xã Nghĩa Đô');
    await form.getByLabel(/^Người nhận/u).fill('Nguyễn Văn Hùng');
    await form.getByRole('button', { name: 'Chuyển xử lý' }).click();
    await officer.expectStatus('Đã chuyển xử lý');
    expect(await officer.dossierValue('Đơn vị đang xử lý')).toBe('Công an xã Nghĩa Đô');
    await expect(
      page
        .getByRole('region', { name: 'Phiếu kiểm soát quá trình giải quyết' })
        .getByText('Công an xã Nghĩa Đô'),
    ).toBeVisible();
    expect(await lookupText(lookup, dossierCode)).toBe(
      'Hồ sơ đang được cơ quan chuyên môn giải quyết.',
    );
  });

  await test.step('the unit gives it back, and the result is ready', async () => {
    await officer.action('Nhận lại hồ sơ');
    await officer.expectStatus('Đang giải quyết');
    expect(await lookupText(lookup, dossierCode)).toBe('Hồ sơ đang được giải quyết.');
    // A press by mistake only asks: "Hủy" leaves the dossier as it was, nothing sent.
    let marked = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/dossiers.markReady')) marked += 1;
    });
    await page.getByRole('button', { name: 'Đã có kết quả', exact: true }).click();
    const ask = page.getByRole('group', { name: 'Đã có kết quả', exact: true });
    await expect(ask).toContainText('Xác nhận hồ sơ đã có kết quả?');
    await ask.getByRole('button', { name: 'Hủy', exact: true }).click();
    await expect(ask).toBeHidden();
    await officer.expectStatus('Đang giải quyết');
    expect(marked).toBe(0);
    await officer.action('Đã có kết quả');
    await officer.expectStatus('Đã có kết quả');
    expect(marked).toBe(1);
    expect(await officer.offeredActions()).toEqual(['Trả kết quả']);
    expect(await lookupText(lookup, dossierCode)).toBe(
      'Đã có kết quả. Mời ông/bà mang giấy hẹn và giấy tờ tùy thân đến nhận kết quả.',
    );
  });

  await test.step('a wrong amount is refused next to the field; the result is returned with the fee', async () => {
    await officer.action('Trả kết quả');
    const form = officer.form('Trả kết quả cho người dân');
    await form.getByLabel('Số tiền lệ phí (đồng)').fill('năm mươi');
    await form.getByRole('button', { name: 'Trả kết quả' }).click();
    await expect(form.getByRole('textbox', { name: 'Số tiền lệ phí (đồng)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await form.getByLabel('Số tiền lệ phí (đồng)').fill('50.000');
    // A transfer is recorded by its bank reference, cash by the receipt's number.
    await form.getByLabel('Hình thức thu').selectOption({ label: 'Chuyển khoản' });
    await expect(form.getByLabel(/^Mã giao dịch chuyển khoản/u)).toBeVisible();
    await form.getByLabel('Hình thức thu').selectOption({ label: 'Tiền mặt' });
    await form.getByLabel(/^Số biên lai/u).fill('BL-000123');
    expect(
      await officer.run('return', () => form.getByRole('button', { name: 'Trả kết quả' }).click()),
    ).toBe(200);
    await officer.expectStatus('Đã trả kết quả');
    expect(await officer.dossierValue('Lệ phí đã thu')).toBe(
      '50.000 đ · Tiền mặt · Số biên lai BL-000123',
    );
    expect(await lookupText(lookup, dossierCode)).toBe('Kết quả đã được trả cho người nộp hồ sơ.');
  });

  await test.step('a second screen that still shows "result ready" gets the 409 in Vietnamese', async () => {
    const stale = new OfficerPage(await otherPage(browser, counter.hub.url));
    await stale.signIn(OFFICER.username, OFFICER.password);
    const second = await acceptDirect(stale, ID_CARD);
    await stale.open(second);
    await stale.action('Đã có kết quả');
    await stale.expectStatus('Đã có kết quả');
    const login = await callApi(counter.hub.url, 'auth.login', {
      username: OFFICER.username,
      password: OFFICER.password,
    });
    const done = await callApi(
      counter.hub.url,
      'dossiers.return',
      { code: second, fee: { amount: 0, method: 'exempt' } },
      login.body.token as string,
    );
    expect(done.status).toBe(200);
    await stale.action('Trả kết quả');
    const form = stale.form('Trả kết quả cho người dân');
    await form.getByLabel('Hình thức thu').selectOption({ label: 'Miễn phí / miễn nộp' });
    expect(
      await stale.run('return', () => form.getByRole('button', { name: 'Trả kết quả' }).click()),
    ).toBe(409);
    await expect(form.getByRole('alert')).toContainText('Đã trả kết quả');
  });
});

test('late: a new date with an apology (Mẫu 04) keeps the original date', async ({
  page,
  browser,
  counter,
}) => {
  const officer = await officerPage(page);
  const lookup = new LookupPage(await otherPage(browser, counter.hub.url));
  const dossierCode = await acceptDirect(officer, MARRIAGE_STATUS);
  await officer.open(dossierCode);
  const firstDue = await officer.dossierValue('Hẹn trả kết quả');
  expect(firstDue).toMatch(/05\/03\/2026/u);

  await officer.action('Hẹn lại ngày trả');
  const form = officer.form('Xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)');
  await form.getByLabel('Ngày hẹn mới').fill('2026-03-07');
  await form.getByLabel('Giờ hẹn mới').fill('10:00');
  await form.getByLabel('Lý do').fill('Cần thêm thời gian xác minh thông tin hộ tịch');
  expect(
    await officer.run('delay', () =>
      form.getByRole('button', { name: 'Hẹn lại và in Mẫu 04' }).click(),
    ),
  ).toBe(400);
  await expect(form.getByText('Ngày hẹn mới phải là ngày làm việc')).toBeVisible();

  await form.getByLabel('Ngày hẹn mới').fill('2026-03-10');
  expect(
    await officer.run('delay', () =>
      form.getByRole('button', { name: 'Hẹn lại và in Mẫu 04' }).click(),
    ),
  ).toBe(200);
  // TT 03/2025/TT-VPCP renamed Mẫu 04: the screen names the form the citizen is handed.
  await officer.expectPrinted('Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)');
  expect(await officer.dossierValue('Hẹn trả kết quả')).toBe('10:00 10/03/2026');
  expect(await officer.dossierValue('Hẹn ban đầu')).toBe(firstDue);

  expect(await lookupText(lookup, dossierCode)).toBe(
    'Hồ sơ đã được tiếp nhận và đang chờ giải quyết.',
  );
  expect(await lookup.value('Ngày hẹn trả kết quả')).toContain('10/03/2026');
});

test('a scanned slip (CODE#SECRET, Enter) opens the dossier; today lists it', async ({
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
    // No documents given: the procedure's requirement is taken as received (an empty list would ask for a reason).
    { procedureCode: ID_CARD.code, applicant: citizen },
    login.body.token as string,
  );
  expect(accepted.status).toBe(200);
  const officer = await officerPage(page);
  await officer.open(accepted.body.qrPayload as string);
  await expect(
    page.getByRole('heading', { name: `Hồ sơ ${accepted.body.dossierCode as string}` }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /^Đã tiếp nhận hôm nay/u })
      .getByText(accepted.body.dossierCode as string),
  ).toBeVisible();
});

test('"Gọi số tiếp theo" calls the counter\'s next ticket; the counter is remembered for the session', async ({
  page,
  counter,
}) => {
  const set = await callApi(
    counter.hub.url,
    'queue.setCounters',
    { counters: [{ number: 1, name: 'Quầy số 1', fields: [] }] },
    counter.adminToken,
  );
  expect(set.status).toBe(200);
  const first = await callApi(counter.hub.url, 'queue.take', {});
  const second = await callApi(counter.hub.url, 'queue.take', {});
  expect(first.status).toBe(200);

  await officerPage(page);
  await page.getByLabel('Chọn quầy của bạn').selectOption({ label: 'Quầy số 1' });
  await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(page.getByRole('status', { name: 'Đang phục vụ số' })).toHaveText(
    first.body.ticket as string,
  );
  await page.reload();
  await expect(page.getByText('Quầy số 1')).toBeVisible();
  await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(page.getByRole('status', { name: 'Đang phục vụ số' })).toHaveText(
    second.body.ticket as string,
  );
  await page.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(page.getByText('Không còn ai chờ.')).toBeVisible();
});
