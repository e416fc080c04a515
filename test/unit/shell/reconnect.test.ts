import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  createReconnectLoop,
  healthProbe,
  type Timers,
} from '../../../main/shell/reconnect';
import { reconnectPageHtml } from '../../../main/shell/reconnect-page';

/** A fake clock: timers run only when the test advances it. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout(fn, ms) {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  async function advance(ms: number): Promise<void> {
    now += ms;
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > now) continue;
      pending.delete(id);
      t.fn();
      await flush();
    }
  }
  return { timers, advance, pendingCount: () => pending.size };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the reconnect loop', () => {
  it('backs off 1, 2, 4, 8, 15, 30 s and stays at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => backoffDelay(n))).toEqual([
      1000, 2000, 4000, 8000, 15000, 30000, 30000, 30000,
    ]);
  });

  it('keeps probing a hub that is down, never giving up, and calls onUp once it answers', async () => {
    const clock = fakeTimers();
    let hubUp = false;
    let probes = 0;
    const downs: [number, number][] = [];
    let ups = 0;
    const loop = createReconnectLoop({
      probe: async () => {
        probes += 1;
        return hubUp;
      },
      onUp: () => (ups += 1),
      onDown: (attempt, delay) => downs.push([attempt, delay]),
      timers: clock.timers,
    });
    loop.start();
    await flush();
    expect(probes).toBe(1);
    expect(downs).toEqual([[1, 1000]]);
    await clock.advance(999);
    expect(probes).toBe(1);
    await clock.advance(1);
    expect(probes).toBe(2);
    for (let i = 0; i < 10; i++) await clock.advance(30000);
    expect(loop.running).toBe(true);
    expect(downs.slice(0, 6).map(([, d]) => d)).toEqual([1000, 2000, 4000, 8000, 15000, 30000]);
    hubUp = true;
    await clock.advance(30000);
    expect(ups).toBe(1);
    expect(loop.running).toBe(false);
    expect(clock.pendingCount()).toBe(0);
  });

  it('treats a probe that throws as down', async () => {
    const clock = fakeTimers();
    const downs: number[] = [];
    const loop = createReconnectLoop({
      probe: () => Promise.reject(new Error('ECONNREFUSED')),
      onUp: () => undefined,
      onDown: (attempt) => downs.push(attempt),
      timers: clock.timers,
    });
    loop.start();
    await flush();
    await clock.advance(1000);
    expect(downs).toEqual([1, 2]);
    loop.stop();
    expect(clock.pendingCount()).toBe(0);
  });

  it('probes /api/health of the hub and wants {"ok": true}', async () => {
    const asked: string[] = [];
    const fake = (async (url: URL | string) => {
      asked.push(String(url));
      return new Response(JSON.stringify({ ok: true, version: '0.1.0' }), { status: 200 });
    }) as typeof fetch;
    expect(await healthProbe('http://192.168.1.10:4370', fake)()).toBe(true);
    expect(asked).toEqual(['http://192.168.1.10:4370/api/health']);
    const failing = (async () => new Response('no', { status: 503 })) as typeof fetch;
    expect(await healthProbe('http://192.168.1.10:4370', failing)()).toBe(false);
  });

  it('shows a Vietnamese page without scripts, the hub address escaped', () => {
    const html = reconnectPageHtml('http://hub/<x>', 3, 4);
    expect(html).toContain('Đang kết nối lại máy chủ…');
    expect(html).toContain('lần thử 3');
    expect(html).not.toContain('<x>');
    expect(html).not.toMatch(/<script/iu);
  });
});
