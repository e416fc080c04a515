/**
 * A due date the officer set at the counter, then a supplement: the time waiting for the papers
 * does not count (DOMAIN "The appointment date"), so the officer's date moves on by the office time
 * waited, and never falls back to the statutory count. Office hours: Mon–Fri 07:00–11:30, 13:30–17:00.
 */
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../main/catalog/types';
import type { SlipDocument } from '../../../main/slips/types';
import { advance, applicant, BIRTH, makeFixture } from './fixture';

// Birth registration as the sample catalog states it: the same day, received after 15:00 the next working day.
const SAME_DAY: Procedure = {
  ...BIRTH,
  code: '1.001193.sd',
  processing: [
    { channel: 'in_person', amount: 0, unit: 'same_day', cutoff: '15:00', text: 'Trong ngày' },
  ],
};

const textOf = (doc: SlipDocument) => JSON.stringify(doc.blocks);

describe('an officer-set due date across a supplement', () => {
  it('moves on by the working day waited and stays the date set by the officer on the reissued Mẫu 01', async () => {
    const f = makeFixture(); // Monday 07/12/2026 09:00
    const first = f.deps.procedure;
    f.deps.procedure = (code) => (code === SAME_DAY.code ? SAME_DAY : first(code));
    const a = await f.call('dossiers.accept', {
      procedureCode: SAME_DAY.code,
      applicant,
      dueAtOverride: '2026-12-09T10:00:00+07:00',
      overrideReason: 'Cần xác minh giấy chứng sinh với Trung tâm Y tế',
    });
    // Statutory: the same day, 17:00 07/12; the officer's date: 10:00 Wednesday 09/12.
    expect(a.dueAt).toBe('2026-12-09T10:00:00+07:00');
    advance(f, 1); // paused at 10:00 Monday 07/12
    await f.call('dossiers.requestSupplement', {
      code: a.dossierCode,
      missing: [{ name: 'Giấy chứng nhận kết hôn của cha mẹ', certifiedCopies: 1 }],
      reason: 'Cần bản sao giấy chứng nhận kết hôn',
    });
    advance(f, 24); // the papers come at 10:00 Tuesday 08/12: one working day waited
    await f.call('dossiers.supplementReceived', { code: a.dossierCode });
    const d = await f.call('dossiers.get', { code: a.dossierCode });
    // 16 office hours were left (07/12 10:00–17:00 less lunch, 08/12, 09/12 07:00–10:00): from
    // 10:00 08/12 they end at 10:00 Thursday 10/12. The statutory date moved to 17:00 08/12.
    expect(d.dueAt).toBe('2026-12-10T10:00:00+07:00');
    expect(d.originalDueAt).toBe('2026-12-08T17:00:00+07:00');
    const reissued = textOf(f.printed.at(-1)!);
    expect(reissued).toContain('10:00 10/12/2026');
    expect(reissued).toContain(
      'Ngày hẹn trả do cán bộ tiếp nhận ấn định (theo quy định: 17:00 08/12/2026)',
    );
  });

  it('without an officer date the statutory count alone decides, as before', async () => {
    const f = makeFixture();
    const first = f.deps.procedure;
    f.deps.procedure = (code) => (code === SAME_DAY.code ? SAME_DAY : first(code));
    const a = await f.call('dossiers.accept', { procedureCode: SAME_DAY.code, applicant });
    expect(a.dueAt).toBe('2026-12-07T17:00:00+07:00');
    advance(f, 1);
    await f.call('dossiers.requestSupplement', {
      code: a.dossierCode,
      missing: [{ name: 'Giấy chứng sinh' }],
      reason: 'Thiếu giấy chứng sinh',
    });
    advance(f, 24);
    await f.call('dossiers.supplementReceived', { code: a.dossierCode });
    const d = await f.call('dossiers.get', { code: a.dossierCode });
    expect([d.dueAt, d.originalDueAt]).toEqual([
      '2026-12-08T17:00:00+07:00',
      '2026-12-08T17:00:00+07:00',
    ]);
  });
});
