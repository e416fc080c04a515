import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeskPrinting, hubReporter } from '../../../main/shell/desk-printing';
import { openDataDir } from '../../../main/app/data-dir';
import { createPrintService } from '../../../main/printing/service';
import { testPage } from '../../../main/slips/kiosk';
import { startVirtualPrinter } from '../../support/virtual-printer';

describe('a desk prints the hub’s slip on its own printer', () => {
  it('renders with the shared print service, sends ESC/POS to the desk printer, reports ok', async () => {
    const printer = await startVirtualPrinter();
    const dir = mkdtempSync(path.join(tmpdir(), 'motcua-desk-'));
    const { db } = openDataDir(dir);
    const service = createPrintService({ db, printerUri: printer.uri, dataDir: dir });
    const reports: unknown[] = [];
    const printLocal = createDeskPrinting({
      print: (doc, opts) => service.print(doc, opts),
      report: async (jobId, ok, error) => void reports.push({ jobId, ok, error }),
    });
    const answer = await printLocal(
      41,
      testPage({ printer: 'desk', widthDots: 576, printedAt: '2026-12-03T15:00:00+07:00' }),
    );
    expect(answer).toMatchObject({ ok: true, reported: true, outcome: { status: 'printed' } });
    expect(reports).toEqual([{ jobId: 41, ok: true, error: undefined }]);
    expect((await printer.waitForJobs(1)).length).toBe(1);
    await printer.close();
    db.close();
  });

  it('reports a printer that is not there as a failure with its Vietnamese cause', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'motcua-desk-'));
    const { db } = openDataDir(dir);
    const service = createPrintService({
      db,
      printerUri: 'tcp://127.0.0.1:1',
      dataDir: dir,
      timeoutMs: 500,
    });
    const reports: { jobId: number; ok: boolean; error?: string }[] = [];
    const printLocal = createDeskPrinting({
      print: (doc, opts) => service.print(doc, opts),
      report: async (jobId, ok, error) => void reports.push({ jobId, ok, error }),
    });
    const answer = await printLocal(
      42,
      testPage({ printer: 'desk', widthDots: 576, printedAt: '2026-12-03T15:00:00+07:00' }),
    );
    expect(answer).toMatchObject({ ok: true, outcome: { status: 'failed' } });
    expect(reports[0]).toMatchObject({ jobId: 42, ok: false });
    expect(reports[0]?.error).toMatch(/[ạảãáàâăêôơưđ]/u);
    db.close();
  });

  it('refuses something that is not a slip document, printing nothing', async () => {
    let printed = 0;
    const printLocal = createDeskPrinting({
      print: async () => {
        printed += 1;
        throw new Error('should not print');
      },
      report: async () => undefined,
    });
    expect(await printLocal(1, { kind: 'x', blocks: 'nope' })).toMatchObject({ ok: false });
    expect(printed).toBe(0);
  });

  it('reports to printing.reportLocal as the paired device', async () => {
    const seen: { url: string; headers: unknown; body: unknown }[] = [];
    const fake = (async (url: URL | string, init?: RequestInit) => {
      seen.push({
        url: String(url),
        headers: init?.headers,
        body: JSON.parse(init?.body as string),
      });
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    await hubReporter('http://hub:4370', 'tok', fake)(9, false, 'Hết giấy');
    expect(seen).toEqual([
      {
        url: 'http://hub:4370/api/printing.reportLocal',
        headers: { 'Content-Type': 'application/json', 'X-Motcua-Device': 'tok' },
        body: { jobId: 9, ok: false, error: 'Hết giấy' },
      },
    ]);
  });
});
