import { describe, expect, it } from 'vitest';
import { ACTION_INPUTS, applicant, BIRTH, dossierIn, makeFixture, snapshot } from './fixture';

describe('declarations', () => {
  it('409s dossier-only steps on a declaration not yet accepted, naming its state', async () => {
    const f = makeFixture();
    const d = await f.call('dossiers.declare', { procedureCode: BIRTH.code, applicant }, null);
    const before = snapshot(f);
    for (const action of [
      'handOver',
      'markReady',
      'delay',
      'return',
      'withdraw',
      'stop',
      'receiveBack',
      'supplementReceived',
    ] as const) {
      await expect(
        f.call(`dossiers.${action}`, { code: d.code, ...ACTION_INPUTS[action] }),
      ).rejects.toMatchObject({
        status: 409,
        message: expect.stringContaining('Mới đăng ký'),
      });
    }
    expect(snapshot(f)).toEqual(before);
  });

  it('409s a second refusal of a refused declaration', async () => {
    const f = makeFixture();
    const d = await f.call('dossiers.declare', { procedureCode: BIRTH.code, applicant }, null);
    await f.call('dossiers.refuse', { code: d.code, reason: 'Không thuộc thẩm quyền' });
    const before = snapshot(f);
    await expect(
      f.call('dossiers.refuse', { code: d.code, reason: 'Không thuộc thẩm quyền' }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      f.call('dossiers.requestSupplement', { code: d.code, ...ACTION_INPUTS.requestSupplement }),
    ).rejects.toMatchObject({ status: 409 });
    expect(snapshot(f)).toEqual(before);
  });

  it('404s an unknown code', async () => {
    const f = makeFixture();
    await expect(f.call('dossiers.markReady', { code: 'KHONG-CO' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      f.call('dossiers.refuse', { code: 'TK-ZZZZZZ', reason: 'Không hợp lệ' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('bad input is a 400 and changes nothing', () => {
  const bad: [string, string, (code: string) => Record<string, unknown>, RegExp][] = [
    [
      'negative fee',
      'dossiers.return',
      (code) => ({ code, fee: { amount: -1, method: 'cash' } }),
      /không được âm/,
    ],
    [
      'fractional fee',
      'dossiers.return',
      (code) => ({ code, fee: { amount: 1000.5, method: 'cash' } }),
      /số nguyên/,
    ],
    [
      'fee above 1,000,000,000',
      'dossiers.return',
      (code) => ({ code, fee: { amount: 1_000_000_001, method: 'transfer' } }),
      /1\.000\.000\.000/,
    ],
    [
      'fee as text',
      'dossiers.return',
      (code) => ({ code, fee: { amount: '8000', method: 'cash' } }),
      /phải là số/,
    ],
    [
      'exempt with an amount',
      'dossiers.return',
      (code) => ({ code, fee: { amount: 5000, method: 'exempt' } }),
      /miễn phí/,
    ],
    [
      'unknown method',
      'dossiers.return',
      (code) => ({ code, fee: { amount: 5000, method: 'card' } }),
      /Hình thức thu/,
    ],
    [
      'short refusal reason',
      'dossiers.refuse',
      (code) => ({ code, reason: ' abc ' }),
      /Lý do: phải có ít nhất 5 ký tự/,
    ],
    [
      'short delay reason',
      'dossiers.delay',
      (code) => ({ code, newDueAt: '2026-12-18T10:00:00+07:00', reason: 'trễ' }),
      /Lý do: phải có ít nhất 5/,
    ],
    ['short withdrawal reason', 'dossiers.withdraw', (code) => ({ code, reason: 'rút' }), /Lý do/],
    [
      'short supplement reason',
      'dossiers.requestSupplement',
      (code) => ({ code, missing: [{ name: 'X' }], reason: 'x' }),
      /Lý do/,
    ],
    [
      'no missing papers',
      'dossiers.requestSupplement',
      (code) => ({ code, missing: [], reason: 'Thiếu giấy tờ' }),
      /Giấy tờ cần bổ sung/,
    ],
    [
      'date without offset',
      'dossiers.delay',
      (code) => ({ code, newDueAt: '2026-12-18T10:00:00', reason: 'Chờ xác minh' }),
      /Ngày hẹn mới/,
    ],
    [
      'date in the past',
      'dossiers.delay',
      (code) => ({ code, newDueAt: '2026-12-04T10:00:00+07:00', reason: 'Chờ xác minh' }),
      /Ngày hẹn mới/,
    ],
    ['empty unit', 'dossiers.handOver', (code) => ({ code, toUnit: '  ' }), /Đơn vị nhận/],
    ['unknown field', 'dossiers.markReady', (code) => ({ code, extra: 1 }), /không được phép/],
  ];
  it.each(bad)('%s', async (_label, op, body, message) => {
    const f = makeFixture();
    const code = await dossierIn(f, op === 'dossiers.return' ? 'result_ready' : 'received');
    const before = snapshot(f);
    await expect(f.call(op, body(code))).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(message),
    });
    expect(snapshot(f)).toEqual(before);
  });

  it('accepts the boundary fees 0 and 1,000,000,000 đồng', async () => {
    const f = makeFixture();
    const a = await dossierIn(f, 'result_ready');
    expect(
      (
        await f.call('dossiers.return', {
          code: a,
          fee: { amount: 1_000_000_000, method: 'transfer', receiptNumber: 'UNC-01' },
        })
      ).status,
    ).toBe('returned');
    const b = await dossierIn(f, 'result_ready');
    expect(
      (await f.call('dossiers.return', { code: b, fee: { amount: 0, method: 'exempt' } })).dossier
        .fee,
    ).toMatchObject({ amount: 0, method: 'exempt' });
  });
});
