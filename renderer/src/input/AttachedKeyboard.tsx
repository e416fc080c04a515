/** The keyboard that follows focus: drop it once on a kiosk screen; it shows under any `data-osk` input. */
import { OnScreenKeyboard } from './OnScreenKeyboard';
import type { KeyboardLabels } from './keyboardKeys';
import { useKioskField } from './useKioskField';

/** Renders nothing until a `data-osk` input has focus, then the matching keyboard (letters or numbers). */
export function AttachedKeyboard(props: { labels?: KeyboardLabels; onDone?(target: HTMLInputElement | HTMLTextAreaElement): void }) {
  const { keyboard } = useKioskField({ onDone: props.onDone });
  return keyboard ? <OnScreenKeyboard {...keyboard} labels={props.labels} /> : null;
}
