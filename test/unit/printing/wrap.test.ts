import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../main/printing/wrap';

const mono = (s: string) => [...s].length * 10;

describe('wrapText', () => {
  it('breaks between words and keeps every word', () => {
    const text = 'Đăng ký khai sinh cho trẻ em sinh ra ở nước ngoài';
    const lines = wrapText(text, 100, mono);
    expect(lines.every((l) => mono(l) <= 100)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a code after a dash or dot when it is wider than the line', () => {
    expect(wrapText('000.00.06.H14-261126-0361', 160, mono)).toEqual([
      '000.00.06.H14-',
      '261126-0361',
    ]);
  });

  it('breaks a word with no break point by letter, never losing one', () => {
    const word = 'GIẤYCHỨNGNHẬNQUYỀNSỬDỤNGĐẤT';
    const lines = wrapText(word, 70, mono);
    expect(lines.join('')).toBe(word);
    expect(lines.every((l) => mono(l) <= 70)).toBe(true);
  });

  it('keeps decomposed letters whole (a base letter and its marks stay on one line)', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    const lines = wrapText(
      nfd,
      20,
      (s) => [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(s)].length * 10,
    );
    expect(lines.join('')).toBe(nfd);
    for (const l of lines) expect(/^\p{M}/u.test(l)).toBe(false);
  });

  it('starts a new line at each newline and keeps empty lines', () => {
    expect(wrapText('a\n\nb', 100, mono)).toEqual(['a', '', 'b']);
  });
});
