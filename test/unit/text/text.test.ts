import { describe, expect, it } from 'vitest';
import { cleanText, fold, nfc, nfcDeep } from '../../../main/text/normalize';
import { maskIdNumber, maskName, maskPhone } from '../../../main/text/mask';

describe('folding for search', () => {
  it.each([
    ['Thủ tục đăng ký khai sinh', 'thu tuc dang ky khai sinh'],
    ['ĐĂNG KÝ KẾT HÔN', 'dang ky ket hon'],
    ['Thủ tục đăng ký khai sinh'.normalize('NFD'), 'thu tuc dang ky khai sinh'],
    ['  chứng   thực\tbản sao ', 'chung thuc ban sao'],
    ['Mã 1.001193', 'ma 1.001193'],
    ['Nguyễn Thị Ánh Tuyết', 'nguyen thi anh tuyet'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('NFC at the boundary', () => {
  it('composes decomposed input', () => {
    const nfd = 'Hoàng Quốc Việt'.normalize('NFD');
    expect(nfd).not.toBe('Hoàng Quốc Việt');
    expect(nfc(nfd)).toBe('Hoàng Quốc Việt');
    expect(cleanText(`  ${nfd}  `)).toBe('Hoàng Quốc Việt');
  });
  it('normalises every string in a nested value', () => {
    const value = nfcDeep({ a: ['Việt'.normalize('NFD')], b: { c: 'Ánh'.normalize('NFD'), n: 3 } });
    expect(value).toEqual({ a: ['Việt'], b: { c: 'Ánh', n: 3 } });
  });
});

describe('masking personal data', () => {
  it.each([
    ['001090012345', '*********345'],
    ['123456789', '******789'],
  ])('ID %s → %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));
  it('masks phones keeping the network prefix and last two digits', () => {
    expect(maskPhone('0912345678')).toBe('091*****78');
  });
  it('keeps the given name and initials', () => {
    expect(maskName('Nguyễn Thị Ánh Tuyết')).toBe('N. T. Á. Tuyết');
    expect(maskName('An')).toBe('An');
  });
});
