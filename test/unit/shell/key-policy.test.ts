import { describe, expect, it } from 'vitest';
import { keyVerdict, type KeyInput } from '../../../main/shell/key-policy';

const cases: [string, KeyInput, 'allow' | 'block' | 'admin-exit'][] = [
  ['Alt+F4', { key: 'F4', alt: true }, 'block'],
  ['Ctrl+W', { key: 'w', control: true }, 'block'],
  ['Ctrl+Q', { key: 'q', control: true }, 'block'],
  ['Cmd+Q', { key: 'q', meta: true }, 'block'],
  ['F11', { key: 'F11' }, 'block'],
  ['F12', { key: 'F12' }, 'block'],
  ['Ctrl+Shift+I', { key: 'I', control: true, shift: true }, 'block'],
  ['Ctrl+Shift+J', { key: 'J', control: true, shift: true }, 'block'],
  ['Ctrl+R', { key: 'r', control: true }, 'block'],
  ['Ctrl+Shift+R', { key: 'R', control: true, shift: true }, 'block'],
  ['F5', { key: 'F5' }, 'block'],
  ['Ctrl+Alt+Shift+E', { key: 'E', control: true, alt: true, shift: true }, 'admin-exit'],
  ['a letter', { key: 'a' }, 'allow'],
  ['a capital with Shift', { key: 'A', shift: true }, 'allow'],
  ['Backspace', { key: 'Backspace' }, 'allow'],
  ['Enter', { key: 'Enter' }, 'allow'],
  ['F4 without Alt', { key: 'F4' }, 'allow'],
  ['Ctrl+Shift+E without Alt', { key: 'E', control: true, shift: true }, 'allow'],
  ['Alt+E', { key: 'e', alt: true }, 'allow'],
];

describe('keys in a locked kiosk or hall display window', () => {
  it.each(cases)('%s → %s', (_name, input, verdict) => {
    expect(keyVerdict(input, true)).toBe(verdict);
  });

  it('allows everything in an unlocked window (single machine, officer desk)', () => {
    for (const [, input] of cases) expect(keyVerdict(input, false)).toBe('allow');
  });
});
