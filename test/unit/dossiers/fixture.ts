/** A migrated temp database with one officer, two procedures, the shipped calendar and a recording printer. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { createOperationTable, type OperationTable } from '../../../main/api/operations';
import type { Caller } from '../../../main/core/types';
import { createWorkingCalendar, shippedDaysOfYear } from '../../../main/calendar/working-calendar';
import type { Procedure, ProcessingTime } from '../../../main/catalog/types';
import { DEFAULT_SETTINGS } from '../../../main/settings/types';
import type { SlipDocument } from '../../../main/slips/types';
import type { PrintOutcome } from '../../../main/printing/types';
import { dossiersContract } from '../../../main/dossiers/contract';
import { dossiersHandlers } from '../../../main/dossiers/operations';
import type { DossierDeps } from '../../../main/dossiers/service';
import type { DossierState } from '../../../main/dossiers/lifecycle';

export const applicant = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Số 5, phố Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội',
};

/** 5 working days, no cut-off. */
export const BIRTH = procedure('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', {
  channel: 'in_person',
  amount: 5,
  unit: 'working_day',
  text: '05 ngày làm việc',
});
export const MARRIAGE = procedure('1.000894', 'Đăng ký kết hôn', 'Hộ tịch', {
  channel: 'in_person',
  amount: 3,
  unit: 'working_day',
  text: '03 ngày làm việc',
});

function procedure(
  code: string,
  name: string,
  field: string,
  processing: ProcessingTime,
): Procedure {
  return {
    code,
    name,
    field,
    levels: ['xa'],
    agencies: [],
    serviceLevel: {},
    audience: [],
    steps: [],
    processing: [processing],
    fees: [],
    documentCases: [
      { title: 'Chung', documents: [{ name: 'Tờ khai đăng ký', originals: 1, copies: 0 }] },
    ],
    results: [],
    legalBasis: [],
  };
}

export interface Fixture {
  db: Db;
  deps: DossierDeps;
  table: OperationTable;
  officer: Caller;
  printed: SlipDocument[];
  printerFault: { mode: 'none' | 'failed' | 'throw' };
  clock: { now: Date };
  /** Calls an operation through the real table as the officer (or another caller). */
  call(op: string, input: unknown, caller?: Caller | null): Promise<any>;
}

/** Builds the fixture at a given instant (default Monday 07/12/2026 09:00 in Vietnam). */
export function makeFixture(start = '2026-12-07T09:00:00+07:00'): Fixture {
  const db = openDatabase(
    path.join(mkdtempSync(path.join(tmpdir(), 'motcua-dossiers-')), 'test.sqlite'),
  );
  migrate(db, migrations);
  const officerId = Number(
    db
      .prepare(
        "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES ('canbo1', 'x', 'Trần Văn Bình', 'officer', '2026') RETURNING id",
      )
      .pluck()
      .get(),
  );
  const officer: Caller = {
    id: officerId,
    username: 'canbo1',
    fullName: 'Trần Văn Bình',
    role: 'officer',
  };
  const printed: SlipDocument[] = [];
  const printerFault: Fixture['printerFault'] = { mode: 'none' };
  let jobId = 0;
  const printer = {
    async print(doc: SlipDocument): Promise<PrintOutcome> {
      if (printerFault.mode === 'throw') throw new Error('Máy in mất kết nối');
      printed.push(doc);
      jobId += 1;
      const failed = printerFault.mode === 'failed';
      return {
        jobId,
        status: failed ? 'failed' : 'printed',
        printer: 'test',
        ...(failed ? { message: 'Hết giấy' } : {}),
        bytes: 10,
        preview: 'data:image/png;base64,',
      };
    },
  };
  const procedures = new Map([BIRTH, MARRIAGE].map((p) => [p.code, p]));
  const deps: DossierDeps = {
    db,
    calendar: createWorkingCalendar(shippedDaysOfYear),
    procedure: (code) => procedures.get(code),
    processingOf: (p) => p.processing[0],
    printer,
    settings: () => ({ ...DEFAULT_SETTINGS, unitName: 'UBND xã Hòa An' }),
  };
  const clock = { now: new Date(start) };
  const table = createOperationTable(dossiersContract, dossiersHandlers(deps), () => clock.now);
  const call = (op: string, input: unknown, caller: Caller | null = officer) =>
    table.invoke(op, input, { caller, token: null, origin: 'cli' });
  return { db, deps, table, officer, printed, printerFault, clock, call };
}

/** Moves the clock on by hours. */
export function advance(f: Fixture, hours: number): void {
  f.clock.now = new Date(f.clock.now.getTime() + hours * 3_600_000);
}

/** Accepts a dossier typed at the counter and returns its code. */
export async function acceptOne(f: Fixture, procedureCode = BIRTH.code): Promise<string> {
  const r = await f.call('dossiers.accept', { procedureCode, applicant });
  return r.dossierCode as string;
}

/** Everything a failed call must leave untouched. */
export function snapshot(f: Fixture): unknown {
  return {
    dossiers: f.db.prepare('SELECT * FROM dossiers ORDER BY code').all(),
    declarations: f.db.prepare('SELECT * FROM declarations ORDER BY code').all(),
    events: f.db.prepare('SELECT count(*) FROM dossier_events').pluck().get(),
    audit: f.db.prepare("SELECT count(*) FROM audit WHERE action <> 'dossiers.read'").pluck().get(),
    handovers: f.db.prepare('SELECT * FROM dossier_handovers ORDER BY id').all(),
  };
}

/** The calls that put a freshly accepted dossier into each state. */
export const PATHS: Record<DossierState, [string, Record<string, unknown>][]> = {
  received: [],
  supplement_requested: [
    [
      'dossiers.requestSupplement',
      { missing: [{ name: 'Giấy chứng sinh' }], reason: 'Thiếu giấy chứng sinh' },
    ],
  ],
  refused: [['dossiers.refuse', { reason: 'Không thuộc thẩm quyền' }]],
  in_progress: [
    ['dossiers.handOver', { toUnit: 'Phòng Tư pháp' }],
    ['dossiers.receiveBack', {}],
  ],
  handed_over: [['dossiers.handOver', { toUnit: 'Phòng Tư pháp' }]],
  result_ready: [['dossiers.markReady', {}]],
  returned: [
    ['dossiers.markReady', {}],
    ['dossiers.return', { fee: { amount: 0, method: 'exempt' } }],
  ],
  withdrawn: [['dossiers.withdraw', { reason: 'Công dân xin rút' }]],
  stopped: [['dossiers.stop', { reason: 'Dừng theo yêu cầu' }]],
};

/** Accepts a dossier and walks it into `state`. */
export async function dossierIn(f: Fixture, state: DossierState): Promise<string> {
  const code = await acceptOne(f);
  for (const [op, input] of PATHS[state]) await f.call(op, { code, ...input });
  const reached = f.db.prepare('SELECT status FROM dossiers WHERE code = ?').pluck().get(code);
  if (reached !== state) throw new Error(`expected ${state}, reached ${String(reached)}`);
  return code;
}

/** A valid input for each action, so that only the state can make it fail. */
export const ACTION_INPUTS: Record<string, Record<string, unknown>> = {
  requestSupplement: { missing: [{ name: 'Sổ hộ khẩu' }], reason: 'Cần bổ sung sổ hộ khẩu' },
  supplementReceived: {},
  refuse: { reason: 'Hồ sơ không hợp lệ' },
  handOver: { toUnit: 'Phòng Tài chính' },
  receiveBack: {},
  markReady: {},
  delay: { newDueAt: '2026-12-18T10:00:00+07:00', reason: 'Chờ xác minh thêm' },
  return: { fee: { amount: 8000, method: 'cash' } },
  withdraw: { reason: 'Công dân xin rút hồ sơ' },
  stop: { reason: 'Dừng xử lý theo quy định' },
};
