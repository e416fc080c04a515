/** The foundation's path: a citizen declares at the kiosk, an officer accepts, a slip prints, anyone looks it up. */
import { test, expect, useCounter, OFFICER } from './fixtures';
import { KioskPage } from './pages/KioskPage';
import { OfficerPage } from './pages/OfficerPage';
import { LookupPage } from './pages/LookupPage';
import { decodeEscPosRaster, readQrFromRaster } from '../support/raster-decoder';

useCounter();

const citizen = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Số 5 Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội',
};

test('a declaration at the kiosk becomes a dossier with a printed slip whose QR reads back', async ({
  browser,
  counter,
}) => {
  const kioskContext = await browser.newContext({
    baseURL: counter.hub.url,
    viewport: { width: 1080, height: 1920 },
  });
  const officerContext = await browser.newContext({
    baseURL: counter.hub.url,
    viewport: { width: 1920, height: 1080 },
  });
  const kiosk = new KioskPage(await kioskContext.newPage());
  const officer = new OfficerPage(await officerContext.newPage());
  const lookup = new LookupPage(await kioskContext.newPage());

  let declarationCode = '';
  await test.step('the citizen finds the procedure without diacritics and declares', async () => {
    await kiosk.goto();
    const names = await kiosk.search('dang ky khai sinh');
    expect(names[0]).toMatch(/khai sinh/i);
    await kiosk.openProcedure(0);
    declarationCode = await kiosk.declare(citizen);
    expect(declarationCode).toMatch(/^TK-[0-9A-Z]{6}$/);
  });

  let dossierCode = '';
  let slipQr = '';
  await test.step('the officer opens the declaration, ticks the papers and accepts', async () => {
    await officer.signIn(OFFICER.username, OFFICER.password);
    await officer.open(declarationCode);
    await expect(officer.applicantField('Họ và tên')).toHaveValue(citizen.fullName);
    expect(await officer.tickAllDocuments()).toBeGreaterThan(0);
    const accepted = await officer.accept();
    dossierCode = accepted.dossierCode;
    expect(dossierCode).toMatch(/^000\.00\.00\.H14-\d{6}-0001$/);
    expect(accepted.printed).toBe(true);
    await expect(
      officer.page.getByRole('img', { name: /giấy tiếp nhận|phiếu|slip/i }).first(),
    ).toBeVisible();
  });

  await test.step('the slip reached the printer and its QR reads back as the dossier code', async () => {
    const [job] = await counter.printer.waitForJobs(1);
    const image = decodeEscPosRaster(job);
    expect(image.width).toBe(576);
    const qr = readQrFromRaster(image);
    expect(qr?.split('#')[0]).toBe(dossierCode);
    slipQr = qr ?? '';
  });

  await test.step('the bare code shows the state only; the slip QR shows the applicant masked', async () => {
    await lookup.goto();
    expect(await lookup.lookup(dossierCode)).toMatch(/tiếp nhận/);
    await expect(lookup.page.getByText('*********345')).toHaveCount(0);
    await lookup.goto();
    const status = await lookup.lookup(slipQr);
    expect(status).toMatch(/tiếp nhận/);
    await expect(lookup.page.getByText('*********345')).toBeVisible();
    await expect(lookup.page.getByText(citizen.idNumber)).toHaveCount(0);
  });

  await test.step('opening the accepted declaration again shows its dossier, not a second acceptance', async () => {
    await officer.page.goto('/officer');
    await officer.open(declarationCode);
    await expect(
      officer.page.getByRole('heading', { name: new RegExp(dossierCode.replaceAll('.', '\\.')) }),
    ).toBeVisible();
    await expect(officer.acceptButton).toHaveCount(0);
  });

  await kioskContext.close();
  await officerContext.close();
});

test('the kiosk keeps what was typed and names the field when the ID number is wrong', async ({
  page,
  counter,
}) => {
  await page.goto(`${counter.hub.url}/kiosk`);
  const kiosk = new KioskPage(page);
  await kiosk.search('ket hon');
  await kiosk.openProcedure(0);
  await kiosk.fillDeclaration({ ...citizen, idNumber: '12345' });
  await kiosk.submitDeclaration();
  // wait for the hub's answer to reach the field, as the citizen would
  await expect(kiosk.field('Số CCCD')).toHaveAttribute('aria-invalid', 'true');
  expect(await kiosk.fieldError('Số CCCD')).toMatch(/12 chữ số/);
  await expect(kiosk.field('Họ và tên')).toHaveValue(citizen.fullName);
});
