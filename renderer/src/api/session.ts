/**
 * The officer's sign-in, kept in sessionStorage so a reload keeps the session and closing the
 * tab ends it. Only officer and admin screens write here; the kiosk never stores anything.
 */
import type { LoginResult } from '../../../main/staff/types';

const KEY = 'motcua.session';

export type Session = Pick<LoginResult, 'token' | 'role' | 'username' | 'fullName' | 'expiresAt'>;

/** The stored session, or null when absent, unreadable or expired. */
export function readSession(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (typeof s.token !== 'string' || Date.parse(s.expiresAt) <= Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}

/** Remembers a successful sign-in for this tab. */
export function saveSession(s: Session): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(s));
}

/** Forgets the sign-in (sign-out, or the server said the token is no longer valid). */
export function clearSession(): void {
  window.sessionStorage.removeItem(KEY);
  window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
}

/** Fired on window when the session ends, so the signed-in screens can show the sign-in form. */
export const SIGNED_OUT_EVENT = 'motcua:signed-out';

/** The bearer token to send, if an officer is signed in in this tab. */
export function currentToken(): string | null {
  return readSession()?.token ?? null;
}
