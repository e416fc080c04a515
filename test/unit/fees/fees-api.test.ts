/** Fees by VietQR through HTTP: the bank account, the QR on screen and on the slip, confirmation, the reconciliation sheet, the statement. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';
import { startVirtualPrinter, type VirtualPrinter } from '../../support/virtual-printer';
import { decodeEscPosRaster, readQrFromRaster } from '../../support/raster-decoder';
import { readVietQr } from '../../support/emv-tlv';
import { decodePngDataUrl } from '../../support/qr-image';

const applicant = {
  fullName: 'Đỗ Văn Hùng',
  idNumber: '001190054321',
  phone: '0987654321',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};
const bank = { bin: '970418', account: '8600123456', accountName: 'UBND XA HOA AN' };

let hub: TestHub;
let printer: VirtualPrinter;
let admin: string;
let officer: string;

beforeAll(async () => {
  printer = await startVirtualPrinter();
  hub = await startTestHub({ printer: printer.uri, now: '2026-12-07T09:00:00+07:00' });
  admin = await hub.login();
  await hub.call(
    'staff.create',
    { username: 'canbo9', password: 'matkhau-canbo9', fullName: 'Vũ Thị Mai', role: 'officer' },
    admin,
  );
  officer = await hub.login('canbo9', 'matkhau-canbo9');
});
afterAll(async () => {
  await hub.close();
  await printer.close();
});

const accept = async () =>
  (await hub.call('dossiers.accept', { procedureCode: '1.001193', applicant }, officer)).body
    .dossierCode as string;

describe('the unit bank account', () => {
  it.each([
    [{ ...bank, account: '8600-12A' }, 'bank.account'],
    [{ ...bank, bin: '123456' }, 'bank.bin'],
    [{ ...bank, accountName: '' }, 'bank.accountName'],
  ])('refuses %o with 400 naming %s, and keeps nothing', async (value, field) => {
    const res = await hub.call('settings.update', { bank: value }, admin);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect((await hub.call('settings.get', {})).body.bank).toBeUndefined();
  });

  it('a QR before the account is set is a 409 that tells the admin what to do', async () => {
    const code = await accept();
    const res = await hub.call('fees.qr', { code, amount: 8000 }, officer);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/tài khoản nhận lệ phí/u);
    // The admin screen has no "Cài đặt": the message names the tab where the account is entered.
    expect(res.body.error.message).toMatch(/Lệ phí và Cổng DVC/u);
  });

  it('is saved from the NAPAS list and offered to the admin', async () => {
    const banks = (await hub.call('fees.banks', {}, admin)).body as {
      bin: string;
      shortName: string;
    }[];
    expect(banks).toContainEqual(expect.objectContaining({ bin: '970418', shortName: 'BIDV' }));
    const res = await hub.call('settings.update', { bank }, admin);
    expect(res.status).toBe(200);
    expect(res.body.bank).toEqual(bank);
  });
});

describe('fees.qr', () => {
  it.each([0, -5000, 500_000_001, 12.5])(
    'refuses the amount %s with 400 on "amount"',
    async (amount) => {
      const code = await accept();
      const res = await hub.call('fees.qr', { code, amount }, officer);
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('amount');
    },
  );

  it('needs an officer', async () => {
    expect((await hub.call('fees.qr', { code: 'X', amount: 1 })).status).toBe(401);
  });

  it('answers a payload and an image whose QR decodes to every VietQR field', async () => {
    const code = await accept();
    const res = await hub.call('fees.qr', { code, amount: 8000, counter: 2 }, officer);
    expect(res.status).toBe(200);
    const onScreen = decodePngDataUrl(res.body.image as string);
    expect(onScreen).toBe(res.body.payload);
    const f = readVietQr(onScreen!);
    expect(f).toMatchObject({
      version: '01',
      initMethod: '12',
      guid: 'A000000727',
      bin: '970418',
      account: '8600123456',
      service: 'QRIBFTTA',
      currency: '704',
      amount: '8000',
      country: 'VN',
      purpose: `${code} Dang ky khai sinh`,
      crcOk: true,
    });
    const shown = await hub.call('fees.current', { counter: 2 });
    expect(shown.body.qr.payload).toBe(res.body.payload);
    expect((await hub.call('fees.current', { counter: 3 })).body.qr).toBeNull();
  });

  it('prints the QR on a slip that reads back to the same payload', async () => {
    const code = await accept();
    const res = await hub.call('fees.qr', { code, amount: 25000, print: true }, officer);
    expect(res.status).toBe(200);
    expect(res.body.print.status).toBe('printed');
    // The slip of the acceptance may still be arriving: look for the job whose QR is the fee's.
    let printed: string | null = null;
    for (let n = 1; printed !== res.body.payload; n += 1) {
      const jobs = await printer.waitForJobs(n);
      printed = readQrFromRaster(decodeEscPosRaster(jobs[n - 1]));
    }
    expect(printed).toBe(res.body.payload);
    expect(readVietQr(printed!)).toMatchObject({ amount: '25000', bin: '970418', crcOk: true });
  });
});

describe('confirmation, the reconciliation sheet and the statement', () => {
  it('records a transfer once, lists it per day with its purpose, and exports XLSX', async () => {
    const code = await accept();
    await hub.call('fees.qr', { code, amount: 8000, counter: 1 }, officer);
    const ok = await hub.call(
      'fees.confirm',
      { code, amount: 8000, reference: 'FT26341001' },
      officer,
    );
    expect(ok.status).toBe(200);
    expect((await hub.call('fees.current', { counter: 1 })).body.qr).toBeNull();
    const again = await hub.call(
      'fees.confirm',
      { code, amount: 8000, reference: 'FT26341001' },
      officer,
    );
    expect(again.status).toBe(409);
    const report = await hub.call(
      'reports.payments',
      { from: '2026-12-07', to: '2026-12-07' },
      officer,
    );
    expect(report.body.payments).toContainEqual(
      expect.objectContaining({
        code,
        amount: 8000,
        reference: 'FT26341001',
        purpose: `${code} Dang ky khai sinh`,
      }),
    );
    expect(report.body.days[0]).toMatchObject({ date: '2026-12-07' });
    const xlsx = await hub.call(
      'reports.payments',
      { from: '2026-12-07', to: '2026-12-07', format: 'xlsx' },
      officer,
    );
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.body.base64 as string, 'base64') as never);
    const cells = book.worksheets[0].getSheetValues().flat().map(String);
    expect(cells).toContain('FT26341001');
    expect(cells).toContain(`${code} Dang ky khai sinh`);
  });

  it('matches statement lines by purpose and amount and lists the rest', async () => {
    const a = await accept();
    const b = await accept();
    await hub.call('fees.qr', { code: a, amount: 50000 }, officer);
    await hub.call('fees.qr', { code: b, amount: 30000 }, officer);
    // Bank apps drop the dots and dashes of the purpose; the match ignores punctuation.
    const csv = [
      'date,amount,description,reference',
      `2026-12-07,50000,"CT DEN:${a.replace(/[.-]/gu, '')} Dang ky khai sinh",FT001`,
      `07/12/2026,"30.000",${b} Dang ky,FT002B`,
      `2026-12-07,31000,${b} Dang ky,FT003`,
      '2026-12-07,10000,Chuyen tien an trua,FT004',
      'hom qua,abc',
    ].join('\n');
    const res = await hub.call('fees.importStatement', { content: csv }, officer);
    expect(res.status).toBe(200);
    expect(res.body.matched.map((m: { code: string }) => m.code)).toEqual([a, b]);
    expect(res.body.unmatched.map((u: { reference: string }) => u.reference)).toEqual([
      'FT003',
      'FT004',
    ]);
    expect(res.body.rejected).toHaveLength(1);
    const again = await hub.call('fees.importStatement', { content: csv }, officer);
    expect(again.body.matched.every((m: { alreadyRecorded: boolean }) => m.alreadyRecorded)).toBe(
      true,
    );
  });

  it('keeps fee timing per procedure, "after" by default', async () => {
    expect(
      (await hub.call('fees.timing', { procedureCode: '1.001193' }, officer)).body.timing,
    ).toBe('after');
    expect(
      (await hub.call('fees.setTiming', { procedureCode: '1.001193', timing: 'before' }, officer))
        .status,
    ).toBe(403);
    await hub.call('fees.setTiming', { procedureCode: '1.001193', timing: 'before' }, admin);
    expect(
      (await hub.call('fees.timing', { procedureCode: '1.001193' }, officer)).body.timing,
    ).toBe('before');
  });

  it('refuses the timing of a procedure that does not exist, with 404', async () => {
    const res = await hub.call(
      'fees.setTiming',
      { procedureCode: '9.999999', timing: 'before' },
      admin,
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/Không tìm thấy thủ tục/u);
  });

  it("a catalog import keeps the admin's fee timing", async () => {
    await hub.call('fees.setTiming', { procedureCode: '1.014063', timing: 'before' }, admin);
    const record = (await hub.call('catalog.get', { code: '1.014063' }, admin)).body;
    const imported = await hub.call(
      'catalog.import',
      { format: 'json', content: JSON.stringify([{ ...record, name: `${record.name} (sửa)` }]) },
      admin,
    );
    expect(imported.status).toBe(200);
    expect(
      (await hub.call('fees.timing', { procedureCode: '1.014063' }, officer)).body.timing,
    ).toBe('before');
  });
});
