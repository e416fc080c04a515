import type { Procedure } from '../../../main/catalog/types';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors';
import { openDatabase, type Db } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { receiptSlip } from '../../../main/slips/receipt';
import { createPrintService } from '../../../main/printing/service';
import { printingHandlers } from '../../../main/printing/operations';
import { decodeEscPosRaster, readQrFromRaster } from '../../support/raster-decoder';
import { sampleReceipt } from '../../support/sample-documents';
import { startVirtualPrinter, type VirtualPrinter } from '../../support/virtual-printer';

let dir: string;
let db: Db;
let vp: VirtualPrinter | null = null;
const slip = () => receiptSlip(sampleReceipt);
const now = () => new Date('2026-11-26T02:30:00Z');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'motcua-print-test-'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
  migrate(db, migrations);
});
afterEach(async () => {
  await vp?.close();
  vp = null;
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serviceOn(mode: Parameters<typeof startVirtualPrinter>[0] = {}, timeoutMs = 400) {
  vp = await startVirtualPrinter(mode);
  return createPrintService({ db, printerUri: vp.uri, dataDir: dir, now, timeoutMs });
}

describe('print service over the network', () => {
  it('prints: the printer gets bytes that decode to the preview, and the journal says printed', async () => {
    const service = await serviceOn();
    const outcome = await service.print(slip(), { subject: sampleReceipt.dossierCode });
    expect(outcome).toMatchObject({ status: 'printed', jobId: 1, printer: vp?.uri });
    const [job] = await vp!.waitForJobs(1);
    expect(job.length).toBe(outcome.bytes);
    expect(vp!.statusRequests).toBe(2);
    const decoded = decodeEscPosRaster(job);
    expect(readQrFromRaster(decoded)).toBe(sampleReceipt.qrPayload);
    expect(outcome.preview.startsWith('data:image/png;base64,')).toBe(true);
    expect(service.jobs()[0]).toMatchObject({
      id: 1,
      status: 'printed',
      kind: 'receipt',
      subject: sampleReceipt.dossierCode,
      error: null,
    });
  });

  it.each([
    ['refuse', 'refused', /từ chối kết nối/u],
    // A printer that never reads: its status is unknown after 0.5 s, and the job is never read.
    ['stall', 'timeout', /không nhận hết dữ liệu in sau 0\.4 giây/u],
    ['paper_out', 'paper_out', /hết giấy/u],
    ['cover_open', 'cover_open', /mở nắp/u],
  ] as const)(
    '%s: a failed outcome with the cause, the journal entry kept, and a reprint that works',
    async (mode, _code, message) => {
      const service = await serviceOn({ mode });
      const failed = await service.print(slip(), { subject: 'HS-1' });
      expect(failed.status).toBe('failed');
      expect(failed.message).toMatch(message);
      expect(failed.preview.length).toBeGreaterThan(100);
      expect(vp!.jobs).toHaveLength(0);
      expect(service.jobs({ subject: 'HS-1' })[0]).toMatchObject({
        id: failed.jobId,
        status: 'failed',
        error: failed.message,
      });
      await vp!.setMode('ok');
      const again = await service.reprint(failed.jobId);
      expect(again).toMatchObject({ status: 'printed' });
      expect(again.jobId).not.toBe(failed.jobId);
      await vp!.waitForJobs(1);
      expect(service.jobs({ subject: 'HS-1' }).map((j) => [j.status, j.reprintOf])).toEqual([
        ['printed', failed.jobId],
        // The failed job counts as printed once its reprint got through.
        ['printed', null],
      ]);
    },
  );

  it('prints with a warning when the paper is nearly out', async () => {
    const service = await serviceOn({ mode: 'near_end' });
    const outcome = await service.print(slip());
    expect(outcome.status).toBe('printed');
    expect(outcome.warning).toMatch(/sắp hết giấy/u);
  });

  it('prints blind to a clone that ignores status requests when the URI says status=0', async () => {
    vp = await startVirtualPrinter({ silentStatus: true });
    const blind = createPrintService({
      db,
      printerUri: `${vp.uri}?status=0&width=58`,
      dataDir: dir,
      timeoutMs: 400,
    });
    expect((await blind.print(slip())).status).toBe('printed');
    expect(decodeEscPosRaster((await vp.waitForJobs(1))[0]).width).toBe(384);
    // Without status=0 the hub asks, waits a moment, then prints anyway and says the status was unknown.
    const asking = createPrintService({ db, printerUri: vp.uri, dataDir: dir, timeoutMs: 300 });
    const unknown = await asking.print(slip());
    expect(unknown.status).toBe('printed');
    expect(unknown.warning).toMatch(/không trả lời yêu cầu trạng thái.*trạng thái không rõ/u);
    expect(asking.jobs()[0].note).toBe(unknown.warning);
  });

  it('runs jobs one at a time, in order', async () => {
    const service = await serviceOn();
    const outcomes = await Promise.all(
      [1, 2, 3].map((i) => service.print({ ...slip(), title: `Giấy hẹn ${i}` })),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['printed', 'printed', 'printed']);
    await vp!.waitForJobs(3);
    expect(service.jobs().map((j) => j.title)).toEqual(['Giấy hẹn 3', 'Giấy hẹn 2', 'Giấy hẹn 1']);
  });

  it('test page: an admin check of the printer that prints every Vietnamese letter', async () => {
    const service = await serviceOn();
    const outcome = await service.testPrint();
    expect(outcome.status).toBe('printed');
    expect(readQrFromRaster(decodeEscPosRaster((await vp!.waitForJobs(1))[0]))).toBe('IN-THU');
    expect(service.jobs()[0].kind).toBe('test_page');
  });
});

describe('print service: other printers and the journal', () => {
  it('preview writes the PNG and the ESC/POS bytes under <data>/prints', async () => {
    const service = createPrintService({ db, printerUri: 'preview', dataDir: dir });
    const outcome = await service.print(slip());
    const files = readdirSync(path.join(dir, 'prints')).sort();
    expect(files).toEqual(['000001-receipt-576.bin', '000001-receipt-576.png']);
    expect(readFileSync(path.join(dir, 'prints', files[0])).length).toBe(outcome.bytes);
    const png = readFileSync(path.join(dir, 'prints', files[1]));
    expect(`data:image/png;base64,${png.toString('base64')}`).toBe(outcome.preview);
  });

  it('a device path receives the bytes; a missing device is a failed outcome naming it', async () => {
    const ok = await createPrintService({ db, printerUri: `/dev/null`, dataDir: dir }).print(
      slip(),
    );
    expect(ok.status).toBe('printed');
    const missing = await createPrintService({
      db,
      printerUri: '/dev/usb/lp9',
      dataDir: dir,
    }).print(slip());
    expect(missing.status).toBe('failed');
    expect(missing.message).toMatch(/Không tìm thấy máy in \/dev\/usb\/lp9/u);
  });

  it('printer:NAME hands the raw job to the OS queue command; its refusal is reported', async () => {
    const lp = path.join(dir, 'fake-lp.sh');
    const out = path.join(dir, 'queued.bin');
    writeFileSync(
      lp,
      `#!/bin/sh\nif [ "$2" = "OFFLINE" ]; then echo "lp: printer OFFLINE is disabled" >&2; exit 1; fi\ncp "$6" "${out}"\n`,
    );
    chmodSync(lp, 0o755);
    const ok = await createPrintService({
      db,
      printerUri: 'printer:XP80',
      dataDir: dir,
      queueCommand: lp,
    }).print(slip());
    expect(ok.status).toBe('printed');
    expect(existsSync(out) && readFileSync(out).length).toBe(ok.bytes);
    const bad = await createPrintService({
      db,
      printerUri: 'printer:OFFLINE',
      dataDir: dir,
      queueCommand: lp,
    }).print(slip());
    expect(bad.message).toBe(
      'Hàng đợi in "OFFLINE" từ chối lệnh in: lp: printer OFFLINE is disabled.',
    );
  });

  it('refuses an invalid printer URI when configured, not when printing', () => {
    expect(() =>
      createPrintService({ db, printerUri: 'tcp://máy in:91000', dataDir: dir }),
    ).toThrow(AppError);
  });

  it('reprint of an unknown job is a 404; the handlers are one-liners over the service', async () => {
    const service = createPrintService({ db, printerUri: 'preview', dataDir: dir });
    expect(() => service.reprint(99)).toThrow(/Không tìm thấy lệnh in số 99/u);
    const handlers = printingHandlers({
      printer: service,
      procedure: () => undefined,
      unitName: () => 'UBND xã Hòa An',
    });
    const ctx = { caller: null, now: new Date(), origin: 'cli' } as unknown as Parameters<
      (typeof handlers)['printing.jobs']
    >[1];
    const printed = await handlers['printing.reprint'](
      { jobId: (await service.print(slip())).jobId },
      ctx,
    );
    expect(printed.status).toBe('printed');
    expect((await handlers['printing.jobs']({}, ctx)).items).toHaveLength(2);
    expect((await handlers['printing.preview']({ jobId: printed.jobId }, ctx)).preview).toBe(
      printed.preview,
    );
    expect((await handlers['printing.info']({}, ctx)).profile).toEqual({
      widthDots: 576,
      cut: true,
      maxBand: 255,
      status: false,
    });
  });

  it('prints a procedure checklist for the kiosk, and 404s a hidden or unknown procedure', async () => {
    const service = createPrintService({ db, printerUri: 'preview', dataDir: dir });
    const procedure = {
      code: '1.001193',
      name: 'Thủ tục đăng ký khai sinh',
      field: 'Hộ tịch',
      levels: ['xa'],
      agencies: [],
      serviceLevel: {},
      audience: [],
      steps: [],
      processing: [
        { channel: 'in_person', amount: 0, unit: 'same_day', cutoff: '15:00', text: 'Trong ngày' },
      ],
      fees: [{ amount: 0, text: 'Miễn lệ phí' }],
      documentCases: [
        { title: '', documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 }] },
      ],
      results: [],
      legalBasis: [],
    } satisfies Procedure;
    const handlers = printingHandlers({
      printer: service,
      procedure: (code) =>
        code === procedure.code
          ? procedure
          : code === 'hidden'
            ? { ...procedure, hidden: true }
            : undefined,
      unitName: () => 'UBND xã Hòa An',
    });
    const ctx = { caller: null, token: null, now: new Date(), origin: 'http' } as const;
    const outcome = await handlers['printing.checklist']({ procedureCode: '1.001193' }, ctx);
    expect(outcome.status).toBe('printed');
    expect(service.jobs({}).find((j) => j.id === outcome.jobId)?.kind).toBe('checklist');
    expect(() => handlers['printing.checklist']({ procedureCode: 'hidden' }, ctx)).toThrow(
      /Không tìm thấy thủ tục/u,
    );
    expect(() => handlers['printing.checklist']({ procedureCode: '9.9' }, ctx)).toThrow(
      /Không tìm thấy thủ tục/u,
    );
  });
});
