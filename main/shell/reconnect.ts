/**
 * The hub may not be up yet when a kiosk boots, or may go away for a while: the window shows a
 * "reconnecting" page and this loop probes the hub with growing pauses until it answers. It never
 * gives up and never exits the app. The clock is injected so tests run it with a fake one.
 */

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReconnectOptions {
  /** Resolves true when the hub answers (e.g. GET /api/health → ok). */
  probe: () => Promise<boolean>;
  onUp: () => void;
  /** Called before each pause with the attempt number and the pause to come. */
  onDown: (attempt: number, delayMs: number) => void;
  timers: Timers;
  delaysMs?: readonly number[];
}

export const DEFAULT_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000] as const;

/** The pause after the n-th failed attempt (1-based): the table's value, its last one thereafter. */
export function backoffDelay(
  attempt: number,
  delays: readonly number[] = DEFAULT_DELAYS_MS,
): number {
  return delays[Math.min(Math.max(attempt, 1), delays.length) - 1] ?? 30000;
}

export interface ReconnectLoop {
  /** Starts probing now (a no-op while already running). */
  start(): void;
  stop(): void;
  readonly running: boolean;
}

/** A loop that probes until the hub answers, then calls onUp once and stops. */
export function createReconnectLoop(options: ReconnectOptions): ReconnectLoop {
  let running = false;
  let attempt = 0;
  let handle: unknown;
  const tick = async (): Promise<void> => {
    if (!running) return;
    const up = await options.probe().catch(() => false);
    if (!running) return;
    if (up) {
      running = false;
      options.onUp();
      return;
    }
    attempt += 1;
    const delay = backoffDelay(attempt, options.delaysMs);
    options.onDown(attempt, delay);
    handle = options.timers.setTimeout(() => void tick(), delay);
  };
  return {
    start() {
      if (running) return;
      running = true;
      attempt = 0;
      void tick();
    },
    stop() {
      running = false;
      if (handle !== undefined) options.timers.clearTimeout(handle);
      handle = undefined;
    },
    get running() {
      return running;
    },
  };
}

/** Probes `GET <hub>/api/health` with a short timeout; any failure is "down". */
export function healthProbe(
  hubUrl: string,
  fetchImpl: typeof fetch = fetch,
): () => Promise<boolean> {
  return async () => {
    const response = await fetchImpl(new URL('/api/health', hubUrl), {
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { ok?: unknown };
    return body.ok === true;
  };
}
