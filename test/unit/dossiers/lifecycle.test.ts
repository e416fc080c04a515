import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../main/audit/log';
import { DOSSIER_STATES } from '../../../main/dossiers/lifecycle';
import { acceptOne, advance, applicant, BIRTH, makeFixture, snapshot } from './fixture';

describe('a dossier from the counter to the citizen', () => {
  it('hands over, comes back, is ready and returned with the fee; every step in the history and the audit', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    advance(f, 1);
    const sent = await f.call('dossiers.handOver', {
      code,
      toUnit: 'Công chức Tư pháp - Hộ tịch',
      receiver: 'Lê Thị Hoa',
    });
    expect(sent).toMatchObject({
      kind: 'dossier',
      code,
      status: 'handed_over',
      nationalStatus: 4,
      statusLabel: 'Đã chuyển xử lý',
    });
    expect(sent.dossier.handovers).toEqual([
      expect.objectContaining({
        giver: 'Trần Văn Bình',
        fromUnit: 'UBND xã Hòa An',
        toUnit: 'Công chức Tư pháp - Hộ tịch',
        receiver: 'Lê Thị Hoa',
        sentTiming: 'early',
      }),
    ]);
    advance(f, 24);
    const back = await f.call('dossiers.receiveBack', { code });
    expect(back.status).toBe('in_progress');
    expect(back.dossier.handovers[0]).toMatchObject({
      backAt: '2026-12-08T10:00:00+07:00',
      backBy: 'Trần Văn Bình',
      backTiming: 'early',
    });
    const ready = await f.call('dossiers.markReady', { code });
    expect(ready).toMatchObject({ status: 'result_ready', nationalStatus: 9 });
    expect(ready.dossier.resultAt).toBe('2026-12-08T10:00:00+07:00');
    const returned = await f.call('dossiers.return', {
      code,
      fee: { amount: 8000, method: 'cash', receiptNumber: 'BL-0012' },
    });
    expect(returned).toMatchObject({ status: 'returned', nationalStatus: 10 });
    expect(returned.dossier.fee).toEqual({
      amount: 8000,
      method: 'cash',
      receiptNumber: 'BL-0012',
      collectedBy: 'canbo1',
    });
    expect(returned.dossier.history.map((e: { action: string }) => e.action)).toEqual([
      'accept',
      'handOver',
      'receiveBack',
      'markReady',
      'return',
    ]);
    expect(auditOf(f.db, code).map((e) => e.action)).toEqual([
      'dossiers.accept',
      'dossiers.handOver',
      'dossiers.receiveBack',
      'dossiers.markReady',
      'dossiers.return',
    ]);
    expect(auditOf(f.db, code)[4]).toMatchObject({
      actor: 'canbo1',
      detail: { from: 'result_ready', to: 'returned', fee: { amount: 8000 } },
    });
  });

  it('passes a dossier from one handling unit on to the next, closing the first line of the control sheet', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    await f.call('dossiers.handOver', { code, toUnit: 'Phòng Tư pháp' });
    advance(f, 2);
    const next = await f.call('dossiers.handOver', { code, toUnit: 'Phòng Tài chính' });
    expect(next.dossier.handovers).toHaveLength(2);
    expect(next.dossier.handovers[0]).toMatchObject({
      toUnit: 'Phòng Tư pháp',
      backAt: expect.any(String),
    });
    expect(next.dossier.handovers[1]).toMatchObject({
      fromUnit: 'Phòng Tư pháp',
      toUnit: 'Phòng Tài chính',
    });
    expect(next.dossier.sentAt).toBe('2026-12-07T09:00:00+07:00');
    const ready = await f.call('dossiers.markReady', { code });
    expect(ready.dossier.handovers[1].backAt).toBe('2026-12-07T11:00:00+07:00');
  });

  it('records a late hand-back as late on the control sheet', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    await f.call('dossiers.handOver', { code, toUnit: 'Phòng Tư pháp' });
    advance(f, 24 * 8);
    const back = await f.call('dossiers.receiveBack', { code });
    expect(back.dossier.handovers[0].backTiming).toBe('late');
    const ready = await f.call('dossiers.markReady', { code });
    expect(ready.dossier.history.at(-1).detail).toEqual({ timing: 'late' });
  });
});

describe('asking for missing papers pauses the clock', () => {
  it('prints Mẫu 02, shows the papers at the kiosk, and recomputes the due date when they arrive', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    advance(f, 25); // Tue 08/12 10:00
    const asked = await f.call('dossiers.requestSupplement', {
      code,
      missing: [{ name: 'Giấy chứng sinh', originals: 1 }, { name: 'Căn cước của cha' }],
      reason: 'Thiếu giấy chứng sinh bản chính',
    });
    expect(asked).toMatchObject({
      status: 'supplement_requested',
      nationalStatus: 5,
      print: { status: 'printed' },
    });
    expect(f.printed.at(-1)).toMatchObject({ kind: 'supplement', title: `Mẫu 02 ${code}` });
    expect(JSON.stringify(f.printed.at(-1))).toContain('Giấy chứng sinh');
    const status = await f.call('dossiers.lookup', { code }, null);
    expect(status.statusText).toBe(DOSSIER_STATES.supplement_requested.plain);
    expect(status.bring).toEqual(expect.arrayContaining(['Giấy chứng sinh', 'Căn cước của cha']));

    advance(f, 48); // Thu 10/12 10:00
    const resumed = await f.call('dossiers.supplementReceived', { code });
    expect(resumed.status).toBe('received');
    expect(resumed.dossier.dueAt).toBe('2026-12-16T17:00:00+07:00');
    expect(resumed.dossier.originalDueAt).toBe('2026-12-16T17:00:00+07:00');
    expect(resumed.dossier.pausedAt).toBeUndefined();
    expect(f.printed.at(-1)).toMatchObject({ kind: 'receipt' });
    expect(JSON.stringify(f.printed.at(-1))).toContain('16/12/2026');
    expect(f.db.prepare('SELECT paused_ms FROM dossiers WHERE code = ?').pluck().get(code)).toBe(
      48 * 3_600_000,
    );
  });

  it('returns a paused dossier to its handling unit', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    await f.call('dossiers.handOver', { code, toUnit: 'Phòng Tư pháp' });
    await f.call('dossiers.requestSupplement', {
      code,
      missing: [{ name: 'Sổ hộ khẩu' }],
      reason: 'Cần bổ sung sổ hộ khẩu',
    });
    const resumed = await f.call('dossiers.supplementReceived', { code });
    expect(resumed.status).toBe('handed_over');
    expect(resumed.dossier.dueAt).toBe('2026-12-14T17:00:00+07:00');
  });

  it('works on a declaration before it is accepted, and the declaration can then be accepted', async () => {
    const f = makeFixture();
    const declared = await f.call(
      'dossiers.declare',
      { procedureCode: BIRTH.code, applicant },
      null,
    );
    const asked = await f.call('dossiers.requestSupplement', {
      code: declared.code,
      missing: [{ name: 'Giấy chứng sinh' }],
      reason: 'Chưa có giấy chứng sinh',
    });
    expect(asked).toMatchObject({
      kind: 'declaration',
      status: 'supplement',
      nationalStatus: 5,
      print: { status: 'printed' },
    });
    expect(f.printed.at(-1)).toMatchObject({
      kind: 'supplement',
      title: `Mẫu 02 ${declared.code}`,
    });
    const status = await f.call('dossiers.lookup', { code: declared.code }, null);
    expect(status.bring).toContain('Giấy chứng sinh');
    const again = await f.call('dossiers.supplementReceived', { code: declared.code });
    expect(again).toMatchObject({ kind: 'declaration', status: 'declared' });
    const accepted = await f.call('dossiers.accept', { declarationCode: declared.code });
    expect(accepted.dossierCode).toMatch(/-0001$/);
    // The declaration code now names the dossier.
    const sent = await f.call('dossiers.handOver', {
      code: declared.code,
      toUnit: 'Phòng Tư pháp',
    });
    expect(sent.code).toBe(accepted.dossierCode);
  });

  it('lets the officer accept a declaration straight from its supplement state', async () => {
    const f = makeFixture();
    const declared = await f.call(
      'dossiers.declare',
      { procedureCode: BIRTH.code, applicant },
      null,
    );
    await f.call('dossiers.requestSupplement', {
      code: declared.code,
      missing: [{ name: 'Giấy chứng sinh' }],
      reason: 'Chưa có giấy chứng sinh',
    });
    expect(
      (await f.call('dossiers.accept', { declarationCode: declared.code })).dossierCode,
    ).toBeDefined();
  });
});

describe('refusal, delay, withdrawal and stop', () => {
  it('refuses a declaration and a dossier with Mẫu 03', async () => {
    const f = makeFixture();
    const declared = await f.call(
      'dossiers.declare',
      { procedureCode: BIRTH.code, applicant },
      null,
    );
    const refused = await f.call('dossiers.refuse', {
      code: declared.code,
      reason: 'Thủ tục không thuộc thẩm quyền của xã',
    });
    expect(refused).toMatchObject({
      kind: 'declaration',
      status: 'refused',
      nationalStatus: 3,
      print: { status: 'printed' },
    });
    expect(f.printed.at(-1)).toMatchObject({ kind: 'refusal' });
    await expect(
      f.call('dossiers.accept', { declarationCode: declared.code }),
    ).rejects.toMatchObject({ status: 409 });
    const code = await acceptOne(f);
    const r = await f.call('dossiers.refuse', { code, reason: 'Giấy tờ giả mạo, không hợp lệ' });
    expect(r).toMatchObject({
      status: 'refused',
      dossier: { note: 'Giấy tờ giả mạo, không hợp lệ' },
    });
    expect(JSON.stringify(f.printed.at(-1))).toContain('Giấy tờ giả mạo');
  });

  it('gives a late dossier a new date, keeps the original and prints the apology', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    advance(f, 24 * 7); // Mon 14/12, the due day
    const delayed = await f.call('dossiers.delay', {
      code,
      newDueAt: '2026-12-17T10:00:00+07:00',
      reason: 'Chờ xác minh của cơ quan công an',
    });
    expect(delayed).toMatchObject({ status: 'received', print: { status: 'printed' } });
    expect(delayed.dossier).toMatchObject({
      dueAt: '2026-12-17T10:00:00+07:00',
      originalDueAt: '2026-12-14T17:00:00+07:00',
    });
    const text = JSON.stringify(f.printed.at(-1));
    expect(f.printed.at(-1)!.kind).toBe('delay');
    expect(text).toContain('17 giờ 00 phút, ngày 14 tháng 12 năm 2026');
    expect(text).toContain('10 giờ 00 phút, ngày 17 tháng 12 năm 2026');
  });

  it('refuses a new date on a day off, outside office hours or not after the date in force', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    const before = snapshot(f);
    for (const newDueAt of [
      '2026-12-19T10:00:00+07:00',
      '2026-12-15T20:00:00+07:00',
      '2026-12-11T10:00:00+07:00',
    ])
      await expect(
        f.call('dossiers.delay', { code, newDueAt, reason: 'Chờ xác minh thêm' }),
      ).rejects.toMatchObject({ status: 400 });
    expect(snapshot(f)).toEqual(before);
  });

  it('withdraws and stops, keeping the reason and closing an open hand-over', async () => {
    const f = makeFixture();
    const a = await acceptOne(f);
    await f.call('dossiers.handOver', { code: a, toUnit: 'Phòng Tư pháp' });
    const w = await f.call('dossiers.withdraw', { code: a, reason: 'Công dân xin rút hồ sơ' });
    expect(w).toMatchObject({
      status: 'withdrawn',
      nationalStatus: 7,
      dossier: { note: 'Công dân xin rút hồ sơ' },
    });
    expect(w.dossier.handovers[0].backAt).toBeDefined();
    const b = await acceptOne(f);
    expect(
      await f.call('dossiers.stop', { code: b, reason: 'Người nộp đã qua đời' }),
    ).toMatchObject({ status: 'stopped', nationalStatus: 8 });
  });
});

describe('printing never undoes a step', () => {
  it.each(['failed', 'throw'] as const)('keeps the refusal when the printer %s', async (mode) => {
    const f = makeFixture();
    const code = await acceptOne(f);
    f.printerFault.mode = mode;
    const r = await f.call('dossiers.refuse', { code, reason: 'Hồ sơ không đủ điều kiện' });
    expect(r.status).toBe('refused');
    expect(r.print.status).toBe('failed');
    expect(r.print.message).toBeTruthy();
    expect(f.db.prepare('SELECT status FROM dossiers WHERE code = ?').pluck().get(code)).toBe(
      'refused',
    );
  });
});

describe('reading a dossier', () => {
  it('logs the read and shows it with the changes in the dossier audit', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    await f.call('dossiers.handOver', { code, toUnit: 'Phòng Tư pháp' });
    const d = await f.call('dossiers.get', { code });
    expect(d.audit.map((e: { action: string }) => e.action)).toEqual([
      'dossiers.accept',
      'dossiers.handOver',
      'dossiers.read',
    ]);
    expect(d.handovers).toHaveLength(1);
    expect(d).not.toHaveProperty('lookupSecret');
  });
});
