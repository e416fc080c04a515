/**
 * Which permission a page of the app's window gets: the kiosk's camera (video only, for the CCCD
 * QR on the declaration screen) to the app's own pages, nothing else to anyone. Pure, so it is
 * tested without Electron; main.ts hands it what Electron's permission handlers are given.
 */
import type { Mode } from '../shell/settings-file';
import { isAllowedUrl } from './navigation-policy';

/** Whose pages may use the camera: the kiosk's hub, or the single machine's own files. */
export type CameraScope = { appRoot?: string; hubOrigin?: string } | null;

/** One permission request or check, as Electron's handlers describe it. */
export interface PermissionAsk {
  /** Electron's permission name (`media`, `notifications`, `geolocation` …). */
  permission: string;
  /** Whether the asking page is in the app's main window (not a pop-up, not the PIN window). */
  fromMainWindow: boolean;
  isMainFrame: boolean;
  /** The URL of the asking frame (`details.requestingUrl`). */
  requestingUrl?: string;
  /** The origin Chromium checks the media access for (`details.securityOrigin`), when given. */
  securityOrigin?: string;
  /** A request's `details.mediaTypes`, or a check's `[details.mediaType]`. */
  mediaTypes: readonly string[];
}

/**
 * The camera is for the citizen kiosk: a kiosk window showing its hub's pages, or the single
 * machine (whose kiosk screens are the app's own files). A desk, the hall display and the
 * first-run screen get none.
 */
export function cameraScope(
  mode: Mode | undefined,
  where: { appRoot: string; hubUrl?: string },
): CameraScope {
  if (mode === 'kiosk' && where.hubUrl) return { hubOrigin: where.hubUrl };
  if (mode === 'single') return { appRoot: where.appRoot };
  return null;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    // A file: page's origin is opaque ("file://"): its URL was checked against the app root.
    if (x.protocol === 'file:' && y.protocol === 'file:') return true;
    return x.origin === y.origin;
  } catch {
    return false;
  }
}

/**
 * True only for the camera (`media`, every type asked `video`) asked by the main frame of the
 * app's main window on a page of `scope`; false for the microphone, the screen, notifications,
 * other pages, frames and windows, and everything else.
 */
export function permissionVerdict(ask: PermissionAsk, scope: CameraScope): boolean {
  if (!scope || ask.permission !== 'media') return false;
  if (!ask.fromMainWindow || !ask.isMainFrame) return false;
  if (ask.mediaTypes.length === 0 || ask.mediaTypes.some((t) => t !== 'video')) return false;
  const url = ask.requestingUrl ?? '';
  if (!isAllowedUrl(url, scope)) return false;
  return ask.securityOrigin === undefined || sameOrigin(ask.securityOrigin, url);
}

/**
 * getUserMedia needs a secure context: a kiosk on a plain-HTTP hub (the LAN default) gets its
 * hub's origin treated as secure, that origin only; an HTTPS hub and the app's files need nothing.
 */
export function originToTreatAsSecure(scope: CameraScope): string | undefined {
  if (!scope?.hubOrigin) return undefined;
  try {
    const url = new URL(scope.hubOrigin);
    return url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
