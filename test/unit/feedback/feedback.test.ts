import { describe, expect, it } from 'vitest';
import { createOperationTable } from '../../../main/api/operations';
import { AppError } from '../../../main/core/errors';
import { feedbackContract } from '../../../main/feedback/contract';
import { feedbackHandlers } from '../../../main/feedback/operations';
import { summarize } from '../../../main/feedback/service';
import type { Db } from '../../../main/db/database';
import { asKiosk, asOfficer, at, freshDb } from '../queue/support';

function addStaff(db: Db, username: string, fullName: string, role = 'officer'): number {
  return Number(
    db
      .prepare(
        "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES (?, 'h', ?, ?, '2026')",
      )
      .run(username, fullName, role).lastInsertRowid,
  );
}

function addDossier(db: Db, code: string, receivedBy: number): void {
  db.prepare(
    `INSERT INTO dossiers (code, procedure_code, procedure_name, applicant_name, applicant_id, applicant_phone, applicant_address,
       documents, status, received_at, due_at, original_due_at, processing, lookup_secret, received_by)
     VALUES (?, '1.001193', 'Đăng ký khai sinh', 'An', '001190012345', '0912345678', 'Hà Nội',
       '[]', 'received', '2026-11-26T02:00:00.000Z', '2026-11-27T10:00:00.000Z', '2026-11-27T10:00:00.000Z', '{}', ?, ?)`,
  ).run(code, code.endsWith('1') ? 'S7K2QP' : 'M4X9RT', receivedBy);
}

function setup() {
  const db = freshDb();
  const lan = addStaff(db, 'lan', 'Nguyễn Thị Lan');
  addStaff(db, 'minh', 'Trần Văn Minh');
  addStaff(db, 'kiosk1', 'Kiosk sảnh', 'kiosk');
  addDossier(db, '000.00.06.H14-261126-0001', lan);
  addDossier(db, '000.00.06.H14-261126-0002', lan);
  let now = at(26);
  const table = createOperationTable(feedbackContract, feedbackHandlers({ db }), () => now);
  return { db, table, tick: (seconds: number) => (now = new Date(now.getTime() + seconds * 1000)) };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const D1 = '000.00.06.H14-261126-0001';
const D2 = '000.00.06.H14-261126-0002';

describe('feedback.rate', () => {
  it("stores a rating of a dossier scanned with its slip's secret, crediting the officer who received it", async () => {
    const { table, db } = setup();
    const r = (await table.invoke(
      'feedback.rate',
      { level: 5, dossierCode: ` ${D1.toLowerCase()}#s7k2qp `, reasons: ['fast', 'helpful'] },
      asKiosk,
    )) as any;
    expect(r).toEqual({
      id: 1,
      level: 5,
      label: 'Rất hài lòng',
      at: '2026-11-26T09:00:00+07:00',
      dossierCode: D1,
      reasons: ['fast', 'helpful'],
      message: 'Cảm ơn ông/bà đã đánh giá.',
    });
    expect(db.prepare('SELECT at, level, officer, source, reasons FROM feedback').get()).toEqual({
      at: '2026-11-26T02:00:00.000Z',
      level: 5,
      officer: 'lan',
      source: 'kiosk',
      reasons: '["fast","helpful"]',
    });
  });

  it('needs the secret: a bare code, a wrong secret and an unknown dossier all answer 404 alike, nothing stored', async () => {
    const { table, db } = setup();
    const messages: string[] = [];
    for (const dossierCode of [D1, `${D1}#WRONG1`, `${D1.slice(0, -1)}9#S7K2QP`]) {
      const e = await refusal(table.invoke('feedback.rate', { level: 1, dossierCode }, asKiosk));
      expect(e.status).toBe(404);
      messages.push(e.message.replace(/Không tìm thấy hồ sơ \S+/u, ''));
    }
    expect(new Set(messages).size).toBe(1);
    expect(db.prepare('SELECT count(*) FROM feedback').pluck().get()).toBe(0);
  });

  it('lets a dossier be rated once (409)', async () => {
    const { table, tick } = setup();
    await table.invoke('feedback.rate', { level: 4, dossierCode: `${D1}#S7K2QP` }, asKiosk);
    tick(3600);
    const e = await refusal(
      table.invoke('feedback.rate', { level: 1, dossierCode: `${D1}#S7K2QP` }, asKiosk),
    );
    expect(e.status).toBe(409);
  });

  it('never refuses the next citizen: two ratings 3 s apart from one kiosk are both kept', async () => {
    const { table, tick, db } = setup();
    await table.invoke('feedback.rate', { level: 3 }, asKiosk);
    tick(3);
    await table.invoke('feedback.rate', { level: 1, reasons: ['wait'] }, asKiosk);
    tick(3);
    await table.invoke('feedback.rate', { level: 5, dossierCode: `${D2}#M4X9RT` }, asKiosk);
    expect(db.prepare('SELECT count(*) FROM feedback').pluck().get()).toBe(3);
  });

  it('paces a flood per kiosk (6 a minute), not across kiosks, and lets it rate again a minute later', async () => {
    const { table, tick } = setup();
    const hall = { ...asKiosk, client: '10.0.0.21' };
    const door = { ...asKiosk, client: '10.0.0.22' };
    for (let i = 0; i < 6; i++) {
      await table.invoke('feedback.rate', { level: 5 }, hall);
      tick(1);
    }
    const flood = await refusal(table.invoke('feedback.rate', { level: 1 }, hall));
    expect(flood.status).toBe(429);
    expect(((await table.invoke('feedback.rate', { level: 4 }, door)) as any).label).toBe(
      'Hài lòng',
    );
    tick(60);
    expect(((await table.invoke('feedback.rate', { level: 2 }, hall)) as any).label).toBe(
      'Không hài lòng',
    );
  });

  it('answers the same whether a named officer exists or not, and keeps only a real officer', async () => {
    const { table, tick, db } = setup();
    const answers = [];
    for (const officer of ['minh', 'kiosk1', 'nobody']) {
      const r = (await table.invoke('feedback.rate', { level: 4, officer }, asKiosk)) as any;
      const { id: _id, at: _at, ...rest } = r;
      answers.push(rest);
      tick(20);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[1]).toEqual(answers[2]);
    expect(db.prepare('SELECT officer FROM feedback ORDER BY id').pluck().all()).toEqual([
      'minh',
      null,
      null,
    ]);
  });

  it('refuses a reason outside the list', async () => {
    const { table } = setup();
    const e = await refusal(
      table.invoke('feedback.rate', { level: 4, reasons: ['bribe'] }, asKiosk),
    );
    expect(e.status).toBe(400);
  });

  it.each([
    [{ level: 0 }, /^Mức độ: phải lớn hơn hoặc bằng 1/u],
    [{ level: 6 }, /^Mức độ: phải nhỏ hơn hoặc bằng 5/u],
    [{ level: 4.5 }, /^Mức độ: /u],
    [{}, /^Mức độ: chưa được nhập/u],
    [{ level: 5, dossierCode: 'x' }, /Mã hồ sơ không đúng định dạng/u],
    [{ level: 5, comment: 'hay' }, /không được phép: comment/u],
  ])('refuses %j with a Vietnamese message naming the field', async (input, message) => {
    const { table } = setup();
    const e = await refusal(table.invoke('feedback.rate', input, asKiosk));
    expect(e.status).toBe(400);
    expect(e.message).toMatch(message);
  });
});

describe('feedback.stats', () => {
  it('counts per level and per officer over the period', async () => {
    const { table, tick } = setup();
    await table.invoke(
      'feedback.rate',
      { level: 5, dossierCode: '000.00.06.H14-261126-0001#S7K2QP' },
      asKiosk,
    );
    await table.invoke(
      'feedback.rate',
      { level: 2, dossierCode: '000.00.06.H14-261126-0002#M4X9RT' },
      asKiosk,
    );
    await table.invoke('feedback.rate', { level: 4, officer: 'minh' }, asKiosk);
    tick(30);
    await table.invoke('feedback.rate', { level: 4 }, asKiosk);
    tick(86_400 * 3); // outside the period below
    await table.invoke('feedback.rate', { level: 1 }, asKiosk);
    const s = (await table.invoke(
      'feedback.stats',
      { from: '2026-11-26T00:00:00+07:00', to: '2026-11-26T23:59:59+07:00' },
      asOfficer,
    )) as any;
    expect(s).toMatchObject({
      total: 4,
      counts: [0, 0, 1, 0, 2, 1],
      average: 3.75,
      satisfiedPercent: 75,
    });
    expect(s.levels[0]).toEqual({ level: 5, label: 'Rất hài lòng', count: 1 });
    expect(s.levels[4]).toEqual({ level: 1, label: 'Rất không hài lòng', count: 0 });
    expect(s.officers.map((o: any) => [o.officer, o.fullName, o.total, o.average])).toEqual([
      ['lan', 'Nguyễn Thị Lan', 2, 3.5],
      ['minh', 'Trần Văn Minh', 1, 4],
      [null, null, 1, 4],
    ]);
  });

  it('needs an officer and an ordered period', async () => {
    const { table } = setup();
    expect(
      (
        await refusal(
          table.invoke(
            'feedback.stats',
            { from: '2026-11-26T00:00:00+07:00', to: '2026-11-27T00:00:00+07:00' },
            asKiosk,
          ),
        )
      ).status,
    ).toBe(401);
    const e = await refusal(
      table.invoke(
        'feedback.stats',
        { from: '2026-11-27T00:00:00+07:00', to: '2026-11-26T00:00:00+07:00' },
        asOfficer,
      ),
    );
    expect(e.message).toBe('Thời điểm kết thúc: phải sau thời điểm bắt đầu');
  });
});

describe('summarize', () => {
  it('gives nulls without ratings and rounds the average', () => {
    expect(summarize([])).toEqual({
      total: 0,
      counts: [0, 0, 0, 0, 0, 0],
      average: null,
      satisfiedPercent: null,
    });
    expect(
      summarize([
        { level: 5, n: 2 },
        { level: 4, n: 1 },
      ]),
    ).toMatchObject({ total: 3, average: 4.67, satisfiedPercent: 100 });
  });
});
