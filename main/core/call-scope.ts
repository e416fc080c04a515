/**
 * The call in progress, reachable from deep inside a handler without threading it through every
 * signature: the audit log records its device beside the person, and the print service sends a
 * slip to the printer of the device that asked. Set only by the operation table.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DeviceIdentity } from './types';

export interface CallScope {
  device: DeviceIdentity | null;
  /** The person's user name, or `kiosk` for the public. */
  actor: string;
  origin: 'http' | 'ipc' | 'cli';
  /** When the operation began (performance.now()): bounds like "answer within 2 s" count from it. */
  startedAt?: number;
}

const storage = new AsyncLocalStorage<CallScope>();

/** Runs `fn` (and everything it awaits) inside the scope of one call. */
export function runInScope<T>(scope: CallScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The scope of the call in progress, or undefined outside any call (start-up, tests). */
export function currentScope(): CallScope | undefined {
  return storage.getStore();
}

/** How the audit log and the print journal name a device: `#3 Kiosk sảnh`, `local` over IPC. */
export function deviceLabel(scope: CallScope | undefined): string | null {
  if (!scope) return null;
  if (scope.device) return `#${scope.device.id} ${scope.device.name}`;
  return scope.origin === 'ipc' ? 'local' : null;
}
