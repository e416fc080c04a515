import { describe, expect, it } from 'vitest';
import { createOperationTable } from '../../../main/api/operations';
import { AppError } from '../../../main/core/errors';
import { PrintJournal } from '../../../main/printing/journal';
import { localPrintContract } from '../../../main/printing/local/contract';
import { handOverLocal, localPrintHandlers } from '../../../main/printing/local-jobs';
import { testPage } from '../../../main/slips/kiosk';
import { asKiosk, freshDb } from '../queue/support';

const doc = testPage({ printer: 'local', widthDots: 576, printedAt: '2026-12-03T15:00:00+07:00' });
const now = new Date('2026-12-03T08:00:00Z');

function setup() {
  const db = freshDb();
  const journal = new PrintJournal(db);
  const table = createOperationTable(localPrintContract, localPrintHandlers({ db }), () => now);
  return { db, journal, table };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('a slip handed over to a device that prints it on its own printer', () => {
  it('is journalled as queued on the "local" printer, with the document handed back', () => {
    const { journal } = setup();
    const handed = handOverLocal(journal, doc, { subject: 'H01-261203-0001', now });
    expect(handed).toMatchObject({ status: 'local', printer: 'local', document: doc });
    expect(journal.get(handed.jobId)).toMatchObject({ status: 'queued', printer: 'local' });
  });

  it('is marked printed when the device reports ok, and cannot be reported twice', async () => {
    const { journal, table } = setup();
    const { jobId } = handOverLocal(journal, doc, { subject: null, now });
    expect(await table.invoke('printing.reportLocal', { jobId, ok: true }, asKiosk)).toEqual({
      jobId,
      status: 'printed',
    });
    expect(journal.get(jobId)).toMatchObject({ status: 'printed', error: null });
    const again = await refusal(
      table.invoke('printing.reportLocal', { jobId, ok: false }, asKiosk),
    );
    expect(again.code).toBe('conflict');
    expect(journal.get(jobId)?.status).toBe('printed');
  });

  it('is marked failed with the device’s Vietnamese cause', async () => {
    const { journal, table } = setup();
    const { jobId } = handOverLocal(journal, doc, { subject: null, now });
    await table.invoke(
      'printing.reportLocal',
      { jobId, ok: false, error: 'Máy in hết giấy' },
      asKiosk,
    );
    expect(journal.get(jobId)).toMatchObject({ status: 'failed', error: 'Máy in hết giấy' });
  });

  it('refuses a report about a job that was not handed over (the hub printed it itself)', async () => {
    const { journal, table } = setup();
    const id = journal.open({
      at: '2026-12-03T15:00:00+07:00',
      doc,
      subject: null,
      printer: 'tcp://127.0.0.1:9100',
      paperWidth: 576,
      reprintOf: null,
    });
    const e = await refusal(table.invoke('printing.reportLocal', { jobId: id, ok: true }, asKiosk));
    expect(e.code).toBe('not_found');
    expect(journal.get(id)?.status).toBe('queued');
    const bad = await refusal(table.invoke('printing.reportLocal', { jobId: 'x', ok: 1 }, asKiosk));
    expect(bad.code).toBe('bad_input');
  });
});
