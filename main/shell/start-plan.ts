/**
 * What the app does when it starts: the first-run screen, or one of the four modes. Decided from
 * the settings file; the MOTCUA_* environment variables only override it (tests, development).
 */
import { MODES, type Mode, type SettingsRead, type ShellSettings } from './settings-file';

export type StartPlan =
  | { kind: 'setup'; problem?: { status: 'corrupt' | 'newer'; reason: string; file: string } }
  | {
      kind: 'run';
      mode: Mode;
      /** The hub to show; absent: this process runs the core itself (single machine). */
      hubUrl?: string;
      deviceToken?: string;
      /** The route the window opens on. */
      startPage: string;
      /** Kiosk and display: full screen, keys blocked, auto-start, screen kept on. */
      locked: boolean;
      printer?: string;
      adminExitPinHash?: string;
    };

/** The first page of each mode. */
export const START_PAGE: Record<Mode, string> = {
  single: '',
  kiosk: 'kiosk',
  workstation: 'officer',
  display: 'display',
};

/** Kiosk and display windows are locked; the single machine and a desk are not. */
export function isLocked(mode: Mode): boolean {
  return mode === 'kiosk' || mode === 'display';
}

function runPlan(mode: Mode, settings: Partial<ShellSettings>): StartPlan {
  return {
    kind: 'run',
    mode,
    hubUrl: mode === 'single' ? undefined : settings.hubUrl,
    deviceToken: settings.deviceToken,
    startPage: START_PAGE[mode],
    locked: isLocked(mode),
    printer: settings.printer,
    adminExitPinHash: settings.adminExitPinHash,
  };
}

/** The mode the environment asks for: MOTCUA_MODE, or the older MOTCUA_KIOSK / MOTCUA_HUB_URL. */
function envMode(env: NodeJS.ProcessEnv): Mode | undefined {
  const named = env.MOTCUA_MODE as Mode | undefined;
  if (named && (MODES as readonly string[]).includes(named)) return named;
  if (env.MOTCUA_KIOSK === '1') return 'kiosk';
  if (env.MOTCUA_HUB_URL) return 'workstation';
  return undefined;
}

/** Chooses the start from the settings file's state and the environment's overrides. */
export function chooseStart(read: SettingsRead, env: NodeJS.ProcessEnv): StartPlan {
  const overridden = envMode(env);
  if (overridden) {
    const base: Partial<ShellSettings> = read.status === 'ok' ? read.settings : {};
    const plan = runPlan(overridden, {
      ...base,
      hubUrl: env.MOTCUA_HUB_URL ?? base.hubUrl,
      printer: env.MOTCUA_PRINTER ?? base.printer,
    });
    // An override without a hub (MOTCUA_KIOSK=1 alone): the kiosk screens over this machine's core.
    return plan;
  }
  if (read.status === 'ok') {
    const plan = runPlan(read.settings.mode, read.settings);
    return env.MOTCUA_PRINTER && plan.kind === 'run'
      ? { ...plan, printer: env.MOTCUA_PRINTER }
      : plan;
  }
  if (read.status === 'missing') return { kind: 'setup' };
  return { kind: 'setup', problem: { status: read.status, reason: read.reason, file: read.file } };
}
