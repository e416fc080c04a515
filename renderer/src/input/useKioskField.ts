/**
 * Attaches the on-screen keyboard to whichever kiosk input has focus. Inputs opt in with
 * `data-osk="text"` or `data-osk="numeric"` (optionally `data-osk-capitalize="words"`,
 * `data-osk-telex="off"` for codes and e-mail addresses, `data-osk-enter="submit" | "next"` for what
 * "Xong" does, and the usual `maxLength`); the hook returns the props for <OnScreenKeyboard>, or
 * null when no such input has focus.
 * Key presses go through the input's native value setter and an `input` event, so a React
 * controlled input's own onChange runs exactly as if the citizen had typed.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { OnScreenKeyboardProps } from './OnScreenKeyboard';
import { sanitizeField, type FieldMode } from './sanitize';

type Field = HTMLInputElement | HTMLTextAreaElement;

const modeOf = (el: Element | null): FieldMode | undefined => {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return undefined;
  const mode = el.dataset.osk;
  return mode === 'text' || mode === 'numeric' || mode === 'email' ? mode : undefined;
};

/** Sets a field's value the way typing does, so React (and any listener) sees an ordinary input event. */
export function setFieldValue(el: Field, value: string): void {
  const proto =
    el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  const end = value.length;
  if (el.type !== 'number' && el.type !== 'email') el.setSelectionRange?.(end, end);
}

/**
 * What "Xong" does: submit the input's form (after the keyboard closes, so the answer is not hidden
 * under it), or move to the form's next keyboard field; false when it only closes the keyboard.
 */
function afterDone(target: Field, close: () => void): boolean {
  const how = target.dataset.oskEnter;
  const form = target.form;
  if (!form) return false;
  if (how === 'submit') {
    close();
    form.requestSubmit();
    return true;
  }
  if (how === 'next') {
    const fields = Array.from(form.querySelectorAll<Field>('[data-osk]')).filter(
      (el) => !el.disabled,
    );
    const next = fields[fields.indexOf(target) + 1];
    if (next) {
      next.focus();
      return true;
    }
  }
  return false;
}

let fieldSeq = 0;
const fieldIds = new WeakMap<Field, number>();
/** A stable number per input element, so the keyboard remounts (fresh Telex and shift state) for each field. */
function fieldIdOf(el: Field): number {
  let id = fieldIds.get(el);
  if (id === undefined) {
    fieldSeq += 1;
    id = fieldSeq;
    fieldIds.set(el, id);
  }
  return id;
}

export interface KioskField {
  /** Props for <OnScreenKeyboard>, or null when no kiosk input has focus (hide the keyboard). */
  keyboard: OnScreenKeyboardProps | null;
  /** Changes with the focused input: use it as the keyboard's React key. */
  fieldId: number;
  /** The input the keyboard types into. */
  target: Field | null;
  /** Hides the keyboard and leaves the input. */
  close: () => void;
}

/** The keyboard follows focus: `const { keyboard } = useKioskField(); keyboard && <OnScreenKeyboard {...keyboard} />`. */
export function useKioskField(
  options: { onDone?: (target: Field) => void; telex?: boolean } = {},
): KioskField {
  const [target, setTarget] = useState<Field | null>(() =>
    modeOf(document.activeElement) ? (document.activeElement as Field) : null,
  );
  const [value, setValue] = useState(target?.value ?? '');

  // Subscribed in a layout effect: every layout effect of a commit runs before any passive one, so a
  // screen mounted together with this hook that focuses its first field in its own useEffect (the
  // kiosk screens do) is seen by the listener; a field focused before that is the initial state.
  useLayoutEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target as Element | null;
      if (modeOf(el)) {
        setTarget(el as Field);
        setValue((el as Field).value);
      } else if (el instanceof HTMLElement && el.closest('.osk') === null) setTarget(null);
    };
    // A tap outside any field (focus falls to the page) closes the keyboard too.
    let check: number | undefined;
    const onFocusOut = () => {
      window.clearTimeout(check);
      check = window.setTimeout(() => {
        const active = document.activeElement;
        if (!modeOf(active) && !(active instanceof HTMLElement && active.closest('.osk')))
          setTarget(null);
      }, 0);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      window.clearTimeout(check);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
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
  if (!target || !mode || !target.isConnected)
    return { keyboard: null, fieldId: 0, target: null, close };
  const maxLength = target.maxLength > 0 ? target.maxLength : undefined;
  const keyboard: OnScreenKeyboardProps = {
    value: sanitizeField(value, { mode, maxLength }),
    mode,
    maxLength,
    telex: target.dataset.oskTelex === 'off' ? false : options.telex,
    capitalize: target.dataset.oskCapitalize === 'words' ? 'words' : 'none',
    onChange: (next) => setFieldValue(target, sanitizeField(next, { mode, maxLength })),
    onDone: () => {
      options.onDone?.(target);
      if (!afterDone(target, close)) close();
    },
  };
  return { keyboard, fieldId: fieldIdOf(target), target, close };
}
