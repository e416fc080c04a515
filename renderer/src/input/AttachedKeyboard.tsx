/** The keyboard that follows focus: drop it once on a kiosk screen; it shows under any `data-osk` input. */
import { useEffect } from 'react';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import type { KeyboardLabels } from './keyboardKeys';
import { useKioskField } from './useKioskField';

interface Props {
  labels?: KeyboardLabels;
  /** Accessible names of the letter keyboard and the number pad. */
  names?: { text: string; numeric: string };
  onDone?: (target: HTMLInputElement | HTMLTextAreaElement) => void;
  /** Told when the keyboard opens or closes, so the screen can leave room for it. */
  onOpenChange?: (open: boolean) => void;
}

/** Renders nothing until a `data-osk` input has focus, then the matching keyboard (letters or numbers). */
export function AttachedKeyboard(props: Props) {
  const { keyboard, target, fieldId } = useKioskField({ onDone: props.onDone });
  const open = keyboard !== null;
  const { onOpenChange } = props;

  useEffect(() => {
    onOpenChange?.(open);
  }, [open, onOpenChange]);

  // The field the citizen is typing into stays in sight above the keyboard.
  useEffect(() => {
    if (target) target.scrollIntoView?.({ block: 'center' });
  }, [target, fieldId]);

  if (!keyboard) return null;
  const name = keyboard.mode === 'numeric' ? props.names?.numeric : props.names?.text;
  return <OnScreenKeyboard key={fieldId} {...keyboard} labels={props.labels} ariaLabel={name} />;
}
