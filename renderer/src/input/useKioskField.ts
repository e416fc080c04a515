/**
 * Attaches the on-screen keyboard to whichever kiosk input has focus. Inputs opt in with
 * `data-osk="text"` or `data-osk="numeric"` (optionally `data-osk-capitalize="words"` and the usual
 * `maxLength`); the hook returns the props for <OnScreenKeyboard>, or null when no such input has focus.
 * Key presses go through the input's native value setter and an `input` event, so a React
 * controlled input's own onChange runs exactly as if the citizen had typed.
 */
import { useCallback, useEffect, useState } from 'react';
import type { OnScreenKeyboardProps } from './OnScreenKeyboard';
import { sanitizeField, type FieldMode } from './sanitize';

type Field = HTMLInputElement | HTMLTextAreaElement;

const modeOf = (el: Element | null): FieldMode | undefined => {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return undefined;
  const mode = el.dataset.osk;
  return mode === 'text' || mode === 'numeric' ? mode : undefined;
};

/** Sets a field's value the way typing does, so React (and any listener) sees an ordinary input event. */
export function setFieldValue(el: Field, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  const end = value.length;
  if (el.type !== 'number' && el.type !== 'email') el.setSelectionRange?.(end, end);
}

export interface KioskField {
  /** Props for <OnScreenKeyboard>, or null when no kiosk input has focus (hide the keyboard). */
  keyboard: OnScreenKeyboardProps | null;
  /** The input the keyboard types into. */
  target: Field | null;
  /** Hides the keyboard and leaves the input. */
  close(): void;
}

/** The keyboard follows focus: `const { keyboard } = useKioskField(); keyboard && <OnScreenKeyboard {...keyboard} />`. */
export function useKioskField(options: { onDone?(target: Field): void; telex?: boolean } = {}): KioskField {
  const [target, setTarget] = useState<Field | null>(() => (modeOf(document.activeElement) ? (document.activeElement as Field) : null));
  const [value, setValue] = useState(target?.value ?? '');

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target as Element | null;
      if (modeOf(el)) {
        setTarget(el as Field);
        setValue((el as Field).value);
      } else if (el instanceof HTMLElement && el.closest('.osk') === null) setTarget(null);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  useEffect(() => {
    if (!target) return undefined;
    const sync = () => setValue(target.value);
    target.addEventListener('input', sync);
    return () => target.removeEventListener('input', sync);
  }, [target]);

  const close = useCallback(() => {
    target?.blur();
    setTarget(null);
  }, [target]);

  const mode = modeOf(target);
  if (!target || !mode || !target.isConnected) return { keyboard: null, target: null, close };
  const maxLength = target.maxLength > 0 ? target.maxLength : undefined;
  const keyboard: OnScreenKeyboardProps = {
    value: sanitizeField(value, { mode, maxLength }),
    mode,
    maxLength,
    telex: options.telex,
    capitalize: target.dataset.oskCapitalize === 'words' ? 'words' : 'none',
    onChange: (next) => setFieldValue(target, sanitizeField(next, { mode, maxLength })),
    onDone: () => {
      options.onDone?.(target);
      close();
    },
  };
  return { keyboard, target, close };
}
