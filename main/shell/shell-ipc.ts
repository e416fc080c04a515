/**
 * The shell's IPC handlers as plain functions (the Electron composition binds them to ipcMain):
 * first run, start over, the one-time admin password, the admin exit, the desk's local printing.
 * Inputs are checked here; the sender is checked by the binding.
 */
import { z } from 'zod';
import { completeSetup, type FirstRunDeps, type SetupResult } from './first-run';
import { verifyPin } from './pin';
import type { StartPlan } from './start-plan';
import { readShellSettings, setSettingsAside, writeShellSettings } from './settings-file';
import { CHANNELS } from './channels';

export interface SetupState {
  problem?: { status: 'corrupt' | 'newer'; reason: string; file: string };
  /** Names of the operating system's printers (`printer:NAME`). */
  printers: string[];
}

export interface ShellIpcDeps extends FirstRunDeps {
  settingsFile: string;
  plan: () => StartPlan;
  listPrinters: () => Promise<string[]>;
  /** Restart into the mode just written (Electron: app.relaunch + app.exit). */
  restart: () => void;
  /** Leave the app (admin exit). */
  quit: () => void;
  /** The generated admin password of this start, if any (single machine). */
  adminPassword: () => string | undefined;
  /** Prints a slip document on the desk's printer and reports to the hub (main/shell/desk-printing.ts). */
  printLocal?: (jobId: number, document: unknown) => Promise<unknown>;
}

export type ShellHandler = (...args: unknown[]) => Promise<unknown>;

/** The handlers by channel. */
export function shellHandlers(deps: ShellIpcDeps): Record<string, ShellHandler> {
  let passwordShown = false;
  return {
    [CHANNELS.setupState]: async (): Promise<SetupState> => {
      const plan = deps.plan();
      const printers = await deps.listPrinters().catch(() => []);
      return { problem: plan.kind === 'setup' ? plan.problem : undefined, printers };
    },
    [CHANNELS.setupComplete]: async (choice): Promise<SetupResult> => {
      const current = readShellSettings(deps.settingsFile);
      if (current.status !== 'missing')
        return {
          ok: false,
          message: 'Máy này đã được cài đặt. Hãy chọn "Cài đặt lại từ đầu" trước.',
        };
      const result = await completeSetup(choice, deps);
      if (!result.ok) return result;
      writeShellSettings(deps.settingsFile, result.settings);
      deps.restart();
      return result;
    },
    [CHANNELS.setupStartOver]: () =>
      Promise.resolve({ keptAs: setSettingsAside(deps.settingsFile, deps.now()) }),
    [CHANNELS.adminPassword]: () => {
      const shown = passwordShown;
      passwordShown = true;
      return Promise.resolve(shown ? null : (deps.adminPassword() ?? null));
    },
    [CHANNELS.adminExit]: (pin) => {
      const plan = deps.plan();
      const hash = plan.kind === 'run' ? plan.adminExitPinHash : undefined;
      if (typeof pin !== 'string' || !verifyPin(pin, hash)) return Promise.resolve({ ok: false });
      deps.quit();
      return Promise.resolve({ ok: true });
    },
    [CHANNELS.printLocal]: async (jobId, document) => {
      const id = z.number().int().positive().safeParse(jobId);
      if (!deps.printLocal || !id.success)
        return { ok: false, message: 'Máy này không in tại chỗ' };
      return deps.printLocal(id.data, document);
    },
  };
}
