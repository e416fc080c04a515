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
