/**
 * The admin's notification panel (Quản trị → Lệ phí và Cổng DVC): a wrong gateway address and a
 * Zalo event without its ZNS template are named in Vietnamese at their fields, nothing is lost;
 * saved settings come back (the Zalo token only as "đã lưu"), and "Gửi thử" reaches a mock gateway.
 */
import { mkdirSync } from 'node:fs';
import { test, expect, useCounter } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { startMockGateway, type MockGateway } from '../support/mock-gateway';
import { callApi } from '../support/hub-process';

useCounter();

let sms: MockGateway | undefined;
test.afterAll(async () => {
  await sms?.close();
});

const SHOTS = '/tmp/shots/k31-notify';

test('sets the SMS gateway and Zalo per event, with field errors and a test send', async ({
  page,
  counter,
}) => {
  sms = await startMockGateway();
  await page.setViewportSize({ width: 1920, height: 1080 });
  const admin = new AdminPage(page);
  await admin.signIn(counter.hub.adminPassword, 'fees');
  const panel = page.getByRole('region', { name: 'Thông báo cho công dân (SMS, Zalo OA)' });
  await expect(panel).toBeVisible();

  await test.step('a gateway address without http(s) is named at its field', async () => {
    await panel.getByRole('textbox', { name: 'Địa chỉ cổng SMS' }).fill('sms.example.vn/send');
    await panel.getByRole('checkbox', { name: 'Gửi SMS khi "Đã có kết quả"' }).check();
    await panel.getByRole('button', { name: 'Lưu cài đặt thông báo' }).click();
    await expect(panel.getByText(/^Địa chỉ cổng SMS: phải là địa chỉ http\(s\)/u)).toBeVisible();
    await expect(panel.getByRole('textbox', { name: 'Địa chỉ cổng SMS' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  await test.step('Zalo on for an event without its ZNS template is named at that row', async () => {
    await panel.getByRole('textbox', { name: 'Địa chỉ cổng SMS' }).fill(`${sms!.url}/send`);
    await panel.getByRole('textbox', { name: 'Địa chỉ API Zalo OA' }).fill(`${sms!.url}/zalo`);
    await panel.getByLabel('Access token Zalo OA').fill('oa-token-e2e');
    await panel.getByRole('checkbox', { name: 'Gửi Zalo khi "Đã có kết quả"' }).check();
    await panel.getByRole('button', { name: 'Lưu cài đặt thông báo' }).click();
    await expect(
      panel.getByText('Mã mẫu ZNS "Đã có kết quả": cần mã mẫu ZNS khi bật Zalo cho sự kiện này'),
    ).toBeVisible();
    mkdirSync(SHOTS, { recursive: true });
    await panel.screenshot({ path: `${SHOTS}/admin-notify-errors-1920x1080.png` });
    // Nothing typed is lost.
    await expect(panel.getByRole('textbox', { name: 'Địa chỉ cổng SMS' })).toHaveValue(
      `${sms!.url}/send`,
    );
  });

  await test.step('saved, and shown again after a reload with the token kept secret', async () => {
    await panel.getByRole('textbox', { name: 'Mã mẫu ZNS cho "Đã có kết quả"' }).fill('401002');
    await panel
      .getByRole('checkbox', {
        name: 'Gửi SMS khi "Yêu cầu bổ sung giấy tờ (kèm giấy tờ cần mang)"',
      })
      .check();
    await panel.getByRole('button', { name: 'Lưu cài đặt thông báo' }).click();
    await expect(panel.getByRole('status')).toHaveText('Đã lưu cài đặt thông báo.');
    await page.screenshot({ path: `${SHOTS}/admin-notify-1920x1080.png` });
    await page.screenshot({ path: `${SHOTS}/admin-notify-1920x1080-full.png`, fullPage: true });
    await page.reload();
    await expect(panel.getByRole('textbox', { name: 'Địa chỉ cổng SMS' })).toHaveValue(
      `${sms!.url}/send`,
    );
    await expect(
      panel.getByRole('checkbox', { name: 'Gửi SMS khi "Đã có kết quả"' }),
    ).toBeChecked();
    await expect(
      panel.getByRole('checkbox', { name: 'Gửi SMS khi "Đổi ngày hẹn trả"' }),
    ).not.toBeChecked();
    await expect(
      panel.getByRole('checkbox', { name: 'Gửi Zalo khi "Đã có kết quả"' }),
    ).toBeChecked();
    await expect(panel.getByLabel('Access token Zalo OA')).toHaveValue('');
    await expect(panel.getByText(/^Đã lưu một access token/u)).toBeVisible();
  });

  await test.step('"Gửi thử" sends one SMS without diacritics to the gateway', async () => {
    await panel.getByRole('textbox', { name: 'Số điện thoại nhận tin thử' }).fill('0987 654 321');
    await panel.getByRole('button', { name: 'Gửi thử SMS' }).click();
    await expect(panel.getByRole('status')).toHaveText('Đã gửi tin nhắn thử tới 0987 654 321.');
    const [got] = await sms!.waitFor(1);
    expect(JSON.parse(got.body)).toEqual({
      to: '0987654321',
      message:
        'Tin nhan thu cua Bo phan Tiep nhan va Tra ket qua: thong bao ho so qua SMS da hoat dong.',
    });
    // Zalo refuses the token: the admin reads why, nothing breaks.
    sms!.script({ body: { error: -124, message: 'Access token is invalid' } });
    await panel.getByRole('button', { name: 'Gửi thử Zalo' }).click();
    await expect(panel.getByRole('alert')).toContainText(
      'Chưa gửi được: Zalo OA báo lỗi -124: Access token is invalid.',
    );
    const zalo = (await sms!.waitFor(2))[1];
    expect(zalo.url).toBe('/zalo');
    expect(zalo.headers.access_token).toBe('oa-token-e2e');
    expect(JSON.parse(zalo.body)).toMatchObject({ phone: '84987654321', template_id: '401002' });
  });

  await test.step('a result ready goes out by SMS and Zalo, one outbox row each', async () => {
    sms!.fallback = { body: { error: 0, message: 'Success' } };
    const applicant = {
      fullName: 'Đỗ Văn Hùng',
      idNumber: '001190054321',
      phone: '0912345678',
      address: 'Xã Hòa An, tỉnh Cao Bằng',
    };
    const { url } = counter.hub;
    const accepted = await callApi(
      url,
      'dossiers.accept',
      { procedureCode: '1.001193', applicant },
      counter.adminToken,
    );
    const code = accepted.body.dossierCode as string;
    await callApi(url, 'dossiers.markReady', { code }, counter.adminToken);
    const outbox = page.getByRole('region', { name: 'Đồng bộ Cổng dịch vụ công' });
    const row = (channel: string) =>
      outbox.getByRole('row').filter({ hasText: code }).filter({ hasText: channel });
    await expect(async () => {
      await outbox.getByRole('button', { name: 'Làm mới' }).click();
      await expect(row('SMS').filter({ hasText: 'Đã gửi' })).toHaveCount(1, { timeout: 500 });
      await expect(row('Zalo').filter({ hasText: 'Đã gửi' })).toHaveCount(1, { timeout: 500 });
    }).toPass({ timeout: 20_000 });
    const bodies = sms!.got.slice(2).map((r) => r.body);
    expect(bodies.some((b) => b.includes(`Ho so ${code} da co ket qua`))).toBe(true);
    expect(bodies.some((b) => b.includes(`Hồ sơ ${code} đã có kết quả`))).toBe(true);
    await outbox.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/admin-outbox-1920x1080.png` });
  });
});
