import { describe, expect, it } from 'vitest';
import { applyKey, composeTelex } from '../../../renderer/src/input/telex';

// [keystrokes, expected] — names and words a citizen types at the kiosk (new-style tone placement).
const WORDS: [string, string][] = [
  ['Nguyeenx Thij Asnh Tuyeets', 'Nguyễn Thị Ánh Tuyết'],
  ['Hoangf Quoocs Vieetj', 'Hoàng Quốc Việt'],
  ['DDawngj', 'Đặng'],
  ['Truwowng', 'Trương'],
  ['Truowng', 'Trương'],
  ['Phuowngj', 'Phượng'],
  ['Phuwowngj', 'Phượng'],
  ['Khuee', 'Khuê'],
  ['Quyfnh', 'Quỳnh'],
  ['Giang', 'Giang'],
  ['Lys', 'Lý'],
  ['Huwng', 'Hưng'],
  ['Hwng', 'Hưng'],
  ['Thuyr', 'Thuỷ'],
  ['DDaij', 'Đại'],
  ['hoaf', 'hoà'],
  ['thuys', 'thuý'],
  ['quys', 'quý'],
  ['khoer', 'khoẻ'],
  ['hoafn', 'hoàn'],
  ['ngoafi', 'ngoài'],
  ['nguowfi', 'người'],
  ['ruowuj', 'rượu'],
  ['muwa', 'mưa'],
  ['muaw', 'mưa'],
  ['cuwar', 'cửa'],
  ['guiwr', 'gửi'],
  ['gif', 'gì'],
  ['giaf', 'già'],
  ['giuwx', 'giữ'],
  ['hoawcj', 'hoặc'],
  ['Vietej', 'Việt'],
  ['Vieje', 'Việ'],
  ['ddinhf', 'đình'],
  ['dinhd', 'đinh'],
  ['NGUYEENX', 'NGUYỄN'],
  ['Lee Vawn Tams', 'Lê Văn Tám'],
  ['Phajm Minh Chaau', 'Phạm Minh Châu'],
  ['Vox Thij Kim Oanh', 'Võ Thị Kim Oanh'],
  ['Buif Xuaan Huwowngr', 'Bùi Xuân Hưởng'],
  ['Hoof Chis Minh', 'Hồ Chí Minh'],
  ['khuyeen', 'khuyên'],
  ['Dduwcs', 'Đức'],
  ['w', 'ư'],
  ['W', 'Ư'],
  ['tuw', 'tư'],
  ['uow', 'ươ'],
  ['uwow', 'ươ'],
  ['yeeu', 'yêu'],
  ['sasch', 'sách'],
  ['xaxr', 'xả'],
  ['thuoocs', 'thuốc'],
  ['Ddoongf Thaps', 'Đồng Tháp'],
];

describe('Telex composer', () => {
  it.each(WORDS)('%s → %s', (keys, expected) => {
    expect(composeTelex(keys)).toBe(expected);
    expect(composeTelex(keys)).toBe(expected.normalize('NFC'));
  });

  it('undoes a modifier typed twice', () => {
    expect(composeTelex('ass')).toBe('as');
    expect(composeTelex('aaa')).toBe('aa');
    expect(composeTelex('ddd')).toBe('dd');
    expect(composeTelex('aww')).toBe('aw');
    expect(composeTelex('ww')).toBe('w');
    expect(composeTelex('uoww')).toBe('uow');
    expect(composeTelex('muaww')).toBe('muaw');
  });

  it('replaces a tone with another and removes it with z', () => {
    expect(composeTelex('asf')).toBe('à');
    expect(composeTelex('Vieetjz')).toBe('Viêt');
    expect(composeTelex('z')).toBe('z');
    expect(composeTelex('baz')).toBe('baz');
  });

  it('moves the tone when the word grows (new style)', () => {
    expect(composeTelex('hoaf')).toBe('hoà');
    expect(composeTelex('hoafng')).toBe('hoàng');
    expect(composeTelex('tuyeets')).toBe('tuyết');
  });

  it('offers the old style on request', () => {
    expect(composeTelex('Thuyr', { toneStyle: 'classic' })).toBe('Thủy');
    expect(composeTelex('hoaf', { toneStyle: 'classic' })).toBe('hòa');
    expect(composeTelex('Quyfnh', { toneStyle: 'classic' })).toBe('Quỳnh');
  });

  it('leaves words that cannot be Vietnamese alone', () => {
    expect(composeTelex('class')).toBe('class');
    expect(composeTelex('www')).toBe('ww');
    expect(composeTelex('email')).toBe('email');
    expect(composeTelex('12/3 Tran Hung Dao')).toBe('12/3 Tran Hung Dao');
  });

  it('works on the last word of the text and keeps the rest', () => {
    expect(applyKey('Nguyễn Văn Anh', 's')).toBe('Nguyễn Văn Ánh');
    expect(applyKey('Trần ', 's')).toBe('Trần s');
    expect(applyKey('Số 5, ', 'w')).toBe('Số 5, ư');
  });

  it('accepts decomposed text and always returns NFC', () => {
    const nfd = 'Nguyễn Văn'.normalize('NFD');
    const out = applyKey(nfd, 'a');
    expect(out).toBe('Nguyễn Vân');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('applies every character of a multi-character key', () => {
    expect(applyKey('', 'Vieetj')).toBe('Việt');
  });
});
