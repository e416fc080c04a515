/** Issue 13 part 6: a time the catalog could not structure is confirmed by the officer before any due date. */
import { describe, expect, it } from 'vitest';
import { inPersonProcessing } from '../../../main/catalog/time-fee';
import type { Procedure } from '../../../main/catalog/types';
import type { SlipDocument } from '../../../main/slips/types';
import { applicant, BIRTH, makeFixture, snapshot } from './fixture';

const textOf = (doc: SlipDocument) => JSON.stringify(doc.blocks);
/** A national record whose time reads "Trực tiếp1" with no unit (as the crawl has for kết hôn). */
const UNSTRUCTURED: Procedure = {
  ...BIRTH,
  code: '1.000894',
  name: 'Thủ tục đăng ký kết hôn',
  processing: [],
  unparsed: { processing: 'Trực tiếp1Lệ phí : Miễn lệ phí' },
};
const NONE: Procedure = { ...UNSTRUCTURED, code: '1.000001', unparsed: { processing: 'Không' } };

/** The real rule for picking a procedure's time, over a catalog holding these records. */
function fixture(start?: string) {
  const f = makeFixture(start);
  const catalog = new Map([BIRTH, UNSTRUCTURED, NONE].map((p) => [p.code, p]));
  f.deps.procedure = (code) => catalog.get(code);
  f.deps.processingOf = inPersonProcessing;
  return f;
}
const vnDate = (iso: string) => iso.slice(0, 10);

describe('an unstructured processing time needs the officer', () => {
  it('no due date is previewed and no dossier accepted until the officer gives the time', async () => {
    const f = fixture();
    for (const code of [UNSTRUCTURED.code, NONE.code]) {
      const preview = await f.call('dossiers.previewDue', { procedureCode: code });
      expect(preview).toMatchObject({ dueAt: null, needsConfirmation: true });
      const before = snapshot(f);
      await expect(
        f.call('dossiers.accept', { procedureCode: code, applicant }),
      ).rejects.toMatchObject({ status: 400, field: 'processing' });
      expect(snapshot(f)).toEqual(before);
    }
    expect(f.printed).toHaveLength(0);
  });

  it('same day with a 15:00 cut-off: received at 16:00 → the next working day; the slip says so', async () => {
    // Monday 07/12/2026 16:00: after the cut-off, so Tuesday 08/12.
    const f = fixture('2026-12-07T16:00:00+07:00');
    const processing = { amount: 0, unit: 'same_day', cutoff: '15:00' };
    const preview = await f.call('dossiers.previewDue', {
      procedureCode: UNSTRUCTURED.code,
      processing,
    });
    expect(vnDate(preview.dueAt)).toBe('2026-12-08');
    const r = await f.call('dossiers.accept', {
      procedureCode: UNSTRUCTURED.code,
      applicant,
      processing,
    });
    expect(vnDate(r.dueAt)).toBe('2026-12-08');
    expect(r.dueAt).toBe(preview.dueAt);
    const slip = textOf(f.printed.at(-1)!);
    expect(slip).toContain('Trong ngày (nhận sau 15:00 trả ngày làm việc tiếp theo)');
    expect(slip).not.toContain('1 ngày làm việc');
    expect(slip).not.toContain('nguồn');
    const stored = await f.call('dossiers.get', { code: r.dossierCode });
    expect(stored.processing).toMatchObject({ unit: 'same_day', cutoff: '15:00' });
    expect(stored.processing.assumed).toBeUndefined();
    expect(stored.processing.sourceNote).toContain('canbo1');
  });

  it('calendar days start the day after and a Sunday end moves to the next working day', async () => {
    // Thursday 10/12/2026 + 3 days → Sunday 13/12 → Monday 14/12.
    const f = fixture('2026-12-10T09:00:00+07:00');
    const r = await f.call('dossiers.accept', {
      procedureCode: NONE.code,
      applicant,
      processing: { amount: 3, unit: 'calendar_day' },
    });
    expect(vnDate(r.dueAt)).toBe('2026-12-14');
    expect(textOf(f.printed.at(-1)!)).toContain('3 ngày');
  });

  it('working days skip the weekend', async () => {
    // Friday 11/12/2026 + 2 working days → Tuesday 15/12.
    const f = fixture('2026-12-11T09:00:00+07:00');
    const r = await f.call('dossiers.accept', {
      procedureCode: NONE.code,
      applicant,
      processing: { amount: 2, unit: 'working_day' },
    });
    expect(vnDate(r.dueAt)).toBe('2026-12-15');
    expect(textOf(f.printed.at(-1)!)).toContain('2 ngày làm việc');
  });

  it('bad confirmations are refused naming the field; a stated time cannot be replaced', async () => {
    const f = fixture();
    const before = snapshot(f);
    const bad: [unknown, string][] = [
      [{ amount: 0, unit: 'working_day' }, 'processing.amount'],
      [{ amount: 2, unit: 'same_day' }, 'processing.amount'],
      [{ amount: 2, unit: 'working_day', cutoff: '15:00' }, 'processing.cutoff'],
      [{ amount: 1, unit: 'tuần' }, 'processing.unit'],
      [{ amount: 1.5, unit: 'working_day' }, 'processing.amount'],
    ];
    for (const [processing, field] of bad)
      await expect(
        f.call('dossiers.accept', { procedureCode: NONE.code, applicant, processing }),
      ).rejects.toMatchObject({ status: 400, field });
    await expect(
      f.call('dossiers.accept', {
        procedureCode: BIRTH.code,
        applicant,
        processing: { amount: 1, unit: 'working_day' },
      }),
    ).rejects.toMatchObject({ status: 400, field: 'processing' });
    expect(snapshot(f)).toEqual(before);
  });
});
