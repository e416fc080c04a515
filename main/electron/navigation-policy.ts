/** Which URLs the app's window may show: its own pages only. Pure, so it is tested without Electron. */

/**
 * True when `url` belongs to the app: the packaged renderer (file: under `appRoot`) in
 * single-machine mode, or the configured hub's origin in workstation mode.
 */
export function isAllowedUrl(
  url: string,
  allowed: { appRoot?: string; hubOrigin?: string },
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (allowed.hubOrigin && (parsed.protocol === 'http:' || parsed.protocol === 'https:'))
    return parsed.origin === new URL(allowed.hubOrigin).origin;
  if (allowed.appRoot && parsed.protocol === 'file:') {
    const root = new URL(`file://${allowed.appRoot.replace(/\\/g, '/').replace(/^\/?/, '/')}/`);
    return decodeURIComponent(parsed.pathname).startsWith(decodeURIComponent(root.pathname));
  }
  return false;
}

/**
 * Whether a page may use an IPC channel: the app's own file: pages may use every channel, a page
 * of the configured hub only those in `hubChannels` (the desk's local printing); nothing else.
 */
export function senderMayUse(
  channel: string,
  senderUrl: string,
  allowed: { appRoot: string; hubOrigin?: string; hubChannels: readonly string[] },
): boolean {
  if (isAllowedUrl(senderUrl, { appRoot: allowed.appRoot })) return true;
  if (!allowed.hubOrigin || !allowed.hubChannels.includes(channel)) return false;
  return isAllowedUrl(senderUrl, { hubOrigin: allowed.hubOrigin });
}
