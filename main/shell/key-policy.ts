/** Which key presses a locked window (kiosk, hall display) swallows. Pure, tested by a table. */

export interface KeyInput {
  key: string;
  control?: boolean;
  meta?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export type KeyVerdict = 'allow' | 'block' | 'admin-exit';

/** The maintenance shortcut that opens the admin exit (PIN) in a locked window. */
export const ADMIN_EXIT_SHORTCUT = 'Ctrl+Alt+Shift+E';

const DEVTOOLS = new Set(['i', 'j', 'c']);

/**
 * In a locked window: Alt+F4, Ctrl/Cmd+W/Q, F11, F12, Ctrl+Shift+I/J/C, Ctrl+R, F5 (and the
 * Shift variants) are blocked; Ctrl+Alt+Shift+E asks for the admin exit. Unlocked: all allowed.
 */
export function keyVerdict(input: KeyInput, locked: boolean): KeyVerdict {
  if (!locked) return 'allow';
  const key = input.key.toLowerCase();
  const mod = Boolean(input.control || input.meta);
  if (mod && input.alt && input.shift && key === 'e') return 'admin-exit';
  if (key === 'f4' && input.alt) return 'block';
  if (key === 'f11' || key === 'f12' || key === 'f5') return 'block';
  if (mod && (key === 'w' || key === 'q' || key === 'r')) return 'block';
  if (mod && input.shift && DEVTOOLS.has(key)) return 'block';
  return 'allow';
}
