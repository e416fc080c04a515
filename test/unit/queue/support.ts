/** A migrated in-memory database, a fake catalog and a recording printer for queue and feedback tests. */
import { openDatabase, type Db } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { DEFAULT_SETTINGS, type UnitSettings } from '../../../main/settings/types';
import type { Procedure } from '../../../main/catalog/types';
import type { SlipDocument } from '../../../main/slips/types';
import type { PrintOutcome } from '../../../main/printing/types';
import type { Caller } from '../../../main/core/types';
import type { CallContext } from '../../../main/api/operations';
import { createWorkingCalendar, shippedDaysOfYear } from '../../../main/calendar/working-calendar';
import type { WorkingTime } from '../../../main/calendar/types';

/** A fresh database at the last schema version. */
export function freshDb(): Db {
  const db = openDatabase(':memory:');
  migrate(db, migrations);
  return db;
}

const procedure = (code: string, name: string, field: string) =>
  ({
    code,
    name,
    field,
    documentCases: [
      {
        title: '',
        documents: [{ name: 'Tờ khai theo mẫu', originals: 1, copies: 0 }],
      },
    ],
  }) as unknown as Procedure;
export const PROCEDURES: Record<string, Procedure> = {
  '1.001193': procedure('1.001193', 'Đăng ký khai sinh', 'Hộ tịch'),
  '1.004227': procedure('1.004227', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch'),
  '2.000815': procedure('2.000815', 'Chứng thực bản sao từ bản chính', 'Chứng thực'),
  '1.000656': procedure('1.000656', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'),
};

/** A printer double that records each document and can be told to fail. */
export function recordingPrinter() {
  const jobs: { doc: SlipDocument; subject?: string }[] = [];
  let fail = false;
  return {
    jobs,
    failNext: () => {
      fail = true;
    },
    async print(doc: SlipDocument, opts?: { subject?: string }): Promise<PrintOutcome> {
      jobs.push({ doc, subject: opts?.subject });
      const failed = fail;
      fail = false;
      return {
        jobId: jobs.length,
        status: failed ? 'failed' : 'printed',
        printer: 'test',
        bytes: failed ? 0 : 100,
        preview: '',
        ...(failed ? { message: 'Máy in hết giấy.' } : {}),
      };
    },
  };
}

export function queueDeps(db: Db): {
  db: Db;
  calendar: WorkingTime;
  printer: ReturnType<typeof recordingPrinter>;
  procedure(code: string): Procedure | undefined;
  settings(): UnitSettings;
} {
  const printer = recordingPrinter();
  return {
    db,
    calendar: createWorkingCalendar(shippedDaysOfYear),
    printer,
    procedure: (code: string) => PROCEDURES[code],
    settings: () => ({ ...DEFAULT_SETTINGS, unitName: 'UBND xã Hòa An' }),
  };
}

export const officer: Caller = { id: 1, username: 'admin', fullName: 'Quản trị', role: 'admin' };
export const asOfficer: CallContext = {
  caller: { ...officer, role: 'officer', username: 'canbo1' },
  token: null,
  origin: 'http',
};
export const asAdmin: CallContext = { caller: officer, token: null, origin: 'http' };
export const asKiosk: CallContext = { caller: null, token: null, origin: 'http' };

/** 09:00 in Vietnam on a given day of November 2026 (UTC+7). */
export const at = (day: number, hour = 9, minute = 0) =>
  new Date(Date.UTC(2026, 10, day, hour - 7, minute));
