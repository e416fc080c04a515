/**
 * Issue 11's attacks rerun against real hubs on 127.0.0.1 (other 127.x source addresses stand in
 * for LAN hosts): one row per attack with the figure measured now and the issue's "before".
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, startHub, type HubProcess } from '../support/hub-process';
import { startVirtualPrinter, type VirtualPrinterMode } from '../support/virtual-printer';
import { fuzzBody, prng } from '../support/fuzz-bodies';
import { answered, get, median, perMinute, post, rssMiB, slowSenders } from './attack-client';
import type { BenchRow } from './types';
import { signInAdmin, startAcceptBurst } from '../support/accept-burst';

const cli = (...args: string[]) =>
  promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'main/backup/cli.ts'), ...args],
    { cwd: repoRoot },
  );

const applicant = {
  fullName: 'Lê Thị Hồng Nhung',
  idNumber: '001190067890',
  phone: '0987654321',
  address: 'Phường Láng, Hà Nội',
};
const FUZZ_OPS = [
  'catalog.search',
  'dossiers.lookup',
  'dossiers.declare',
  'dossiers.accept',
  'auth.login',
  'feedback.rate',
  'printing.checklist',
  'queue.take',
  'catalog.import',
  'staff.create',
];
const row = (
  name: string,
  before: string,
  value: number,
  unit: string,
  target: string,
  ok: boolean,
): BenchRow => ({
  name: `${name} (before: ${before})`,
  value,
  unit,
  target,
  ok,
});

interface Ctx {
  hub: HubProcess;
  admin: string;
  kiosk: string;
  code: string;
}

async function setUp(hub: HubProcess): Promise<Ctx> {
  const admin = (
    await post(hub.url, 'auth.login', { username: 'admin', password: hub.adminPassword })
  ).body.token;
  const pairing = await post(
    hub.url,
    'devices.createPairing',
    { kind: 'kiosk', name: 'Kiosk 1' },
    { token: admin },
  );
  const kiosk = (await post(hub.url, 'devices.pair', { pairingCode: pairing.body.pairingCode }))
    .body.deviceToken;
  const a = await post(
    hub.url,
    'dossiers.accept',
    { procedureCode: '1.001193', applicant },
    { token: admin },
  );
  if (a.status !== 200) throw new Error(`accept: ${JSON.stringify(a.body)}`);
  return { hub, admin, kiosk, code: a.body.dossierCode as string };
}

/** Fuzzed bodies (the fuzz test's generator) anonymously and as admin: count of 500s. */
async function fuzz({ hub, admin }: Ctx): Promise<BenchRow> {
  const r = prng(20261203);
  let errors = 0;
  for (let i = 0; i < 2000; i++) {
    const { text, type } = fuzzBody(r);
    const op = FUZZ_OPS[i % FUZZ_OPS.length];
    const res = await post(hub.url, op, null, {
      raw: { text, type },
      token: i % 2 ? admin : undefined,
    });
    if (res.status >= 500 || res.status === 0) errors += 1;
  }
  return row('fuzz: 500s in 2,000 bodies', '393 in 29,178', errors, '', '0', errors === 0);
}

/** A bare code's lookup: does the answer hold any applicant data? */
async function bareLookup({ hub, kiosk, code }: Ctx): Promise<BenchRow> {
  const res = await post(
    hub.url,
    'dossiers.lookup',
    { code },
    { device: kiosk, from: '127.0.0.9' },
  );
  const text = JSON.stringify(res.body);
  const leaks = ['Nhung', 'Hồng', '7890', '4321', '0987'].filter((s) => text.includes(s)).length;
  return row(
    `bare-code lookup: applicant fragments in answer (status ${res.status})`,
    'initials, ID digits, phone',
    leaks,
    '',
    '0',
    leaks === 0,
  );
}

/** Lookups from one address until the first 429. */
async function lookupBrake({ hub, kiosk, code }: Ctx): Promise<BenchRow> {
  let n = 0;
  for (; n < 400; n++) {
    const res = await post(
      hub.url,
      'dossiers.lookup',
      { code },
      { device: kiosk, from: '127.0.0.2' },
    );
    if (res.status === 429) break;
  }
  return row(
    'lookups a minute from one address before 429',
    '120, any number of addresses',
    n,
    '',
    '≤ 120',
    n <= 120,
  );
}

/** Five wrong passwords from host A, then the admin signs in from host B. */
async function lockout({ hub }: Ctx): Promise<BenchRow> {
  for (let i = 0; i < 5; i++)
    await post(
      hub.url,
      'auth.login',
      { username: 'admin', password: `sai-mat-khau-${i}` },
      { from: '127.0.0.3' },
    );
  const res = await post(
    hub.url,
    'auth.login',
    { username: 'admin', password: hub.adminPassword },
    { from: '127.0.0.4' },
  );
  return row(
    'admin signs in from B after 5 wrong from A: status',
    'locked 15 min',
    res.status,
    '',
    '200',
    res.status === 200,
  );
}

/** Median sign-in time, known vs unknown user, each try from its own address. */
async function loginTiming({ hub }: Ctx): Promise<BenchRow[]> {
  const time = async (username: string, i: number) => {
    const t = performance.now();
    await post(
      hub.url,
      'auth.login',
      { username, password: 'khong-dung-1234' },
      { from: `127.0.1.${i}` },
    );
    return performance.now() - t;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 7; i++) {
    known.push(await time('admin', 10 + i));
    unknown.push(await time(`khongco${i}`, 30 + i));
  }
  const k = Math.round(median(known));
  const u = Math.round(median(unknown));
  const ratio = Math.round((u / k) * 100) / 100;
  return [
    row(
      `sign-in median known ${k} ms / unknown ${u} ms: ratio`,
      '120 ms / 3 ms = 0.03',
      ratio,
      '',
      '0.7–1.4',
      ratio >= 0.7 && ratio <= 1.4,
    ),
  ];
}

/** feedback.rate {officer}: does the answer differ between a staff name and a made-up one? */
async function officerProbe({ hub, kiosk }: Ctx): Promise<BenchRow> {
  const strip = (b: any) => JSON.stringify({ ...b, id: 0, at: '' });
  const a = await post(
    hub.url,
    'feedback.rate',
    { level: 5, officer: 'admin' },
    { device: kiosk, from: '127.0.0.5' },
  );
  const b = await post(
    hub.url,
    'feedback.rate',
    { level: 5, officer: 'khong-co-ai' },
    { device: kiosk, from: '127.0.0.5' },
  );
  const differs = a.status !== b.status || strip(a.body) !== strip(b.body) ? 1 : 0;
  return row(
    'feedback.rate {officer}: answers differ known/unknown',
    'says whether a name exists',
    differs,
    '',
    '0',
    differs === 0,
  );
}

/** Declarations and checklist prints a minute from an anonymous address and from one kiosk. */
async function floods({ hub, kiosk }: Ctx): Promise<BenchRow[]> {
  const declare = (device?: string) =>
    post(
      hub.url,
      'dossiers.declare',
      { procedureCode: '1.001193', applicant },
      { device, from: '127.0.0.6' },
    );
  const checklist = (device?: string) =>
    post(
      hub.url,
      'printing.checklist',
      { procedureCode: '1.001193' },
      { device, from: '127.0.0.7' },
    );
  const anonDecl = await perMinute(3000, () => declare());
  const anonPrint = await perMinute(3000, () => checklist());
  // A paced kiosk's budget is a minute's: a 3 s flood spends all of it, so it is not scaled.
  const kioskDecl = await answered(3000, () => declare(kiosk));
  const kioskPrint = await answered(3000, () => checklist(kiosk));
  return [
    row(
      'declarations a minute, anonymous address',
      '34,600',
      anonDecl,
      '/min',
      '0',
      anonDecl === 0,
    ),
    row(
      'printing.checklist prints a minute, anonymous',
      '2,020',
      anonPrint,
      '/min',
      '0',
      anonPrint === 0,
    ),
    row(
      'declarations taken from one paired kiosk flooding for 3 s',
      '264 (5,280 a minute)',
      kioskDecl,
      '',
      '≤ 10 (the pace)',
      kioskDecl <= 10,
    ),
    row(
      'checklist prints taken from one paired kiosk flooding for 3 s',
      'every one',
      kioskPrint,
      '',
      '≤ 10 (the pace)',
      kioskPrint <= 10,
    ),
  ];
}

/** Rating a dossier with its bare code (no secret). */
async function plantRating({ hub, kiosk, code }: Ctx): Promise<BenchRow> {
  const res = await post(
    hub.url,
    'feedback.rate',
    { level: 1, dossierCode: code },
    { device: kiosk, from: '127.0.0.8' },
  );
  return row(
    '1★ for a dossier without its secret: status',
    'accepted (ratings poisoned)',
    res.status,
    '',
    '404',
    res.status === 404,
  );
}

/** 60 MB to catalog.import anonymously, 16 times: statuses and the hub's RSS growth. */
async function bigBodies({ hub }: Ctx): Promise<BenchRow[]> {
  const big = Buffer.alloc(60 * 1024 * 1024, 0x20);
  const before = rssMiB(hub.child.pid!);
  const answers = [];
  for (let i = 0; i < 4; i++)
    answers.push(
      ...(await Promise.all(
        Array.from({ length: 4 }, () =>
          post(hub.url, 'catalog.import', null, { raw: { text: big, type: 'application/json' } }),
        ),
      )),
    );
  const grew = rssMiB(hub.child.pid!) - before;
  const statuses = [...new Set(answers.map((a) => a.status))].join('/');
  return [
    row(
      `16 anonymous 60 MB imports: hub RSS growth (statuses ${statuses})`,
      '1.6 GB',
      grew,
      'MiB',
      '≤ 100 MiB',
      grew <= 100,
    ),
  ];
}

/** A POST with no body, security headers and a foreign Host. */
async function httpChecks({ hub }: Ctx): Promise<BenchRow[]> {
  const empty = await post(hub.url, 'catalog.search', null, {
    raw: { text: undefined, type: undefined },
  });
  const page = await get(hub.url, '/api/health');
  const csp = String(page.headers['content-security-policy'] ?? '');
  const headers = [
    csp.includes("frame-ancestors 'none'"),
    page.headers['x-content-type-options'] === 'nosniff',
    Boolean(page.headers['referrer-policy']),
    String(page.headers['cache-control']).includes('no-store'),
  ].filter(Boolean).length;
  const rebinding = await get(hub.url, '/api/health', 'attacker.example:80');
  return [
    row('POST with no body: status', 'ran with {}', empty.status, '', '400', empty.status === 400),
    row(
      'security headers present (CSP frame-ancestors, nosniff, referrer, no-store)',
      'none',
      headers,
      'of 4',
      '4',
      headers === 4,
    ),
    row(
      'Host: attacker.example → status',
      'any Host accepted',
      rebinding.status,
      '',
      '421',
      rebinding.status === 421,
    ),
  ];
}

/** 200 sockets sending a body at one byte a second: how many the hub cut within 40 s. */
async function slowBodies({ hub }: Ctx): Promise<BenchRow> {
  const cut = await slowSenders(hub.url, 200, 40_000);
  return row(
    'slow-body sockets (200 at 1 B/s) cut within 40 s',
    'never (5,000 held)',
    cut,
    'of 200',
    '200',
    cut === 200,
  );
}

/** Accept time and outcome with a printer that never answers or never reads, and a retried accept. */
async function printerAttacks(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [mode, before] of [
    ['stall', '5.1 s, nothing printed'],
    ['never_read', 'reported "printed"'],
  ] as [VirtualPrinterMode, string][]) {
    const printer = await startVirtualPrinter({ mode });
    const hub = await startHub({ printer: printer.uri });
    try {
      const admin = (
        await post(hub.url, 'auth.login', { username: 'admin', password: hub.adminPassword })
      ).body.token;
      const accept = async () => {
        const t = performance.now();
        const a = await post(
          hub.url,
          'dossiers.accept',
          { procedureCode: '1.001193', applicant },
          { token: admin },
        );
        return { ms: Math.round(performance.now() - t), a, status: String(a.body?.print?.status) };
      };
      const first = await accept(); // cold: renders and loads the slip's font for the first time
      const { ms, a, status } = await accept();
      rows.push(
        row(
          `printer '${mode}': 2nd accept answer time, 1st ${first.ms} ms (outcome "${status}")`,
          before,
          ms,
          'ms',
          '≤ 2000 ms, not "printed"',
          ms <= 2000 && status !== 'printed' && a.status === 200,
        ),
      );
      if (mode === 'stall') rows.push(await retry(hub, admin));
    } finally {
      await hub.stop();
      await printer.close();
    }
  }
  return rows;
}

/** The same requestId sent three times: how many dossiers. */
async function retry(hub: HubProcess, admin: string): Promise<BenchRow> {
  const body = { procedureCode: '1.001193', applicant, requestId: 'attack-retry-0001-aaaa' };
  const codes = new Set<string>();
  for (let i = 0; i < 3; i++)
    codes.add((await post(hub.url, 'dossiers.accept', body, { token: admin })).body?.dossierCode);
  return row(
    'accept sent 3× with one requestId: dossiers',
    'a duplicate per retry',
    codes.size,
    '',
    '1',
    codes.size === 1,
  );
}

/**
 * `npm run backup` while four desks accept, the backup restored with `npm run restore` into a new
 * data directory and a hub started there: how many of the dossiers answered before the backup
 * began are there, and whether integrity_check passes.
 */
async function backupWhileAccepting(): Promise<BenchRow> {
  const hub = await startHub();
  const answeredCodes: string[] = [];
  let file: string;
  let before: string[];
  try {
    const token = await signInAdmin(hub);
    const burst = startAcceptBurst(hub, token, applicant, 4, answeredCodes);
    await burst.reach(60);
    before = [...answeredCodes];
    const to = mkdtempSync(path.join(tmpdir(), 'motcua-bench-bk-'));
    file = (await cli('backup', '--data', hub.dataDir, '--to', to)).stdout.trim();
    burst.halt();
    await burst.done;
  } finally {
    await hub.stop();
  }
  const fresh = mkdtempSync(path.join(tmpdir(), 'motcua-bench-restored-'));
  await cli('restore', '--data', fresh, file);
  const again = await startHub({ dataDir: fresh });
  try {
    const admin = await signInAdmin(again);
    let present = 0;
    for (const code of before)
      if ((await post(again.url, 'dossiers.get', { code }, { token: admin })).status === 200)
        present++;
    const status = await post(again.url, 'system.status', {}, { token: admin });
    const integrity = String(status.body?.integrity?.status);
    return row(
      `backup while 4 desks accept → restore → new hub: answered dossiers present (integrity ${integrity}, ${answeredCodes.length} answered in all)`,
      'a file copy lost 11 of 60 still in the WAL',
      present,
      `of ${before.length}`,
      String(before.length),
      present === before.length && integrity === 'ok',
    );
  } finally {
    await again.stop();
  }
}

/** Runs every attack; about a minute and a half. */
export async function benchAttacks(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const hub = await startHub({ openKiosk: false, timeoutMs: 180_000 }); // may build out/web first
  try {
    const ctx = await setUp(hub);
    const slow = slowBodies(ctx);
    for (const attack of [
      fuzz,
      bareLookup,
      lookupBrake,
      lockout,
      officerProbe,
      plantRating,
      httpChecks,
    ])
      rows.push(...[await attack(ctx)].flat());
    rows.push(...(await loginTiming(ctx)), ...(await floods(ctx)), ...(await bigBodies(ctx)));
    rows.push(await slow);
  } finally {
    await hub.stop();
  }
  rows.push(...(await printerAttacks()));
  rows.push(await backupWhileAccepting());
  return rows;
}
