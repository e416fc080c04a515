import { describe, expect, it } from 'vitest';
import { deleteLastChar, fieldLength, sanitizeField } from '../../../renderer/src/input/sanitize';

describe('sanitizeField', () => {
  it.each([
    ['control characters', 'Nguyễn\u0000 Văn\u0007 An\u001b', 'Nguyễn Văn An'],
    ['tabs and new lines become one space', 'Số 5\tngõ 3\r\nHà Nội', 'Số 5 ngõ 3 Hà Nội'],
    ['bidi embeddings and overrides', '\u202EnAn\u202C \u202Ax\u202C', 'nAn x'],
    ['bidi isolates and marks', '\u2066Lê\u2069 \u200FThị\u200E \u061CHoa', 'Lê Thị Hoa'],
    ['zero-width characters and BOM', 'Trần\u200B\u200C\u200D\uFEFF Bình', 'Trần Bình'],
    ['emoji', 'Hoa 🌸 Mai😀', 'Hoa Mai'],
    ['emoji sequences: skin tone, ZWJ family, flag, keycap', '👍🏽An 👨‍👩‍👧 🇻🇳 1️⃣', 'An 1'],
    ['private use characters', 'A\uE000B', 'AB'],
    ['leading and repeated spaces', '   Lê    Văn  ', 'Lê Văn '],
    ['non-breaking and ideographic spaces', 'Lê\u00A0Văn\u3000Ba', 'Lê Văn Ba'],
  ])('strips %s', (_name, raw, expected) => {
    expect(sanitizeField(raw)).toBe(expected);
  });

  it('turns decomposed Vietnamese into NFC', () => {
    const out = sanitizeField('Nguyễn Thị Ánh Tuyết'.normalize('NFD'));
    expect(out).toBe('Nguyễn Thị Ánh Tuyết');
    expect(out).toBe(out.normalize('NFC'));
    expect(fieldLength(out)).toBe(20);
  });

  it('keeps Vietnamese letters and address punctuation', () => {
    expect(sanitizeField('Số 12/3, đường Trần Hưng Đạo - P.5')).toBe(
      'Số 12/3, đường Trần Hưng Đạo - P.5',
    );
  });

  it('cuts to the maximum length counted in NFC characters', () => {
    expect(sanitizeField('Nguyễn'.normalize('NFD'), { maxLength: 5 })).toBe('Nguyễ');
    expect(sanitizeField('abc', { maxLength: 0 })).toBe('');
    expect(sanitizeField('abc', { maxLength: 3 })).toBe('abc');
  });

  it('keeps digits only in numeric mode', () => {
    expect(sanitizeField(' 0912 345 678 ', { mode: 'numeric' })).toBe('0912345678');
    expect(sanitizeField('0010-9200\u202E1234😀', { mode: 'numeric', maxLength: 12 })).toBe(
      '001092001234',
    );
    expect(sanitizeField('١٢٣', { mode: 'numeric' })).toBe('');
  });
});

describe('deleteLastChar', () => {
  it('removes one whole Vietnamese letter even from decomposed text', () => {
    expect(deleteLastChar('Nguyễ'.normalize('NFD'))).toBe('Nguy');
    expect(deleteLastChar('')).toBe('');
    expect(deleteLastChar('a')).toBe('');
  });
});
