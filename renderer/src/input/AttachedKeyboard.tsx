/** The keyboard that follows focus: drop it once on a kiosk screen; it shows under any `data-osk` input. */
import { useEffect, useRef } from 'react';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import type { KeyboardLabels } from './keyboardKeys';
import { useKioskField } from './useKioskField';
import { keepInSight } from './keepInSight';

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
  const boardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    onOpenChange?.(open);
  }, [open, onOpenChange]);

  // The field the citizen is typing into stays in sight above the keyboard: now, once more after
  // the screen has made room for the keyboard (its padding follows `onOpenChange`), and whenever
  // the keyboard or the page changes size while the field has focus (the keyboard lays out its
  // rows after mounting; a short page grows only when the padding arrives).
  useEffect(() => {
    const board = boardRef.current;
    if (!target || !board) return undefined;
    keepInSight(target, board);
    const again = window.requestAnimationFrame(() => keepInSight(target, board));
    const resized =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => keepInSight(target, board));
    resized?.observe(board);
    resized?.observe(document.body);
    return () => {
      window.cancelAnimationFrame(again);
      resized?.disconnect();
    };
  }, [target, fieldId]);

  if (!keyboard) return null;
  const name = keyboard.mode === 'numeric' ? props.names?.numeric : props.names?.text;
  return (
    <div ref={boardRef}>
      <OnScreenKeyboard key={fieldId} {...keyboard} labels={props.labels} ariaLabel={name} />
    </div>
  );
}
