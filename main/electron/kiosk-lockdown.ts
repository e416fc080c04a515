/**
 * The window's guards: no leaving the app's pages (navigation, redirects, frames, pop-ups,
 * webviews), crashed or hung pages reloaded, and in a locked window (kiosk, hall display) the
 * key policy of main/shell/key-policy.ts, no menu and no dev tools.
 */
import type { BrowserWindow } from 'electron';
import { keyVerdict } from '../shell/key-policy';
import { isAllowedUrl } from './navigation-policy';

export interface GuardOptions {
  allowed: { appRoot?: string; hubOrigin?: string };
  locked: boolean;
  /** Loads the mode's start page again (after a crash or a hang). */
  reload: () => void;
  /** Ctrl+Alt+Shift+E in a locked window. */
  onAdminExit: () => void;
}

const HANG_GRACE_MS = 15_000;

/** Applies the navigation policy, the crash recovery and, when locked, the kiosk restrictions. */
export function guardWindow(win: BrowserWindow, options: GuardOptions): void {
  const contents = win.webContents;
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedUrl(url, options.allowed)) event.preventDefault();
  };
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => guard(event, url));
  contents.on('will-redirect', (event, url) => guard(event, url));
  contents.on('will-frame-navigate', (details) => guard(details, details.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  recoverFromCrashes(win, options.reload);
  if (!options.locked) return;
  win.setMenu(null);
  contents.on('before-input-event', (event, input) => {
    const verdict = keyVerdict(input, true);
    if (verdict === 'allow') return;
    event.preventDefault();
    if (verdict === 'admin-exit') options.onAdminExit();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
}

/** A page whose process died is reloaded; one that hangs for 15 s is killed, then reloaded. */
function recoverFromCrashes(win: BrowserWindow, reload: () => void): void {
  const contents = win.webContents;
  let hang: NodeJS.Timeout | undefined;
  contents.on('render-process-gone', (_event, details) => {
    console.error(`renderer gone (${details.reason}); reloading`);
    if (details.reason !== 'clean-exit') setTimeout(() => !win.isDestroyed() && reload(), 1000);
  });
  win.on('unresponsive', () => {
    clearTimeout(hang);
    hang = setTimeout(() => {
      if (!win.isDestroyed()) contents.forcefullyCrashRenderer();
    }, HANG_GRACE_MS);
  });
  win.on('responsive', () => clearTimeout(hang));
  win.on('closed', () => clearTimeout(hang));
}
