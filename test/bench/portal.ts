/**
 * The portal outbox's figures: items per second delivered to the mock portal from a backlog, and
 * accept latency over HTTP with no portal, with the portal down (every call timing out) and up.
 */
import { startTestHub, type TestHub } from '../support/core-fixture';
import {
  MOCK_PORTAL_PASSWORD,
  MOCK_PORTAL_USER,
  startMockPortal,
  type MockPortal,
} from '../support/mock-portal';
import { percentile, type BenchRow } from './types';

const applicant = {
  fullName: 'Phạm Thị Lan',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};
const BACKLOG = 300;
const ACCEPTS = 100;

async function hubWith(portal?: MockPortal): Promise<{ hub: TestHub; token: string }> {
  const hub = await startTestHub({
    portal: portal && {
      url: portal.url,
      username: MOCK_PORTAL_USER,
      password: MOCK_PORTAL_PASSWORD,
      baseDelayMs: 50,
      maxDelayMs: 500,
      pollMs: 20,
      timeoutMs: 2000,
      maxAttempts: 1000,
    },
  });
  return { hub, token: await hub.login() };
}

async function acceptTimes(hub: TestHub, token: string, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t0 = performance.now();
    const res = await hub.call('dossiers.accept', { procedureCode: '1.001193', applicant }, token);
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`accept: ${JSON.stringify(res.body)}`);
  }
  return times;
}

async function latency(label: string, mode: 'none' | 'down' | 'up'): Promise<BenchRow[]> {
  const portal = mode === 'none' ? undefined : await startMockPortal();
  if (mode === 'down') portal?.failNext(Infinity, 'timeout');
  const { hub, token } = await hubWith(portal);
  try {
    await acceptTimes(hub, token, 20); // warm-up
    const times = await acceptTimes(hub, token, ACCEPTS);
    return [
      {
        name: `accept p50, ${label}`,
        value: Math.round(percentile(times, 50) * 10) / 10,
        unit: 'ms',
      },
      {
        name: `accept p95, ${label}`,
        value: Math.round(percentile(times, 95) * 10) / 10,
        unit: 'ms',
      },
    ];
  } finally {
    await hub.close();
    await portal?.close();
  }
}

/** Queues a backlog with the portal failing, then times its delivery once the portal is back. */
async function throughput(): Promise<BenchRow[]> {
  const portal = await startMockPortal();
  portal.failNext(Infinity, 'http500');
  const { hub, token } = await hubWith(portal);
  try {
    await acceptTimes(hub, token, BACKLOG);
    portal.failNext(0);
    const t0 = performance.now();
    for (;;) {
      const counts = (await hub.call('portal.outbox', {}, token)).body.counts;
      if (counts.sent >= BACKLOG) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const seconds = (performance.now() - t0) / 1000;
    return [
      {
        name: `outbox → mock portal (${BACKLOG} items)`,
        value: Math.round(BACKLOG / seconds),
        unit: 'items/s',
      },
    ];
  } finally {
    await hub.close();
    await portal.close();
  }
}

/** Every portal figure. */
export async function benchPortal(): Promise<BenchRow[]> {
  return [
    ...(await throughput()),
    ...(await latency('no portal', 'none')),
    ...(await latency('portal down (timeouts)', 'down')),
    ...(await latency('portal up', 'up')),
  ];
}
