/**
 * Dossier figures at the scale of a busy unit's archive: 1,000,000 dossiers seeded straight into
 * SQLite (prepared statements, big transactions), then the kiosk lookup, today's queue, a month's
 * statistics and a month's log book export, through the same functions the operations call.
 * Run alone with `npx tsx test/bench/dossiers.ts [count]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../main/db/database';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { createWorkingCalendar, shippedDaysOfYear } from '../../main/calendar/working-calendar';
import { vnYymmdd } from '../../main/calendar/vn-time';
import { DEFAULT_SETTINGS } from '../../main/settings/types';
import type { DossierDeps } from '../../main/dossiers/service';
import { lookup } from '../../main/dossiers/lookup';
import { todaysQueue } from '../../main/dossiers/queue';
import { stats } from '../../main/reports/stats';
import { logbook } from '../../main/reports/logbook';
import { percentile, type BenchRow } from './types';

const NOW = new Date('2026-12-15T10:00:00+07:00');
const DAY = 86_400_000;
const FIELDS = [
  'Hộ tịch',
  'Chứng thực',
  'Đất đai',
  'Xây dựng',
  'Hộ kinh doanh',
  'Bảo trợ xã hội',
  'Người có công',
  'Tư pháp',
];
const UNITS = [
  'Công chức Tư pháp - Hộ tịch',
  'Công chức Địa chính',
  'Phòng Kinh tế',
  'Công chức Văn hóa - Xã hội',
];
const OPEN = ['received', 'in_progress', 'handed_over', 'supplement_requested', 'result_ready'];

/** A small deterministic generator, so two runs seed the same archive. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Seeded {
  /** Every 100th code: what the lookups draw from (a million strings would only weigh on the GC). */
  codes: string[];
  seconds: number;
}

function seedStaff(db: Db): number[] {
  const insert = db.prepare(
    "INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES (?, 'x', ?, 'officer', '2020') RETURNING id",
  );
  return Array.from({ length: 12 }, (_, i) =>
    Number(insert.pluck().get(`canbo${i + 1}`, `Cán bộ số ${i + 1}`)),
  );
}

/** Seeds `count` dossiers received over the days before NOW, with their accept and final events. */
export function seedArchive(db: Db, count: number): Seeded {
  const t0 = performance.now();
  db.pragma('synchronous = OFF');
  const staff = seedStaff(db);
  const random = rng(42);
  const perDay = 330;
  const days = Math.ceil(count / perDay);
  const dossier = db.prepare(
    `INSERT INTO dossiers (code, declaration_code, procedure_code, procedure_name, applicant_name, applicant_id, applicant_phone,
       applicant_address, documents, sets, channel, status, received_at, due_at, original_due_at, processing, lookup_secret, received_by,
       field, handling_unit, sent_at, result_at, returned_at, returned_by, fee_amount, fee_method, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[{"name":"Tờ khai","originals":1,"copies":0}]', 1, ?, ?, ?, ?, ?,
       '{"channel":"in_person","amount":5,"unit":"working_day","text":"05 ngày làm việc"}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')`,
  );
  const declaration = db.prepare(
    "INSERT INTO declarations (code, procedure_code, applicant, created_at, status) VALUES (?, ?, '{}', ?, 'accepted')",
  );
  const event = db.prepare(
    'INSERT INTO dossier_events (dossier, at, actor, action, from_status, to_status) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const counter = db.prepare('INSERT INTO day_counters (unit, day, last) VALUES (?, ?, ?)');
  const codes: string[] = [];
  const agency = DEFAULT_SETTINGS.agencyCode;
  let n = 0;
  const batch = db.transaction((dayIndex: number) => {
    const dayStart = NOW.getTime() - (days - 1 - dayIndex) * DAY;
    const dayDate = new Date(dayStart);
    const todays = Math.min(perDay, count - n);
    const age = (NOW.getTime() - dayStart) / DAY;
    for (let k = 1; k <= todays; k += 1) {
      const opening = dayStart - (dayStart % DAY) + 3_600_000; // 08:00 in Vietnam
      const received = new Date(
        Math.min(opening + Math.floor(random() * 8 * 3_600_000), NOW.getTime() - 60_000),
      );
      const code = `${agency}-${vnYymmdd(dayDate)}-${String(k).padStart(4, '0')}`;
      const due = new Date(received.getTime() + 7 * DAY);
      const took = (1 + random() * 9) * DAY;
      const done = received.getTime() + took < NOW.getTime();
      const status =
        !done || (age < 20 && random() < 0.5)
          ? OPEN[Math.floor(random() * OPEN.length)]
          : random() < 0.96
            ? 'returned'
            : random() < 0.5
              ? 'refused'
              : 'withdrawn';
      const ready = status === 'result_ready' || status === 'returned';
      const resultAt = ready
        ? new Date(Math.min(received.getTime() + took, NOW.getTime() - 60_000)).toISOString()
        : null;
      const returnedAt = status === 'returned' ? resultAt : null;
      const handled = status !== 'received' && status !== 'refused';
      const officer = staff[Math.floor(random() * staff.length)];
      const f = Math.floor(random() * FIELDS.length);
      const declCode = k % 10 === 0 ? `TK-${code.slice(-11).replaceAll('-', '')}` : null;
      if (declCode) declaration.run(declCode, `1.00${f}000`, received.toISOString());
      dossier.run(
        code,
        declCode,
        `1.00${f}000`,
        `Thủ tục số ${f} thuộc lĩnh vực ${FIELDS[f]}`,
        `Nguyễn Văn ${n}`,
        '001190012345',
        '0912345678',
        `Thôn ${k % 30}, xã Hòa An, tỉnh Cao Bằng`,
        1 + Math.floor(random() * 3),
        status,
        received.toISOString(),
        due.toISOString(),
        due.toISOString(),
        `S${n % 1000}`,
        officer,
        FIELDS[f],
        handled ? UNITS[f % UNITS.length] : null,
        handled ? received.toISOString() : null,
        resultAt,
        returnedAt,
        returnedAt ? officer : null,
        returnedAt ? 25_000 : null,
        returnedAt ? 'cash' : null,
      );
      event.run(code, received.toISOString(), 'canbo1', 'accept', null, 'received');
      if (status !== 'received')
        event.run(code, resultAt ?? received.toISOString(), 'canbo1', 'status', 'received', status);
      if (n % 100 === 0) codes.push(code);
      n += 1;
    }
    counter.run(agency, new Date(dayStart + 7 * 3_600_000).toISOString().slice(0, 10), todays);
  });
  for (let d = 0; d < days && n < count; d += 1) batch(d);
  db.pragma('synchronous = FULL');
  db.exec('ANALYZE');
  return { codes, seconds: (performance.now() - t0) / 1000 };
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Seeds the archive in a temp file and measures the four figures of issue #6. */
export async function benchDossiers(count = 1_000_000): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-bench-dossiers-'));
  const file = path.join(dir, 'bench.sqlite');
  const seeding = openDatabase(file);
  migrate(seeding, migrations);
  const seeded = seedArchive(seeding, count);
  seeding.close();
  // Measured on a fresh connection, as a hub restarted on this archive would see it.
  const db = openDatabase(file);
  try {
    const deps: DossierDeps = {
      db,
      calendar: createWorkingCalendar(shippedDaysOfYear),
      procedure: () => undefined,
      processingOf: () => ({ channel: 'in_person', amount: 5, unit: 'working_day', text: '' }),
      printer: { print: () => Promise.reject(new Error('no printing in this bench')) },
      settings: () => DEFAULT_SETTINGS,
    };
    const random = rng(7);
    const lookups: number[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const code = seeded.codes[Math.floor(random() * seeded.codes.length)];
      const [status, ms] = time(() => lookup(deps, code));
      if (status.code !== code) throw new Error(`lookup returned ${status.code} for ${code}`);
      lookups.push(ms);
    }
    const queue = Array.from({ length: 60 }, () => time(() => todaysQueue(deps, NOW))[1]);
    const month = { from: '2026-11-01', to: '2026-11-30' };
    const statsMs = Array.from({ length: 5 }, () => time(() => stats(db, month, NOW))[1]);
    const [monthStats] = time(() => stats(db, month, NOW));
    const caller = { id: 1, username: 'canbo1', fullName: 'Cán bộ số 1', role: 'officer' as const };
    const reportDeps = { db, settings: () => DEFAULT_SETTINGS };
    const exports: number[] = [];
    let rowsExported = 0;
    for (let i = 0; i < 4; i += 1) {
      const t = performance.now();
      const book = await logbook(reportDeps, { ...month, format: 'xlsx' }, caller, NOW);
      exports.push(performance.now() - t);
      rowsExported = book.total;
    }
    const exportMs = percentile(exports.slice(1), 50);
    const l95 = percentile(lookups.slice(100), 95);
    const q95 = percentile(queue.slice(10), 95);
    const s = Math.max(...statsMs.slice(1));
    return [
      {
        name: `seed ${count.toLocaleString('en')} dossiers (+ events, declarations)`,
        value: round(seeded.seconds),
        unit: 's',
      },
      {
        name: 'dossiers.lookup by code p50',
        value: round(percentile(lookups.slice(100), 50)),
        unit: 'ms',
      },
      {
        name: 'dossiers.lookup by code p95',
        value: round(l95),
        unit: 'ms',
        target: '≤ 1 ms',
        ok: l95 <= 1,
      },
      {
        name: "dossiers.queue (today's work) p95",
        value: round(q95),
        unit: 'ms',
        target: '≤ 20 ms',
        ok: q95 <= 20,
      },
      {
        name: `reports.stats one month (${monthStats.received.total} received)`,
        value: round(s),
        unit: 'ms',
        target: '≤ 200 ms',
        ok: s <= 200,
      },
      {
        name: `reports.logbook XLSX one month (${rowsExported} rows), first export`,
        value: Math.round(exports[0]),
        unit: 'ms',
      },
      {
        name: `reports.logbook XLSX one month (${rowsExported} rows), p50 of 3 after`,
        value: Math.round(exportMs),
        unit: 'ms',
        target: '≤ 2000 ms',
        ok: exportMs <= 2000,
      },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchDossiers(Number(process.argv[2] ?? 1_000_000))
    .then((rows) => console.table(rows))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
