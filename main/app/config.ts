/** The hub's configuration from flags and environment (flags win), as DESIGN.md's contract states. */
import { parseArgs } from 'node:util';
import path from 'node:path';

export interface HubConfig {
  host: string;
  port: number;
  dataDir: string;
  printer?: string;
  adminPassword?: string;
  /** A fixed starting instant for the clock (tests and demos of late dossiers); time flows on from it. */
  now?: string;
  /** Lifts the kiosk rule: kiosk operations without a paired kiosk device (a browser kiosk on the hub itself). */
  openKiosk: boolean;
  /** The national portal's adapter (`--portal URL`, MOTCUA_PORTAL_*); absent: nothing is sent. */
  portal?: { url: string; username: string; password: string };
  /** Serve HTTPS with the data directory's own certificate (`--tls`, `MOTCUA_TLS=1`). */
  tls: boolean;
  /** More host names the hub answers to besides its own addresses (`--allow-host`, comma-separated). */
  allowHosts: string[];
  /** Where the daily backups go (`--backup-dir`, default `<data>/backups`). */
  backupDir: string;
  /** Daily backup time, `HH:MM` Vietnam time (`--backup-at`, default 12:30). */
  backupAt: string;
  /** Minutes of inactivity after which an officer's session ends (`--session-idle`, default 30). */
  sessionIdleMinutes: number;
  /**
   * How many declarations, and how many checklist or declaration slips, one kiosk (or one address
   * without a device) may send a minute (`--kiosk-per-minute`, default 10): more than a queue of
   * citizens can type, far less than a script can flood.
   */
  kioskPerMinute: number;
}

const DEFAULT_PORT = 4370;

/** Reads flags (`--port 0`, `--host`, `--data`, `--printer`, `--admin-password`, `--open-kiosk`) and MOTCUA_* variables. */
export function readHubConfig(argv: string[], env: NodeJS.ProcessEnv): HubConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      printer: { type: 'string' },
      'admin-password': { type: 'string' },
      now: { type: 'string' },
      'open-kiosk': { type: 'boolean' },
      portal: { type: 'string' },
      tls: { type: 'boolean' },
      'allow-host': { type: 'string', multiple: true },
      'backup-dir': { type: 'string' },
      'backup-at': { type: 'string' },
      'session-idle': { type: 'string' },
      'kiosk-per-minute': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? env.MOTCUA_PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Cổng không hợp lệ: ${portText}`);
  const dataDir = path.resolve(values.data ?? env.MOTCUA_DATA_DIR ?? '.data');
  const idleText = values['session-idle'] ?? env.MOTCUA_SESSION_IDLE ?? '30';
  const sessionIdleMinutes = Number(idleText);
  if (!Number.isInteger(sessionIdleMinutes) || sessionIdleMinutes < 1 || sessionIdleMinutes > 720)
    throw new Error(`Thời gian chờ phiên không hợp lệ (1–720 phút): ${idleText}`);
  const paceText = values['kiosk-per-minute'] ?? env.MOTCUA_KIOSK_PER_MINUTE ?? '10';
  const kioskPerMinute = Number(paceText);
  if (!Number.isInteger(kioskPerMinute) || kioskPerMinute < 1 || kioskPerMinute > 100_000)
    throw new Error(`Số yêu cầu mỗi phút của một kiosk không hợp lệ (1–100000): ${paceText}`);
  const backupAt = values['backup-at'] ?? env.MOTCUA_BACKUP_AT ?? '12:30';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/u.test(backupAt))
    throw new Error(`Giờ sao lưu không hợp lệ (HH:MM): ${backupAt}`);
  return {
    host: values.host ?? env.MOTCUA_HOST ?? '127.0.0.1',
    port,
    dataDir,
    printer: values.printer ?? env.MOTCUA_PRINTER ?? undefined,
    adminPassword: values['admin-password'] ?? env.MOTCUA_ADMIN_PASSWORD ?? undefined,
    now: values.now ?? env.MOTCUA_NOW ?? undefined,
    openKiosk: values['open-kiosk'] ?? env.MOTCUA_OPEN_KIOSK === '1',
    portal: portalConfig(values.portal ?? env.MOTCUA_PORTAL_URL, env),
    tls: values.tls ?? env.MOTCUA_TLS === '1',
    allowHosts: [...(values['allow-host'] ?? []), env.MOTCUA_ALLOW_HOST ?? '']
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
    backupDir: path.resolve(
      values['backup-dir'] ?? env.MOTCUA_BACKUP_DIR ?? path.join(dataDir, 'backups'),
    ),
    backupAt,
    sessionIdleMinutes,
    kioskPerMinute,
  };
}

/** The portal adapter's address and account; a URL without both credentials stops the start. */
function portalConfig(url: string | undefined, env: NodeJS.ProcessEnv): HubConfig['portal'] {
  if (!url) return undefined;
  if (!/^https?:\/\/[^\s]+$/u.test(url)) throw new Error(`Địa chỉ cổng không hợp lệ: ${url}`);
  const username = env.MOTCUA_PORTAL_USER;
  const password = env.MOTCUA_PORTAL_PASSWORD;
  if (!username || !password)
    throw new Error('--portal cần MOTCUA_PORTAL_USER và MOTCUA_PORTAL_PASSWORD.');
  return { url: url.replace(/\/+$/u, ''), username, password };
}

/** A clock that starts at `start` (when given) and runs at real speed. */
export function makeClock(start?: string): () => Date {
  if (!start) return () => new Date();
  const t0 = Date.parse(start);
  if (Number.isNaN(t0)) throw new Error(`Thời điểm không hợp lệ: ${start}`);
  const real0 = Date.now();
  return () => new Date(t0 + (Date.now() - real0));
}
