import { describe, expect, it } from 'vitest';
import {
  KEY,
  LABELS_VI,
  LAYOUTS,
  autoShift,
  displayOf,
  initialState,
  layoutNameOf,
  pressKey,
  type KeyboardState,
  type PressOptions,
} from '../../../renderer/src/input/keyboardKeys';

const text: PressOptions = { mode: 'text', maxLength: 100 };
const numeric: PressOptions = { mode: 'numeric', maxLength: 12 };

/** Presses the buttons one after another from an empty field. */
function type(buttons: string[], options: PressOptions, start: Partial<KeyboardState> = {}) {
  let state: KeyboardState & { done?: boolean } = { ...initialState('', true, options), ...start };
  for (const b of buttons) state = pressKey(state, b, options);
  return state;
}
const keys = (s: string) => Array.from(s).map((c) => (c === ' ' ? KEY.space : c));

describe('on-screen keyboard presses', () => {
  it('composes Telex by default', () => {
    expect(type(keys('Nguyeenx Vawn Anh'), text).value).toBe('Nguyễn Văn Anh');
  });

  it('types letters as they are with Telex turned off', () => {
    const off = type([KEY.telex, ...keys('Nguyeenx')], text);
    expect(off.telex).toBe(false);
    expect(off.value).toBe('Nguyeenx');
  });

  it('types Latin words of an address unchanged once "Gõ dấu" is off, and composes again when back on', () => {
    // With Telex on, "r" is the hỏi tone and "w" a horn: the words a citizen meant would change.
    expect(type(keys('Park'), text).value).not.toBe('Park');
    const off = type([KEY.telex, ...keys('Sun Park Tower')], text);
    expect(off).toMatchObject({ value: 'Sun Park Tower', telex: false });
    const back = type([KEY.space, KEY.telex, ...keys('quaanj')], text, off);
    expect(back).toMatchObject({ value: 'Sun Park Tower quận', telex: true });
  });

  it('makes shift one-shot and capitalises words of a name', () => {
    expect(type([KEY.shift, 'a', 'b'], text).value).toBe('Ab');
    const name = type(keys('nguyeenx thij lan'), { ...text, capitalize: 'words' });
    expect(name.value).toBe('Nguyễn Thị Lan');
    expect(autoShift('Lan ', { mode: 'text', capitalize: 'words' })).toBe(true);
    expect(autoShift('Lan', { mode: 'text', capitalize: 'words' })).toBe(false);
  });

  it('deletes one whole letter with backspace and clears with Xóa hết', () => {
    expect(type([...keys('Vieetj'), KEY.backspace], text).value).toBe('Việ');
    expect(type([...keys('123'), KEY.clear], numeric).value).toBe('');
  });

  it('refuses a key past the maximum length', () => {
    expect(type(keys('abcdef'), { ...text, maxLength: 4 }).value).toBe('abcd');
    // A Telex modifier that does not lengthen the word still applies at the limit.
    expect(type(keys('Vieej'), { ...text, maxLength: 4 }).value).toBe('Việ');
    expect(type(keys('0912345678999'), numeric).value).toBe('091234567899');
  });

  it('keeps digits only on the numeric pad, without Telex', () => {
    expect(type(['0', '0', '1', 'a', '-', '9'], numeric).value).toBe('0019');
  });

  it('reports Xong without changing the value', () => {
    const r = pressKey({ value: 'An', shift: false, telex: true }, KEY.done, text);
    expect(r).toEqual({ value: 'An', shift: false, telex: true, done: true });
  });

  it('ignores unknown multi-character buttons and emoji', () => {
    expect(type(['{tab}', '😀', 'a'], text).value).toBe('a');
  });

  it('shows the Telex toggle state and picks the layout', () => {
    expect(displayOf(LABELS_VI, true)[KEY.telex]).toBe('Gõ dấu: Bật');
    expect(displayOf(LABELS_VI, false)[KEY.telex]).toBe('Gõ dấu: Tắt');
    expect(layoutNameOf('numeric', true)).toBe('numeric');
    expect(layoutNameOf('text', true)).toBe('shift');
    expect(LAYOUTS.numeric.join(' ').replace(/\{\w+\}/gu, '')).not.toMatch(/[a-z]/u);
  });

  it('has a "Xóa hết" key on the letter layouts that empties the field', () => {
    for (const name of ['default', 'shift', 'email'] as const)
      expect(LAYOUTS[name].join(' ').split(' ')).toContain(KEY.clear);
    expect(type([...keys('Phoos Hueees'), KEY.clear], text).value).toBe('');
    expect(displayOf(LABELS_VI, true)[KEY.clear]).toBe('Xóa hết');
  });

  it('types an email address on the email layout: @, dots, .com and .vn, no Telex, no spaces', () => {
    const email: PressOptions = { mode: 'email', maxLength: 100 };
    expect(layoutNameOf('email', false)).toBe('email');
    const row = LAYOUTS.email.join(' ').split(' ');
    for (const k of ['@', '.', '.com', '.vn']) expect(row).toContain(k);
    const typed = type([...keys('an.nguyeen'), '@', ...keys('gmail'), '.com'], email);
    expect(typed.value).toBe('an.nguyeen@gmail.com');
    expect(type([...keys('a'), KEY.space, '@', ...keys('xa'), '.vn'], email).value).toBe('a@xa.vn');
    expect(type(['.com'], text).value).toBe('');
  });
});
