/**
 * The on-screen keyboard's layouts and what each button does to the field: pure functions the
 * component calls, so the behaviour is tested without a browser.
 */
import { applyKey, type ToneStyle } from './telex';
import { deleteLastChar, fieldLength, sanitizeField, type FieldMode } from './sanitize';

export type { FieldMode } from './sanitize';

/** Button names of react-simple-keyboard's layout strings. */
export const KEY = {
  backspace: '{bksp}',
  shift: '{shift}',
  space: '{space}',
  done: '{done}',
  telex: '{telex}',
  clear: '{clear}',
} as const;

const LETTER_ROWS = ['q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m'];
/** Keys of the email layout that type several characters at once. */
export const EMAIL_ENDINGS = ['.com', '.vn'] as const;
const isEnding = (key: string) => (EMAIL_ENDINGS as readonly string[]).includes(key);

/** The layouts: letters (lower and shifted) and the numeric pad for ID numbers and phones. */
export const LAYOUTS = {
  default: [
    '1 2 3 4 5 6 7 8 9 0',
    LETTER_ROWS[0],
    LETTER_ROWS[1],
    `{shift} ${LETTER_ROWS[2]} {bksp}`,
    '{telex} {clear} , . / - {space} {done}',
  ],
  shift: [
    '1 2 3 4 5 6 7 8 9 0',
    LETTER_ROWS[0].toUpperCase(),
    LETTER_ROWS[1].toUpperCase(),
    `{shift} ${LETTER_ROWS[2].toUpperCase()} {bksp}`,
    '{telex} {clear} , . / - {space} {done}',
  ],
  email: [
    '1 2 3 4 5 6 7 8 9 0',
    LETTER_ROWS[0],
    LETTER_ROWS[1],
    `${LETTER_ROWS[2]} {bksp}`,
    `{clear} @ . _ - ${EMAIL_ENDINGS.join(' ')} {done}`,
  ],
  numeric: ['1 2 3', '4 5 6', '7 8 9', '{clear} 0 {bksp}', '{done}'],
};

export type LayoutName = keyof typeof LAYOUTS;

export interface KeyboardLabels {
  backspace: string;
  shift: string;
  space: string;
  done: string;
  clear: string;
  telexOn: string;
  telexOff: string;
}

/** Vietnamese labels (the default: the kiosk speaks Vietnamese first). */
export const LABELS_VI: KeyboardLabels = {
  backspace: 'Xóa ⌫',
  shift: '⇧ Chữ hoa',
  space: 'Dấu cách',
  done: 'Xong',
  clear: 'Xóa hết',
  telexOn: 'Gõ dấu: Bật',
  telexOff: 'Gõ dấu: Tắt',
};

/** English labels for the kiosk's second language. */
export const LABELS_EN: KeyboardLabels = {
  backspace: 'Delete ⌫',
  shift: '⇧ Capitals',
  space: 'Space',
  done: 'Done',
  clear: 'Clear',
  telexOn: 'Accents: On',
  telexOff: 'Accents: Off',
};

/** The `display` map for react-simple-keyboard: what each special button shows. */
export function displayOf(labels: KeyboardLabels, telex: boolean): Record<string, string> {
  return {
    [KEY.backspace]: labels.backspace,
    [KEY.shift]: labels.shift,
    [KEY.space]: labels.space,
    [KEY.done]: labels.done,
    [KEY.clear]: labels.clear,
    [KEY.telex]: telex ? labels.telexOn : labels.telexOff,
  };
}

export interface KeyboardState {
  value: string;
  /** One-shot shift: the next letter is a capital, then it turns off. */
  shift: boolean;
  telex: boolean;
}

export interface PressOptions {
  mode: FieldMode;
  maxLength: number;
  /** 'words': a capital at the start of each word (names). */
  capitalize?: 'none' | 'words';
  toneStyle?: ToneStyle;
}

export type PressResult = KeyboardState & { done: boolean };

/** Whether the next letter should be a capital by itself: at the start of a word of a name. */
export function autoShift(
  value: string,
  options: Pick<PressOptions, 'capitalize' | 'mode'>,
): boolean {
  return (
    options.mode === 'text' &&
    options.capitalize === 'words' &&
    (value === '' || value.endsWith(' '))
  );
}

/** What one button press does: returns the next value and keyboard state (a key that would overflow is ignored). */
export function pressKey(state: KeyboardState, button: string, options: PressOptions): PressResult {
  const same = { ...state, done: false };
  switch (button) {
    case KEY.done:
      return { ...state, done: true };
    case KEY.shift:
      return { ...same, shift: !state.shift };
    case KEY.telex:
      return { ...same, telex: !state.telex };
    case KEY.backspace: {
      const value = deleteLastChar(state.value);
      return { ...same, value, shift: autoShift(value, options) };
    }
    case KEY.clear:
      return { ...same, value: '', shift: autoShift('', options) };
    case KEY.space:
      return typed(state, ' ', options);
    default:
      return typed(state, button, options);
  }
}

function typed(state: KeyboardState, key: string, options: PressOptions): PressResult {
  const whole = options.mode === 'email' && isEnding(key);
  if (Array.from(key).length !== 1 && !whole) return { ...state, done: false };
  const isLetter = /^\p{L}$/u.test(key);
  const char = isLetter && state.shift ? key.toUpperCase() : key;
  const composed =
    state.telex && options.mode === 'text'
      ? applyKey(state.value, char, { toneStyle: options.toneStyle })
      : state.value + char;
  const value = sanitizeField(composed, { mode: options.mode });
  if (fieldLength(value) > options.maxLength) return { ...state, done: false };
  const shift = isLetter ? autoShift(value, options) : state.shift || autoShift(value, options);
  return { value, shift, telex: state.telex, done: false };
}

/** The layout to show for a mode and shift state. */
export const layoutNameOf = (mode: FieldMode, shift: boolean): LayoutName =>
  mode === 'numeric' ? 'numeric' : mode === 'email' ? 'email' : shift ? 'shift' : 'default';

/** The state a keyboard opens with for a field: Telex as given, shift on where a name's word starts. */
export function initialState(
  value: string,
  telex: boolean,
  options: Pick<PressOptions, 'capitalize' | 'mode'>,
): KeyboardState {
  return { value, telex, shift: autoShift(value, options) };
}
