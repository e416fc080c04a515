/** What the Electron preload exposes to the app's own pages for the first run (main/shell/channels.ts). */

export type Mode = 'single' | 'kiosk' | 'workstation' | 'display';

/** main/shell/first-run.ts `setupChoiceSchema`. */
export interface SetupChoice {
  mode: Mode;
  hubUrl?: string;
  pairingCode?: string;
  printer?: string;
  adminExitPin?: string;
}

export type SetupResult = { ok: true } | { ok: false; field?: keyof SetupChoice; message: string };

export interface SetupState {
  problem?: { status: 'corrupt' | 'newer'; reason: string; file: string };
  printers: string[];
}

export interface ShellBridge {
  setupState(): Promise<SetupState>;
  completeSetup(choice: SetupChoice): Promise<SetupResult>;
  startOver(): Promise<{ keptAs: string | null }>;
  adminPassword(): Promise<string | null>;
  adminExit(pin: string): Promise<{ ok: boolean }>;
}

declare global {
  interface Window {
    motcuaShell?: ShellBridge;
  }
}

/** The bridge, or null in a plain browser (the hub's pages). */
export function shellBridge(): ShellBridge | null {
  return typeof window !== 'undefined' ? (window.motcuaShell ?? null) : null;
}
