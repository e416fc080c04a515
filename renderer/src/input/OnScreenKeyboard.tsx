/**
 * The kiosk's touch keyboard: Vietnamese letters with Telex (on by default; the "Gõ dấu: Bật/Tắt"
 * key turns it off so Latin words such as "Park" or "Tower" are typed unchanged),
 * one-shot shift, space, backspace and "Xong"; a numeric pad for ID numbers and phones. It only
 * ever hands NFC text without control characters or emoji, never longer than `maxLength`.
 */
import { useState } from 'react';
import Keyboard from 'react-simple-keyboard';
import 'react-simple-keyboard/build/css/index.css';
import './keyboard.css';
import {
  EMAIL_ENDINGS,
  KEY,
  LABELS_VI,
  LAYOUTS,
  autoShift,
  displayOf,
  layoutNameOf,
  pressKey,
  type FieldMode,
  type KeyboardLabels,
} from './keyboardKeys';
import type { ToneStyle } from './telex';

export interface OnScreenKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  mode: FieldMode;
  onDone: () => void;
  /** Characters (NFC code points); default 100 for text, 12 for numbers. */
  maxLength?: number;
  /** 'words' for names: a capital at the start of each word. */
  capitalize?: 'none' | 'words';
  /** Whether Telex starts on (default true); the citizen can toggle it. */
  telex?: boolean;
  toneStyle?: ToneStyle;
  /** Button labels; Vietnamese by default (pass LABELS_EN or translated ones for English). */
  labels?: KeyboardLabels;
  /** Accessible name of the keyboard region. */
  ariaLabel?: string;
}

/** A controlled touch keyboard: it owns no text, only shift and the Telex toggle. */
export function OnScreenKeyboard(props: OnScreenKeyboardProps) {
  const {
    value,
    onChange,
    mode,
    onDone,
    capitalize = 'none',
    toneStyle,
    labels = LABELS_VI,
  } = props;
  const maxLength = props.maxLength ?? (mode === 'numeric' ? 12 : 100);
  const [telex, setTelex] = useState(props.telex ?? true);
  const [shift, setShift] = useState(() => autoShift(value, { mode, capitalize }));

  // A new value (typed, cleared from outside, another field) resets the automatic capital; adjusted
  // while rendering, as React advises for state that follows a prop, so no stale frame is drawn.
  const [shiftFor, setShiftFor] = useState({ value, mode, capitalize });
  if (shiftFor.value !== value || shiftFor.mode !== mode || shiftFor.capitalize !== capitalize) {
    setShiftFor({ value, mode, capitalize });
    setShift(autoShift(value, { mode, capitalize }));
  }

  const onKeyPress = (button: string) => {
    const next = pressKey({ value, shift, telex }, button, {
      mode,
      maxLength,
      capitalize,
      toneStyle,
    });
    setShift(next.shift);
    setTelex(next.telex);
    if (next.value !== value) onChange(next.value);
    if (next.done) onDone();
  };

  return (
    <div
      className={`osk osk--${mode}`}
      role="group"
      aria-label={props.ariaLabel ?? (mode === 'numeric' ? 'Bàn phím số' : 'Bàn phím')}
    >
      <Keyboard
        layout={LAYOUTS}
        layoutName={layoutNameOf(mode, shift)}
        display={displayOf(labels, telex)}
        onKeyPress={onKeyPress}
        theme="hg-theme-default osk__board"
        buttonTheme={[
          {
            class: 'osk__key--wide',
            buttons: `${KEY.space} ${KEY.done} ${KEY.telex} ${KEY.shift} ${KEY.backspace} ${KEY.clear} ${EMAIL_ENDINGS.join(' ')}`,
          },
          { class: 'osk__key--done', buttons: KEY.done },
          { class: shift ? 'osk__key--on' : 'osk__key--off', buttons: KEY.shift },
          { class: telex ? 'osk__key--on' : 'osk__key--off', buttons: KEY.telex },
        ]}
        buttonAttributes={[
          { attribute: 'aria-pressed', value: String(telex), buttons: KEY.telex },
          { attribute: 'aria-pressed', value: String(shift), buttons: KEY.shift },
        ]}
        useButtonTag
        preventMouseDownDefault
        disableButtonHold
        physicalKeyboardHighlight={false}
        disableCaretPositioning
      />
    </div>
  );
}
