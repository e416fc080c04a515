/**
 * This browser's device token (X-Motcua-Device), the only thing a paired screen keeps: in
 * localStorage, so a reload or a restart of the kiosk stays paired. Nothing else is stored.
 */
const KEY = 'motcua.device';

/** Fired on window when the hub refuses the device (never paired, or revoked). */
export const DEVICE_LOST_EVENT = 'motcua:device-lost';

/** The stored device token, or null. */
export function currentDeviceToken(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Keeps the token given at pairing. */
export function saveDeviceToken(token: string): void {
  window.localStorage.setItem(KEY, token);
}

/** Forgets the token (revoked or unknown) and tells the screens to show the pairing screen. */
export function deviceLost(revoked: boolean): void {
  if (revoked) window.localStorage.removeItem(KEY);
  window.dispatchEvent(new Event(DEVICE_LOST_EVENT));
}
