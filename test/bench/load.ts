/**
 * The office under load: 24 desks and 4 kiosks on loopback for 60 s with no think time, against
 * a real hub printing to virtual printers. Prints p50/p99 per operation and the error count.
 */
import { startHub, callApi } from '../support/hub-process';
import { startVirtualPrinter } from '../support/virtual-printer';
import { percentile, type BenchRow } from './types';

const DESKS = 24;
const KIOSKS = 4;
const SECONDS = Number(process.env.MOTCUA_LOAD_SECONDS ?? 60);
const applicant = {
  fullName: 'Nguyễn Văn Phúc',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Phường Láng, Hà Nội',
};

type Timings = Map<string, number[]>;

async function timed(
  t: Timings,
  errors: Map<string, number>,
  url: string,
  op: string,
  body: unknown,
  token?: string,
  device?: string,
): Promise<any> {
  const started = performance.now();
  const res = await callApi(url, op, body, token, device).catch(() => ({
    status: 0,
    body: null,
  }));
  const list = t.get(op) ?? [];
  list.push(performance.now() - started);
  t.set(op, list);
  if (res.status !== 200)
    errors.set(`${op} ${res.status}`, (errors.get(`${op} ${res.status}`) ?? 0) + 1);
  return res.status === 200 ? res.body : null;
}

/** Pairs one device as the admin would and gives it its own virtual printer. */
async function pairDevice(
  url: string,
  admin: string,
  kind: 'kiosk' | 'workstation',
  name: string,
  printerUri: string,
): Promise<string> {
  const code = await callApi(url, 'devices.createPairing', { kind, name }, admin);
  const paired = await callApi(url, 'devices.pair', { pairingCode: code.body.pairingCode });
  if (paired.status !== 200) throw new Error(`pairing ${name}: ${JSON.stringify(paired.body)}`);
  await callApi(
    url,
    'devices.setPrinter',
    { id: paired.body.device.id, printer: printerUri },
    admin,
  );
  return paired.body.deviceToken as string;
}

/** Creates and signs in one officer per desk, so sessions and audit rows are per person. */
async function officerToken(url: string, admin: string, i: number): Promise<string> {
  const username = `canbo${i}`;
  const password = `Mat-khau-ban-${i}-2026`;
  await callApi(
    url,
    'staff.create',
    { username, password, fullName: `Cán bộ bàn ${i}`, role: 'officer' },
    admin,
  );
  const login = await callApi(url, 'auth.login', { username, password });
  if (login.status !== 200) throw new Error(`sign-in ${username}: ${JSON.stringify(login.body)}`);
  return login.body.token as string;
}

/** Runs the load and returns one row per operation (p50, p99) plus the error count. */
export async function benchLoad(): Promise<BenchRow[]> {
  // When each desk's slips reached its printer: a desk accepts one dossier at a time and its
  // printer prints nothing else, so the k-th job is the k-th accept's slip.
  const arrivals: number[][] = Array.from({ length: DESKS + KIOSKS }, () => []);
  const acceptStarts: number[][] = Array.from({ length: DESKS }, () => []);
  const printers = await Promise.all(
    Array.from({ length: DESKS + KIOSKS }, (_, i) =>
      startVirtualPrinter({ onJob: () => arrivals[i].push(performance.now()) }),
    ),
  );
  // The load's kiosks declare with no think time, as no citizen can: the kiosk pace (10 a minute
  // per kiosk by default) is lifted here so the figures measure the hub, not the pace.
  const hub = await startHub({
    openKiosk: false,
    env: {
      MOTCUA_KIOSK_PER_MINUTE: '100000',
    },
  });
  const t: Timings = new Map();
  const errors = new Map<string, number>();
  const extra: BenchRow[] = [];
  try {
    const admin = (
      await callApi(hub.url, 'auth.login', { username: 'admin', password: hub.adminPassword })
    ).body.token as string;
    const desks: { token: string; device: string }[] = [];
    for (let i = 0; i < DESKS; i++) {
      const device = await pairDevice(
        hub.url,
        admin,
        'workstation',
        `Bàn ${i + 1}`,
        printers[i].uri,
      );
      desks.push({ token: await officerToken(hub.url, admin, i + 1), device });
    }
    const kiosks: string[] = [];
    for (let i = 0; i < KIOSKS; i++)
      kiosks.push(
        await pairDevice(hub.url, admin, 'kiosk', `Kiosk ${i + 1}`, printers[DESKS + i].uri),
      );
    const end = Date.now() + SECONDS * 1000;
    const desk = async (i: number) => {
      const { token, device } = desks[i];
      for (let n = 0; Date.now() < end; n++) {
        acceptStarts[i].push(performance.now());
        const a = await timed(
          t,
          errors,
          hub.url,
          'dossiers.accept',
          {
            procedureCode: '1.001193',
            applicant: { ...applicant, fullName: `Nguyễn Văn Phúc ${i}-${n}` },
            requestId: `load-${i}-${n}-aaaaaaaa`,
          },
          token,
          device,
        );
        if (a)
          await timed(t, errors, hub.url, 'dossiers.get', { code: a.dossierCode }, token, device);
        await timed(t, errors, hub.url, 'dossiers.queue', {}, token, device);
      }
    };
    const kiosk = async (i: number) => {
      const device = kiosks[i];
      for (let n = 0; Date.now() < end; n++) {
        const q = ['khai sinh', 'ket hon', 'chung thuc'][n % 3];
        await timed(t, errors, hub.url, 'catalog.search', { query: q }, undefined, device);
        await timed(
          t,
          errors,
          hub.url,
          'dossiers.declare',
          {
            procedureCode: '1.001193',
            applicant: { ...applicant, fullName: `Trần Thị Kiosk ${i}-${n}` },
          },
          undefined,
          device,
        );
        if (n % 5 === 0)
          await timed(
            t,
            errors,
            hub.url,
            'queue.take',
            { procedureCode: '1.001193' },
            undefined,
            device,
          );
      }
    };
    await Promise.all([
      ...Array.from({ length: DESKS }, (_, i) => desk(i)),
      ...Array.from({ length: KIOSKS }, (_, i) => kiosk(i)),
    ]);
    // Slips still on their way when the run ends are waited for, not dropped from the figure.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const printed = acceptStarts.flatMap((starts, i) =>
      arrivals[i].slice(0, starts.length).map((at, k) => at - starts[k]),
    );
    const accepts = acceptStarts.reduce((sum, s) => sum + s.length, 0);
    extra.push(
      {
        name: `load accept slip on paper p50 (from the accept's start; ${printed.length} of ${accepts})`,
        value: round(percentile(printed, 50)),
        unit: 'ms',
      },
      { name: 'load accept slip on paper p99', value: round(percentile(printed, 99)), unit: 'ms' },
    );
    const used = printers.filter((p) => p.jobs.length > 0).length;
    extra.push({
      name: `load slips printed (${used} of ${printers.length} device printers used)`,
      value: printers.reduce((sum, p) => sum + p.jobs.length, 0),
      unit: 'slips',
    });
  } finally {
    await hub.stop();
    await Promise.all(printers.map((p) => p.close()));
  }
  const rows: BenchRow[] = [];
  for (const [op, list] of [...t.entries()].sort()) {
    rows.push({
      name: `load ${op} p50 (n=${list.length})`,
      value: round(percentile(list, 50)),
      unit: 'ms',
    });
    const p99 = percentile(list, 99);
    rows.push({
      name: `load ${op} p99`,
      value: round(p99),
      unit: 'ms',
      ...(op === 'dossiers.accept' ? { target: '≤ 300 ms', ok: p99 <= 300 } : {}),
    });
  }
  rows.push(...extra);
  const count = [...errors.values()].reduce((a, b) => a + b, 0);
  rows.push({
    name: `load errors (${[...errors.entries()].map(([k, v]) => `${k}×${v}`).join(', ') || 'none'})`,
    value: count,
    unit: '',
    target: '0',
    ok: count === 0,
  });
  return rows;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
