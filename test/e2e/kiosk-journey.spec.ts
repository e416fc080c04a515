/**
 * The citizen's whole visit at the kiosk, in portrait and landscape: a name typed with Telex on the
 * on-screen keyboard, a declaration, a queue ticket printed at the slip printer and shown on the
 * hall's TV, a lookup of the dossier by its code, a rating of it; the search and the field browser.
 */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { callApi } from '../support/hub-process';
import { decodeEscPosRaster } from '../support/raster-decoder';
import { KioskPage } from './pages/KioskPage';
import { LookupPage } from './pages/LookupPage';
import { DisplayPage } from './pages/DisplayPage';

useCounter();

const SIZES = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;

async function officerToken(url: string): Promise<string> {
  const login = await callApi(url, 'auth.login', {
    username: OFFICER.username,
    password: OFFICER.password,
  });
  return login.body.token as string;
}

for (const [orientation, viewport] of Object.entries(SIZES)) {
  test.describe(orientation, () => {
    test.use({ viewport });

    test('a citizen types a name with Telex, declares, takes a ticket, looks the dossier up and rates it', async ({
      page,
      counter,
    }) => {
      const kiosk = new KioskPage(page);
      const jobsBefore = counter.printer.jobs.length;

      await test.step('finds "đăng ký kết hôn" by tapping it without diacritics', async () => {
        await kiosk.goto();
        await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
        await expect(kiosk.searchBox).toBeFocused();
        await expect(kiosk.searchBox).toHaveAttribute('inputmode', 'none');
        await kiosk.tap('dang ky ket hon');
        await expect(kiosk.searchBox).toHaveValue('dang ky ket hon');
        await expect(kiosk.results.first()).toContainText('Thủ tục đăng ký kết hôn');
        await kiosk.openProcedure('Thủ tục đăng ký kết hôn');
      });

      await test.step('types the name with Telex and the ID and phone on the number pad', async () => {
        await page.getByRole('button', { name: 'Khai thông tin để nộp hồ sơ' }).click();
        await expect(kiosk.field('Họ và tên')).toBeFocused();
        await kiosk.tap('nguyeenx vawn anh');
        await expect(kiosk.field('Họ và tên')).toHaveValue('Nguyễn Văn Anh');
        await kiosk.tapDone();
        await expect(kiosk.field('Số CCCD')).toBeFocused();
        await kiosk.tapDigits('001090012345');
        await expect(kiosk.field('Số CCCD')).toHaveValue('001090012345');
        await kiosk.tapDone();
        await expect(kiosk.field('Số điện thoại')).toBeFocused();
        await kiosk.tapDigits('0912345678');
        await kiosk.tapDone();
        await expect(kiosk.field('Địa chỉ')).toBeFocused();
        await kiosk.tap('xax hoaf an');
        await expect(kiosk.field('Địa chỉ')).toHaveValue('xã hoà an');
        await kiosk.closeKeyboard();
      });

      let declarationCode = '';
      await test.step('declares and gets the declaration code', async () => {
        await kiosk.submitDeclaration();
        const code = page.getByRole('status', { name: 'Mã tờ khai' });
        await expect(code).toHaveText(/^TK-[0-9A-Z]{6}$/u);
        declarationCode = ((await code.textContent()) ?? '').trim();
      });

      let ticket = '';
      await test.step('takes a ticket for the counter that handles the procedure; it prints', async () => {
        const shown = await kiosk.takeTicket();
        expect(shown.ticket).toMatch(/^1\d{3}$/u);
        expect(shown.counter).toBe('Mời đến Quầy số 1');
        expect(shown.printStatus).toMatch(/đã được in/u);
        ticket = shown.ticket;
        const jobs = await counter.printer.waitForJobs(jobsBefore + 1);
        expect(decodeEscPosRaster(jobs[jobsBefore]).width).toBe(576);
      });

      await test.step("the hall's display shows the ticket once the officer calls it, without personal data", async () => {
        const token = await officerToken(counter.hub.url);
        let called: string | null = null;
        while (called !== ticket) {
          const r = await callApi(counter.hub.url, 'queue.callNext', { counter: 1 }, token);
          expect(r.status).toBe(200);
          called = r.body.ticket as string | null;
          expect(called).not.toBeNull();
        }
        const tv = new DisplayPage(await page.context().newPage());
        await tv.goto();
        await expect(tv.nowCalling).toContainText(ticket);
        await expect(tv.counterRow('Quầy số 1')).toContainText(ticket);
        await expect(tv.page.getByText('Nguyễn Văn Anh')).toHaveCount(0);
        await tv.page.close();
      });

      await test.step('looks the declaration up before handing it in: what to bring to the counter', async () => {
        await kiosk.goHome();
        await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
        await new LookupPage(page).lookup(declarationCode);
        // The papers are still to be submitted: the list is not for collecting a result.
        await expect(
          page.getByRole('heading', { name: 'Khi đến quầy nộp hồ sơ, mang theo' }),
        ).toBeVisible();
        await expect(page.getByRole('heading', { name: /nhận kết quả/u })).toHaveCount(0);
      });

      let dossierCode = '';
      let slipQr = '';
      await test.step('the officer accepts the declaration (over the API)', async () => {
        const token = await officerToken(counter.hub.url);
        const accepted = await callApi(
          counter.hub.url,
          'dossiers.accept',
          { declarationCode },
          token,
        );
        expect(accepted.status).toBe(200);
        dossierCode = accepted.body.dossierCode as string;
        slipQr = accepted.body.qrPayload as string;
      });

      await test.step('looks the dossier up by its code: state, due date, what to bring, masked', async () => {
        await kiosk.goHome();
        await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
        const lookup = new LookupPage(page);
        // Scanned from the slip's QR: the code with its secret, which also lets the citizen rate the dossier.
        const status = await lookup.lookup(slipQr);
        expect(status).toMatch(/tiếp nhận/u);
        expect(await lookup.value('Ngày hẹn trả kết quả')).toMatch(
          /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/u,
        );
        await expect(
          page.getByRole('heading', { name: 'Khi đến nhận kết quả, mang theo' }),
        ).toBeVisible();
        await expect(page.getByText('*********345')).toBeVisible();
        await expect(page.getByText('001090012345')).toHaveCount(0);
        await expect(page.getByText('Nguyễn Văn Anh')).toHaveCount(0);
      });

      await test.step('rates the service of that dossier', async () => {
        await page.getByRole('button', { name: 'Đánh giá sự hài lòng' }).click();
        await expect(page.getByText(`hồ sơ ${dossierCode}`)).toBeVisible();
        const rated = page.waitForResponse((r) => r.url().endsWith('/api/feedback.rate'));
        await kiosk.rate('Rất hài lòng');
        const body = (await (await rated).json()) as { level: number; dossierCode: string };
        expect(body).toMatchObject({ level: 5, dossierCode });
        await page.getByRole('button', { name: 'Xong, về trang đầu' }).click();
        await expect(
          page.getByRole('heading', { level: 1, name: 'Xin chào! Ông/bà cần làm gì?' }),
        ).toBeVisible();
      });
    });

    test('browsing by field reaches the same procedure page as the search', async ({ page }) => {
      const kiosk = new KioskPage(page);
      await kiosk.goto();
      await kiosk.browse('Hộ tịch', 'Thủ tục đăng ký kết hôn');
      await expect(page.getByRole('heading', { name: 'Giấy tờ cần mang' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Dịch vụ công trực tuyến' })).toBeVisible();
      await expect(page.getByText(/^Một phần$/u)).toBeVisible();
      await expect(page.getByText(/phải đến cơ quan/u)).toBeVisible();
      await expect(page.getByText('Mã thủ tục: 1.000894', { exact: false })).toBeVisible();
    });
  });
}

test('a procedure with a portal address shows its QR code; an anonymous rating from home thanks the citizen', async ({
  page,
  counter,
}) => {
  const url =
    'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193';
  const proc = await callApi(counter.hub.url, 'catalog.get', { code: '1.001193' });
  const updated = await callApi(
    counter.hub.url,
    'catalog.update',
    {
      procedure: { ...proc.body, portalUrl: url, serviceLevel: { legacy: 3, online: 'mot_phan' } },
    },
    counter.adminToken,
  );
  expect(updated.status).toBe(200);

  await page.goto('/kiosk/procedure/1.001193');
  const qr = page.getByRole('img', {
    name: 'Mã QR mở trang thủ tục trên Cổng Dịch vụ công quốc gia',
  });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/u);
  await expect(page.getByText('Mức độ 3 (cách gọi cũ)')).toBeVisible();

  await page.getByRole('button', { name: 'Về trang chủ' }).click();
  await page.getByRole('button', { name: 'Đánh giá sự hài lòng' }).click();
  await expect(
    page.getByText('Ông/bà có hài lòng với việc giải quyết thủ tục hôm nay không?'),
  ).toBeVisible();
  const kiosk = new KioskPage(page);
  await kiosk.rate('Hài lòng');
});
