/** Printers per device: one queue each, a dead printer fails fast, answers within 2 s, unread jobs never "printed". */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { runInScope } from '../../../main/core/call-scope';
import { createPrintService } from '../../../main/printing/service';
import { inlineRenderer, type RenderPool } from '../../../main/printing/render-pool';
import { receiptSlip } from '../../../main/slips/receipt';
import { sampleReceipt } from '../../support/sample-documents';
import { startVirtualPrinter, type VirtualPrinter } from '../../support/virtual-printer';
import { decodeEscPosRaster } from '../../support/raster-decoder';
import type { DeviceIdentity } from '../../../main/core/types';

let dir: string;
let db: Db;
const printers: VirtualPrinter[] = [];
const slip = () => receiptSlip(sampleReceipt);

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'motcua-lanes-'));
  db = openDatabase(path.join(dir, 'db.sqlite'));
  migrate(db, migrations);
});
afterEach(async () => {
  await Promise.all(printers.splice(0).map((p) => p.close()));
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function printer(mode: Parameters<typeof startVirtualPrinter>[0] = {}) {
  const p = await startVirtualPrinter(mode);
  printers.push(p);
  return p;
}

/** A paired device row (the journal points at it) and its identity. */
const device = (id: number, uri: string): DeviceIdentity => {
  db.prepare(
    "INSERT OR IGNORE INTO devices (id, kind, name, token_hash, paired_at) VALUES (?, 'workstation', ?, ?, '2026')",
  ).run(id, `Quầy ${id}`, `h${id}`);
  return identity(id, uri);
};
const identity = (id: number, uri: string): DeviceIdentity => ({
  id,
  kind: 'workstation',
  name: `Quầy ${id}`,
  printer: uri,
  officePrinter: null,
});
const asDevice = <T>(d: DeviceIdentity, fn: () => T) =>
  runInScope({ device: d, actor: 'canbo1', origin: 'http' }, fn);

describe('printers per device', () => {
  it("sends each device's slip to its own printer and the rest to the hub's", async () => {
    const [hubP, a, b] = [await printer(), await printer(), await printer()];
    const service = createPrintService({ db, printerUri: hubP.uri, dataDir: dir, timeoutMs: 1000 });
    expect((await asDevice(device(1, a.uri), () => service.print(slip()))).printer).toBe(a.uri);
    expect((await asDevice(device(2, b.uri), () => service.print(slip()))).printer).toBe(b.uri);
    expect((await service.print(slip())).printer).toBe(hubP.uri);
    await Promise.all([a.waitForJobs(1), b.waitForJobs(1), hubP.waitForJobs(1)]);
    expect((await asDevice(device(2, b.uri), () => service.testPrint())).printer).toBe(b.uri);
    expect(decodeEscPosRaster((await b.waitForJobs(2))[1]).width).toBe(576);
    expect(a.jobs).toHaveLength(1);
  });

  it('hands the slip of a desk whose printer is "local" back to it, queued until the desk reports', async () => {
    const hubP = await printer();
    const service = createPrintService({ db, printerUri: hubP.uri, dataDir: dir, timeoutMs: 1000 });
    const handed = await asDevice(device(3, 'local'), () => service.print(slip()));
    expect(handed).toMatchObject({ status: 'local', printer: 'local' });
    expect(handed.document).toEqual(slip());
    expect(service.jobs({}).find((j) => j.id === handed.jobId)).toMatchObject({ status: 'queued' });
    expect(hubP.jobs).toHaveLength(0);
  });

  it('a stuck printer never delays another device: its job answers "printing", then fails, never "printed"', async () => {
    const stuck = await printer({ mode: 'never_read' });
    const fine = await printer();
    const service = createPrintService({
      db,
      printerUri: 'preview',
      dataDir: dir,
      timeoutMs: 3000,
      answerWithinMs: 300,
    });
    const first = await asDevice(device(1, stuck.uri), () => service.print(slip()));
    expect(first.status).toBe('printing');
    expect(service.job(first.jobId).status).toBe('printing');
    const other = await asDevice(device(2, fine.uri), () => service.print(slip()));
    expect(other.status).toBe('printed');
    await service.idle();
    const end = service.job(first.jobId);
    expect(end.status).toBe('failed');
    expect(end.message).toMatch(/không nhận hết dữ liệu in/u);
  });

  it("answers within the bound from the operation's start while the slip still waits to be drawn; the preview follows", async () => {
    const p = await printer();
    const inline = inlineRenderer();
    let release = () => {};
    const drawing = new Promise<void>((r) => (release = r));
    const slowRenderer: RenderPool = {
      threaded: false,
      problem: null,
      close: () => Promise.resolve(),
      render: async (doc, width) => {
        await drawing;
        return inline.render(doc, width);
      },
    };
    const service = createPrintService({
      db,
      printerUri: p.uri,
      dataDir: dir,
      timeoutMs: 3000,
      answerWithinMs: 400,
      renderer: slowRenderer,
    });
    // The operation already spent 300 of its 400 ms before asking for the slip.
    const startedAt = performance.now() - 300;
    const t0 = performance.now();
    const answer = await runInScope(
      { device: null, actor: 'canbo1', origin: 'http', startedAt },
      () => service.print(slip()),
    );
    expect(performance.now() - t0).toBeLessThan(300);
    expect(answer).toMatchObject({ status: 'printing', preview: '' });
    const preview = service.preview(answer.jobId);
    release();
    expect((await preview).preview).toMatch(/^data:image\/png;base64,/u);
    await service.idle();
    expect(service.job(answer.jobId).status).toBe('printed');
    expect(decodeEscPosRaster((await p.waitForJobs(1))[0]).width).toBe(576);
  });

  it('a printer found dead fails fast with its cause until a test page gets through', async () => {
    const down = await printer({ mode: 'refuse' });
    const service = createPrintService({ db, printerUri: down.uri, dataDir: dir, timeoutMs: 2000 });
    const first = await service.print(slip());
    expect(first.message).toMatch(/từ chối kết nối/u);
    await down.setMode('ok');
    // Still marked down: refused at once without trying, naming the first cause.
    const fast = await service.print(slip());
    expect(fast.status).toBe('failed');
    expect(fast.message).toMatch(/đang lỗi từ lần in trước.*từ chối kết nối/u);
    expect(down.jobs).toHaveLength(0);
    expect((await service.testPrint()).status).toBe('printed');
    expect((await service.print(slip())).status).toBe('printed');
    await down.waitForJobs(2);
  });

  it('marks a reprint "IN LẠI" with the first print time, and the failed job printed once it succeeds', async () => {
    const p = await printer({ mode: 'paper_out' });
    const service = createPrintService({
      db,
      printerUri: p.uri,
      dataDir: dir,
      timeoutMs: 2000,
      now: () => new Date('2026-11-26T02:30:00Z'),
    });
    const failed = await runInScope({ device: null, actor: 'canbo1', origin: 'http' }, () =>
      service.print(slip(), { subject: 'HS-9' }),
    );
    expect(failed.status).toBe('failed');
    await p.setMode('ok');
    const again = await runInScope({ device: null, actor: 'canbo2', origin: 'http' }, () =>
      service.reprint(failed.jobId),
    );
    expect(again.status).toBe('printed');
    const [first, second] = service.jobs({ subject: 'HS-9' }).reverse();
    expect(first).toMatchObject({ status: 'printed', printedBy: 'canbo1' });
    expect(first.note).toMatch(new RegExp(`lệnh in số ${again.jobId}`, 'u'));
    expect(second).toMatchObject({ reprintOf: failed.jobId, printedBy: 'canbo2' });
    const stored = db
      .prepare('SELECT document FROM print_jobs WHERE id = ?')
      .pluck()
      .get(again.jobId) as string;
    expect(JSON.parse(stored).blocks[0].text).toBe('IN LẠI – bản in đầu lúc 09:30 26/11/2026');
  });
});
