/** Kiosk lock-down: full screen, no menus, no dev tools, no leaving the app's pages. */
import type { BrowserWindow } from 'electron';
import { isAllowedUrl } from './navigation-policy';

/** Applies the navigation policy to a window, and the kiosk restrictions when asked. */
export function lockDown(
  win: BrowserWindow,
  allowed: { appRoot?: string; hubOrigin?: string },
  kiosk: boolean,
): void {
  const contents = win.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedUrl(url, allowed)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (!kiosk) return;
  win.setMenu(null);
  contents.on('before-input-event', (event, input) => {
    const key = input.key.toLowerCase();
    const devtools = key === 'f12' || ((input.control || input.meta) && input.shift && key === 'i');
    const reload = key === 'f5' || ((input.control || input.meta) && key === 'r');
    const quit = (input.control || input.meta) && (key === 'w' || key === 'q');
    if (devtools || reload || quit) event.preventDefault();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
}
