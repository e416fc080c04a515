/**
 * The office path of DESIGN.md "The office: devices, printers, safety" over HTTP: a kiosk and a
 * desk paired, each with its own virtual printer; the ticket prints on the kiosk's, the receipt
 * on the desk's; a revoked kiosk is refused at once; an unpaired caller cannot take a ticket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';
import { startVirtualPrinter, type VirtualPrinter } from '../../support/virtual-printer';
import { decodeEscPosRaster } from '../../support/raster-decoder';

const applicant = {
  fullName: 'Đỗ Văn Hùng',
  idNumber: '001190054321',
  phone: '0987654321',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};

let hub: TestHub;
let hubPrinter: VirtualPrinter;
let kioskPrinter: VirtualPrinter;
let deskPrinter: VirtualPrinter;
let admin: string;
let officer: string;

beforeAll(async () => {
  [hubPrinter, kioskPrinter, deskPrinter] = await Promise.all([
    startVirtualPrinter(),
    startVirtualPrinter(),
    startVirtualPrinter(),
  ]);
  hub = await startTestHub({ now: '2026-12-07T09:00:00+07:00', printer: hubPrinter.uri });
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
  await Promise.all([hubPrinter, kioskPrinter, deskPrinter].map((p) => p.close()));
});

/** The admin creates a code; the device trades it for its token. */
async function pair(kind: string, name: string) {
  const code = await hub.call('devices.createPairing', { kind, name }, admin);
  expect(code.status).toBe(200);
  expect(code.body.pairingCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/u);
  const paired = await hub.call(
    'devices.pair',
    { pairingCode: code.body.pairingCode },
    undefined,
    null,
  );
  expect(paired.status).toBe(200);
  expect(paired.body.device).toMatchObject({ kind, name });
  expect(paired.body).not.toHaveProperty('certificateFingerprint');
  return paired.body as { deviceToken: string; device: { id: number } };
}

describe('the office over HTTP', () => {
  it('pairs a kiosk and a desk, prints each slip on its own printer, and refuses a revoked kiosk', async () => {
    const kiosk = await pair('kiosk', 'Kiosk sảnh');
    const desk = await pair('workstation', 'Quầy 1');
    for (const [device, printer] of [
      [kiosk, kioskPrinter],
      [desk, deskPrinter],
    ] as const) {
      const set = await hub.call(
        'devices.setPrinter',
        { id: device.device.id, printer: printer.uri },
        admin,
      );
      expect(set.body).toMatchObject({ id: device.device.id, printer: printer.uri });
    }

    const ticket = await hub.call('queue.take', {}, undefined, kiosk.deviceToken);
    expect(ticket.status).toBe(200);
    expect(ticket.body.print).toMatchObject({ status: 'printed', printer: kioskPrinter.uri });
    await kioskPrinter.waitForJobs(1);

    const accepted = await hub.call(
      'dossiers.accept',
      { procedureCode: '1.001193', applicant },
      officer,
      desk.deviceToken,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.print).toMatchObject({ status: 'printed', printer: deskPrinter.uri });
    const [receipt] = await deskPrinter.waitForJobs(1);
    expect(decodeEscPosRaster(receipt).width).toBe(576);
    expect(kioskPrinter.jobs).toHaveLength(1);
    expect(hubPrinter.jobs).toHaveLength(0);

    // The journal names device, printer and who printed; the audit log the device beside the person.
    const journal = await hub.call('printing.jobs', {}, admin);
    const receiptJob = journal.body.items.find((j: any) => j.subject === accepted.body.dossierCode);
    expect(receiptJob).toMatchObject({
      device: `#${desk.device.id} Quầy 1`,
      printer: deskPrinter.uri,
      printedBy: 'canbo9',
    });
    const history = await hub.call(
      'dossiers.get',
      { code: accepted.body.dossierCode },
      officer,
      desk.deviceToken,
    );
    expect(JSON.stringify(history.body)).toContain(`#${desk.device.id} Quầy 1`);

    const listed = await hub.call('devices.list', {}, admin);
    expect(listed.body.items.map((d: any) => d.name)).toEqual(
      expect.arrayContaining(['Kiosk sảnh', 'Quầy 1']),
    );
    expect(listed.body.items.find((d: any) => d.id === kiosk.device.id).lastSeenAt).toBeTruthy();

    const revoked = await hub.call('devices.revoke', { id: kiosk.device.id }, admin);
    expect(revoked.body.revokedAt).toBeTruthy();
    const after = await hub.call('queue.take', {}, undefined, kiosk.deviceToken);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('device_revoked');
    // Even an open operation is refused to a revoked device: its screen goes back to pairing.
    expect(
      (await hub.call('catalog.search', { query: 'khai sinh' }, undefined, kiosk.deviceToken))
        .status,
    ).toBe(401);
  });

  it('refuses kiosk operations from an unpaired caller, keeps catalog reads and the board open', async () => {
    const take = await hub.call('queue.take', {}, undefined, null);
    expect(take.status).toBe(401);
    expect(take.body.error).toMatchObject({ code: 'device_required' });
    expect(take.body.error.message).toMatch(/Thiết bị chưa được ghép nối/u);
    for (const [op, body] of [
      ['dossiers.declare', { procedureCode: '1.001193', applicant }],
      ['dossiers.lookup', { code: 'X-261126-0001' }],
      ['feedback.rate', { level: 5 }],
      ['printing.checklist', { procedureCode: '1.001193' }],
    ] as const)
      expect((await hub.call(op, body, undefined, null)).body.error.code, op).toBe(
        'device_required',
      );
    for (const [op, body] of [
      ['catalog.search', { query: 'khai sinh' }],
      ['catalog.get', { code: '1.001193' }],
      ['catalog.fields', {}],
      ['queue.board', {}],
    ] as const)
      expect((await hub.call(op, body, undefined, null)).status, op).toBe(200);
    // A display or a desk is not a kiosk.
    const display = await pair('display', 'Màn hình sảnh');
    expect((await hub.call('queue.take', {}, undefined, display.deviceToken)).status).toBe(401);
    expect((await hub.call('queue.board', {}, undefined, display.deviceToken)).status).toBe(200);
  });

  it('refuses a printer URI that is not valid, with the reason, and keeps the old one', async () => {
    const desk = await pair('workstation', 'Quầy 2');
    const bad = await hub.call(
      'devices.setPrinter',
      { id: desk.device.id, printer: 'tcp://máy in:91000' },
      admin,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'bad_input', field: 'printer' });
    expect(bad.body.error.message).toMatch(/không hợp lệ/u);
    const officeBad = await hub.call(
      'devices.setPrinter',
      { id: desk.device.id, printer: null, officePrinter: 'ftp://x' },
      admin,
    );
    expect(officeBad.body.error.field).toBe('officePrinter');
    const view = (await hub.call('devices.list', {}, admin)).body.items.find(
      (d: any) => d.id === desk.device.id,
    );
    expect(view).toMatchObject({ printer: null, officePrinter: null });
    expect((await hub.call('devices.setPrinter', { id: 999, printer: null }, admin)).status).toBe(
      404,
    );
  });
  it('refuses a wrong, reused or expired code without creating a device, and brakes guessing', async () => {
    const before = (await hub.call('devices.list', {}, admin)).body.items.length;
    const wrong = await hub.call('devices.pair', { pairingCode: 'AAAA-BBBB' }, undefined, null);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'bad_input', field: 'pairingCode' });
    expect(wrong.body.error.message).toMatch(/Mã ghép nối không đúng/u);
    const code = (
      await hub.call('devices.createPairing', { kind: 'kiosk', name: 'Kiosk sảnh' }, admin)
    ).body.pairingCode as string;
    // Typed in small letters with a dash, as on a touch keyboard: the same code.
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    expect((await hub.call('devices.pair', { pairingCode: typed }, undefined, null)).status).toBe(
      200,
    );
    const reused = await hub.call('devices.pair', { pairingCode: code }, undefined, null);
    expect(reused.body.error.message).toMatch(/đã được dùng/u);
    // Two devices with the same name are allowed, told apart by their ids.
    const names = (await hub.call('devices.list', {}, admin)).body.items.filter(
      (d: any) => d.name === 'Kiosk sảnh',
    );
    expect(new Set(names.map((d: any) => d.id)).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect((await hub.call('devices.list', {}, admin)).body.items.length).toBe(before + 1);
    let last = 0;
    for (let i = 0; i < 20; i += 1)
      last = (await hub.call('devices.pair', { pairingCode: `WRONG${i}` }, undefined, null)).status;
    expect(last).toBe(429);
    expect((await hub.call('devices.list', {}, admin)).body.items.length).toBe(before + 1);
  });
});
