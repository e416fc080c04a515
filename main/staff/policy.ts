/** The access policy: the only place that decides whether a caller may call an operation. */
import type { Caller, Role } from '../core/types';

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

const RANK: Record<Role, number> = { kiosk: 0, officer: 1, admin: 2 };

/** Kiosk operations are public; officer ones need an officer or admin; admin ones an admin. */
export function decide(caller: Pick<Caller, 'role'> | null, required: Role): Decision {
  if (required === 'kiosk') return 'allow';
  if (!caller) return 'unauthenticated';
  return RANK[caller.role] >= RANK[required] ? 'allow' : 'forbidden';
}

/**
 * Kiosk-role operations anyone may call from anywhere: catalog reads, the hall board, what a
 * screen needs to start (unit settings, the calendar, the counters), signing in, and pairing.
 * Every other kiosk operation writes or reveals citizens' data and needs a paired kiosk.
 */
export const OPEN_OPERATIONS: ReadonlySet<string> = new Set([
  'catalog.search',
  'catalog.get',
  'catalog.fields',
  'catalog.byField',
  'queue.board',
  'queue.counters',
  'settings.get',
  'calendar.days',
  'calendar.dueDate',
  'auth.login',
  'auth.logout',
  'auth.me',
  'devices.pair',
  'devices.current',
]);

export interface DeviceAccess {
  caller: Pick<Caller, 'role'> | null;
  device: { kind: 'kiosk' | 'workstation' | 'display' } | null;
  origin: 'http' | 'ipc' | 'cli';
  /** The hub was started with --open-kiosk (or the table is a feature test's). */
  kioskOpen: boolean;
}

/**
 * The kiosk rule: a kiosk operation that is not open needs a paired kiosk device, a signed-in
 * person, or a call from inside the app (IPC: the Electron app is its own device).
 */
export function decideDevice(
  operation: string,
  required: Role,
  access: DeviceAccess,
): 'allow' | 'device_required' {
  if (required !== 'kiosk' || access.kioskOpen || OPEN_OPERATIONS.has(operation)) return 'allow';
  if (access.origin !== 'http') return 'allow';
  if (access.caller) return 'allow';
  return access.device?.kind === 'kiosk' ? 'allow' : 'device_required';
}
