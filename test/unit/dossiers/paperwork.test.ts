import { describe, expect, it } from 'vitest';
import type { SlipDocument } from '../../../main/slips/types';
import { advance, applicant, BIRTH, makeFixture, snapshot } from './fixture';

/** Every text a printed document carries, one string. */
const textOf = (doc: SlipDocument) => JSON.stringify(doc.blocks);
const ledgerCount = (f: ReturnType<typeof makeFixture>) =>
  f.db.prepare('SELECT coalesce(sum(last), 0) FROM ledger_counters').pluck().get();
const FORM = [{ name: 'Tờ khai đăng ký', originals: 1, certifiedCopies: 0, photocopies: 0 }];

describe('the supplement path, both ways', () => {
  it('declaration: declare → supplement → comes back → papers ticked → accepted → returned', async () => {
    const f = makeFixture();
    const d = await f.call('dossiers.declare', { procedureCode: BIRTH.code, applicant }, null);
    const code = d.declarationCode as string;
    await f.call('dossiers.requestSupplement', {
      code,
      missing: [{ name: 'Giấy chứng sinh', originals: 1 }],
      reason: 'Thiếu giấy chứng sinh bản chính',
    });
    advance(f, 24);
    // The citizen is back: the code opens again (it used to be "Không tìm thấy").
    const opened = await f.call('dossiers.open', { code });
    expect(opened).toMatchObject({
      kind: 'declaration',
      declaration: { code, status: 'supplement' },
    });
    expect(opened.declaration.missing).toEqual([{ name: 'Giấy chứng sinh', originals: 1 }]);
    const queue = await f.call('dossiers.queue', {});
    expect(queue.declarationsAwaitingPapers.map((x: { code: string }) => x.code)).toContain(code);
    const back = await f.call('dossiers.supplementReceived', {
      code,
      received: [{ name: 'Giấy chứng sinh', originals: 1 }],
    });
    expect(back.declaration).toMatchObject({
      status: 'declared',
      supplied: [{ name: 'Giấy chứng sinh', originals: 1 }],
    });
    const accepted = await f.call('dossiers.accept', {
      declarationCode: code,
      documents: [...FORM, { name: 'Giấy chứng sinh', originals: 1 }],
    });
    expect(accepted.ledgerNo).toBe(1);
    const dossier = await f.call('dossiers.get', { code: accepted.dossierCode });
    expect(dossier.declarationCode).toBe(code);
    expect(dossier.history[0].detail.supplied).toEqual([{ name: 'Giấy chứng sinh', originals: 1 }]);
    await f.call('dossiers.markReady', { code: accepted.dossierCode });
    const done = await f.call('dossiers.return', {
      code: accepted.dossierCode,
      fee: { amount: 0, method: 'exempt' },
    });
    expect(done.status).toBe('returned');
  });

  it('dossier: accepted → supplement → papers received (ticked) → resumes with the pause on Mẫu 01 → returned', async () => {
    const f = makeFixture();
    const a = await f.call('dossiers.accept', { procedureCode: BIRTH.code, applicant });
    const code = a.dossierCode as string;
    await f.call('dossiers.requestSupplement', {
      code,
      missing: [
        { name: 'Giấy chứng sinh', originals: 1 },
        { name: 'Giấy xác nhận cư trú', photocopies: 1 },
      ],
      reason: 'Thiếu giấy chứng sinh',
    });
    advance(f, 48);
    expect((await f.call('dossiers.open', { code })).kind).toBe('dossier');
    const r = await f.call('dossiers.supplementReceived', {
      code,
      received: [{ name: 'Giấy chứng sinh', originals: 1 }],
    });
    expect(r.status).toBe('received');
    expect(r.dossier.documents).toEqual([
      ...FORM,
      { name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
    ]);
    expect(r.dossier.pauses).toEqual([
      {
        from: '2026-12-07T09:00:00+07:00',
        to: '2026-12-09T09:00:00+07:00',
        received: [{ name: 'Giấy chứng sinh', originals: 1 }],
      },
    ]);
    const reissued = f.printed.at(-1)!;
    expect(reissued.kind).toBe('receipt');
    expect(textOf(reissued)).toContain(
      'Hồ sơ tạm dừng chờ bổ sung từ 09:00 07/12/2026 đến 09:00 09/12/2026',
    );
    await f.call('dossiers.markReady', { code });
    const done = await f.call('dossiers.return', { code, fee: { amount: 0, method: 'exempt' } });
    expect(done.status).toBe('returned');
  });
});

describe('the checklist by kind and the ledger', () => {
  it('counts papers by kind; a bad count is a 400 naming the paper and consumes no ledger number', async () => {
    const f = makeFixture();
    for (const bad of [-1, 1.5, 100]) {
      const before = snapshot(f);
      await expect(
        f.call('dossiers.accept', {
          procedureCode: BIRTH.code,
          applicant,
          documents: [...FORM, { name: 'Giấy chứng sinh', originals: 0, photocopies: bad }],
        }),
      ).rejects.toMatchObject({
        status: 400,
        message: expect.stringContaining('Giấy chứng sinh'),
        field: 'documents.1.photocopies',
      });
      expect(snapshot(f)).toEqual(before);
      expect(ledgerCount(f)).toBe(0);
    }
    const a = await f.call('dossiers.accept', {
      procedureCode: BIRTH.code,
      applicant,
      documents: [
        { name: 'Tờ khai đăng ký', originals: 1 },
        { name: 'CCCD của người đi đăng ký', shownOnly: true },
        { name: 'Giấy chứng nhận kết hôn', copies: 1, photocopies: 2 },
      ],
    });
    expect(a.ledgerNo).toBe(1);
    const d = await f.call('dossiers.get', { code: a.dossierCode });
    expect(d.documents).toEqual([
      { name: 'Tờ khai đăng ký', originals: 1, certifiedCopies: 0, photocopies: 0 },
      {
        name: 'CCCD của người đi đăng ký',
        originals: 0,
        certifiedCopies: 0,
        photocopies: 0,
        shownOnly: true,
      },
      { name: 'Giấy chứng nhận kết hôn', originals: 0, certifiedCopies: 1, photocopies: 2 },
    ]);
    const slip = textOf(f.printed.at(-1)!);
    expect(slip).toContain('Xuất trình (không giữ lại)');
    expect(slip).toContain('01 bản sao chứng thực, 02 bản photo');
    expect(slip).toContain('Quyển số 2026, Số thứ tự 0001');
  });

  it('a required paper not ticked asks for a reason (or Mẫu 02); a refused accept leaves the ledger alone', async () => {
    const f = makeFixture();
    const before = snapshot(f);
    await expect(
      f.call('dossiers.accept', { procedureCode: BIRTH.code, applicant, documents: [] }),
    ).rejects.toMatchObject({
      status: 400,
      field: 'missingReason',
      message: expect.stringMatching(/Tờ khai đăng ký.*Mẫu 02/u),
    });
    expect(snapshot(f)).toEqual(before);
    expect(ledgerCount(f)).toBe(0);
    const a = await f.call('dossiers.accept', {
      procedureCode: BIRTH.code,
      applicant,
      documents: [],
      missingReason: 'Tờ khai điền trực tuyến, đã có trên hệ thống',
    });
    expect(a.ledgerNo).toBe(1);
    expect(textOf(f.printed.at(-1)!)).toContain('Tiếp nhận khi còn thiếu giấy tờ');
    const b = await f.call('dossiers.accept', { procedureCode: BIRTH.code, applicant });
    expect(b.ledgerNo).toBe(2);
    // A new year opens a new book.
    f.clock.now = new Date('2027-01-04T09:00:00+07:00');
    const c = await f.call('dossiers.accept', { procedureCode: BIRTH.code, applicant });
    expect([c.ledgerNo, c.ledgerYear]).toEqual([1, 2027]);
  });

  it('channel, delivery by post, organisation and acting-for applicants, the email on Mẫu 01', async () => {
    const f = makeFixture();
    const a = await f.call('dossiers.accept', {
      procedureCode: BIRTH.code,
      applicant: {
        ...applicant,
        email: 'tuyet@example.vn',
        organisation: {
          name: 'Công ty TNHH Hòa An',
          taxCode: '4800123456',
          representative: 'Lê Văn Nam',
        },
        onBehalfOf: { fullName: 'Nguyễn Văn Bé', relation: 'con' },
      },
      channel: 'post',
      delivery: { method: 'post', address: 'Số 9 đường Kim Đồng, Cao Bằng' },
    });
    const d = await f.call('dossiers.get', { code: a.dossierCode });
    expect(d).toMatchObject({
      channel: 3,
      channelName: 'post',
      delivery: { method: 'post', address: 'Số 9 đường Kim Đồng, Cao Bằng' },
      applicant: {
        organisation: { taxCode: '4800123456' },
        onBehalfOf: { fullName: 'Nguyễn Văn Bé' },
      },
    });
    const form = await f.call('dossiers.receiptForm', { code: a.dossierCode });
    expect(form.html).toContain('tuyet@example.vn');
    expect(form.html).toContain('bưu chính công ích, gửi đến: Số 9 đường Kim Đồng, Cao Bằng');
    expect(form.html).toContain('mã số thuế 4800123456');
    expect(form.html).toContain('Nộp thay cho');
    await expect(
      f.call('dossiers.accept', {
        procedureCode: BIRTH.code,
        applicant: { ...applicant, organisation: { name: 'Công ty', taxCode: '12AB' } },
      }),
    ).rejects.toMatchObject({ status: 400, field: 'applicant.organisation.taxCode' });
  });
});

describe('the due date set by the officer', () => {
  it('only on office time, at most the bound after the statutory date, with the statutory date kept', async () => {
    const f = makeFixture(); // Monday 07/12/2026 09:00; 5 working days → Monday 14/12 17:00
    const base = { procedureCode: BIRTH.code, applicant, overrideReason: 'Cần xác minh thêm' };
    await expect(
      f.call('dossiers.accept', { ...base, dueAtOverride: '2026-12-13T09:00:00+07:00' }),
    ).rejects.toMatchObject({
      status: 400,
      field: 'dueAtOverride',
      message: expect.stringContaining('07:00 14/12/2026'),
    });
    await expect(
      f.call('dossiers.accept', { ...base, dueAtOverride: '2026-12-15T12:00:00+07:00' }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('13:30 15/12/2026') });
    await expect(
      f.call('dossiers.accept', { ...base, dueAtOverride: '2027-03-01T09:00:00+07:00' }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('10 ngày làm việc') });
    expect(ledgerCount(f)).toBe(0);
    const a = await f.call('dossiers.accept', {
      ...base,
      dueAtOverride: '2026-12-16T15:00:00+07:00',
    });
    expect(a.dueAt).toBe('2026-12-16T15:00:00+07:00');
    expect(a.statutoryDueAt).toBe('2026-12-14T17:00:00+07:00');
    const d = await f.call('dossiers.get', { code: a.dossierCode });
    expect(d.originalDueAt).toBe('2026-12-14T17:00:00+07:00');
    expect(textOf(f.printed.at(-1)!)).toContain('Ngày hẹn trả do cán bộ tiếp nhận ấn định');
    // Ready after the statutory date: late, even though the date the officer set is not past.
    f.clock.now = new Date('2026-12-15T09:00:00+07:00');
    const ready = await f.call('dossiers.markReady', { code: a.dossierCode });
    expect(ready.dossier.history.at(-1).detail.timing).toBe('late');
  });
});
