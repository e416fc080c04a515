/** VietQR against the standard: the hand-built sample byte for byte, every TLV field, the CRC, the purpose text. */
import { describe, expect, it } from 'vitest';
import { vietQrImage, vietQrPayload } from '../../../main/fees/vietqr';
import { asciiText, feePurpose, PURPOSE_MAX } from '../../../main/fees/purpose';
import { crc16CcittFalse, readVietQr, tlv } from '../../support/emv-tlv';
import { decodePngDataUrl } from '../../support/qr-image';

describe('CRC-16/CCITT-FALSE of the test reader', () => {
  it('gives the catalogued check value 29B1 for "123456789"', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1');
  });
});

describe('the sample payload (DOMAIN.md rules, assembled by hand)', () => {
  // 00 02 "01" | 01 02 "12" dynamic | 38 57: 00 10 A000000727, 01 27 (00 06 970436, 01 13 account),
  // 02 08 QRIBFTTA | 53 03 704 | 54 05 50000 | 58 02 VN | 62 47: 08 43 purpose | 63 04 CRC.
  const purpose = '000.00.06.H14-261203-0001 Dang ky khai sinh';
  const body =
    '000201' +
    '010212' +
    '3857' +
    '0010A000000727' +
    '0127' +
    '0006970436' +
    '01130011001234567' +
    '0208QRIBFTTA' +
    '5303704' +
    '540550000' +
    '5802VN' +
    '6247' +
    `0843${purpose}` +
    '6304';
  const expected = `${body}${crc16CcittFalse(body)}`;

  it('is what the CRC over everything before it plus "6304" makes (3A9D)', () => {
    expect(expected.slice(-4)).toBe('3A9D');
  });

  it('is built byte for byte from the bank, account, amount and purpose', () => {
    const payload = vietQrPayload({
      bin: '970436',
      account: '0011001234567',
      amount: 50000,
      purpose,
    });
    expect(payload).toBe(expected);
  });

  it('carries a purpose made from the dossier code and the procedure without diacritics', () => {
    expect(feePurpose('000.00.06.H14-261203-0001', 'Đăng ký khai sinh')).toBe(purpose);
  });
});

describe('every field of a payload', () => {
  const payload = vietQrPayload({
    bin: '970415',
    account: '123456789012',
    amount: 1_250_000,
    purpose: 'X-1 Cap ban sao',
  });
  const f = readVietQr(payload);

  it('decodes to the VietQR fields in tag order, CRC last and right', () => {
    expect(f.tags).toEqual(['00', '01', '38', '53', '54', '58', '62', '63']);
    expect(f).toMatchObject({
      version: '01',
      initMethod: '12',
      guid: 'A000000727',
      bin: '970415',
      account: '123456789012',
      service: 'QRIBFTTA',
      currency: '704',
      amount: '1250000',
      country: 'VN',
      purpose: 'X-1 Cap ban sao',
      crcOk: true,
    });
  });

  it('a changed character breaks the CRC', () => {
    expect(readVietQr(payload.replace('1250000', '1250001')).crcOk).toBe(false);
  });

  it('the PNG image reads back (jsQR) to the same payload', async () => {
    expect(decodePngDataUrl(await vietQrImage(payload))).toBe(payload);
  });

  it('the reader rejects a length running past the end', () => {
    expect(() => tlv('0005AB')).toThrow(/bad TLV/);
  });
});

describe('the purpose text', () => {
  it('drops tone and vowel marks, đ → d, and symbols bank apps mangle', () => {
    expect(asciiText('Cấp bản sao trích lục hộ tịch (Đường)')).toBe(
      'Cap ban sao trich luc ho tich Duong',
    );
  });

  it('keeps the code whole, drops "Thủ tục", and stops at a word boundary within the limit', () => {
    const p = feePurpose(
      'ABC-261203-0001',
      'Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại Ủy ban nhân dân cấp xã khu vực biên giới',
    );
    // "Thủ tục" adds nothing to a transfer description and is dropped.
    expect(p.startsWith('ABC-261203-0001 Dang ky ket hon co yeu to')).toBe(true);
    expect(p.length).toBeLessThanOrEqual(PURPOSE_MAX);
    expect(/^[\x20-\x7e]+$/u.test(p)).toBe(true);
    expect(p.endsWith(' ')).toBe(false);
  });
});
