/**
 * The office under load: 24 desks and 4 kiosks on loopback for 60 s with no think time, against
 * a real hub printing to virtual printers. Prints p50/p99 per operation and the error count.
 */
import { startHub, callApi } from '../support/hub-process';
import { startVirtualPrinter } from '../support/virtual-printer';
import { readHubConfig } from '../../main/app/config';
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

/** `--open-kiosk` lifts the kiosk device rule where the hub has it (devices, issue 10). */
function openKioskFlag(): string[] {
  try {
    readHubConfig(['--open-kiosk'], {});
    return ['--open-kiosk'];
  } catch {
    return [];
  }
}

type Timings = Map<string, number[]>;

async function timed(
  t: Timings,
  errors: Map<string, number>,
  url: string,
  op: string,
  body: unknown,
  token?: string,
): Promise<any> {
  const started = performance.now();
  const res = await callApi(url, op, body, token).catch(() => ({ status: 0, body: null }));
  const list = t.get(op) ?? [];
  list.push(performance.now() - started);
  t.set(op, list);
  if (res.status !== 200)
    errors.set(`${op} ${res.status}`, (errors.get(`${op} ${res.status}`) ?? 0) + 1);
  return res.status === 200 ? res.body : null;
}

/** Runs the load and returns one row per operation (p50, p99) plus the error count. */
export async function benchLoad(): Promise<BenchRow[]> {
  const printer = await startVirtualPrinter();
  const hub = await startHub({ printer: printer.uri, extraArgs: openKioskFlag() });
  const t: Timings = new Map();
  const errors = new Map<string, number>();
  try {
    const admin = (
      await callApi(hub.url, 'auth.login', { username: 'admin', password: hub.adminPassword })
    ).body.token as string;
    const end = Date.now() + SECONDS * 1000;
    const desk = async (i: number) => {
      for (let n = 0; Date.now() < end; n++) {
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
          admin,
        );
        if (a) await timed(t, errors, hub.url, 'dossiers.get', { code: a.dossierCode }, admin);
        await timed(t, errors, hub.url, 'dossiers.queue', {}, admin);
      }
    };
    const kiosk = async (i: number) => {
      for (let n = 0; Date.now() < end; n++) {
        await timed(t, errors, hub.url, 'catalog.search', {
          query: ['khai sinh', 'ket hon', 'chung thuc'][n % 3],
        });
        await timed(t, errors, hub.url, 'dossiers.declare', {
          procedureCode: '1.001193',
          applicant: { ...applicant, fullName: `Trần Thị Kiosk ${i}-${n}` },
        });
        if (n % 5 === 0)
          await timed(t, errors, hub.url, 'queue.take', { procedureCode: '1.001193' });
      }
    };
    await Promise.all([
      ...Array.from({ length: DESKS }, (_, i) => desk(i)),
      ...Array.from({ length: KIOSKS }, (_, i) => kiosk(i)),
    ]);
  } finally {
    await hub.stop();
    await printer.close();
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
