import { describe, expect, it } from 'vitest';
import { looksLikeCccd, parseCccdQr } from '../../../renderer/src/input/cccd';
import { cleanIdNumber, cleanNumber, cleanPhone } from '../../../renderer/src/input/clean';
import { checkApplicant } from '../../../renderer/src/kiosk/applicantCheck';

const GOOD =
  '001090012345|123456789|Nguyễn Văn Anh|15031990|Nam|Số 12 ngõ 5 Park Hill, phường Hòa An, tỉnh Cao Bằng|01072021';

describe('parseCccdQr', () => {
  it('reads the five fields the declaration needs and nothing else', () => {
    expect(parseCccdQr(GOOD)).toEqual({
      ok: true,
      data: {
        idNumber: '001090012345',
        fullName: 'Nguyễn Văn Anh',
        birthDate: '1990-03-15',
        gender: 'Nam',
        address: 'Số 12 ngõ 5 Park Hill, phường Hòa An, tỉnh Cao Bằng',
      },
    });
  });

  it('accepts an empty old ID, "Nữ", decomposed text and a trailing CR/LF', () => {
    const r = parseCccdQr(
      `${'079301000123||Trần Thị Bích|29022000|Nữ|Quận 1, TP. Hồ Chí Minh|10102022'.normalize('NFD')}\r\n`,
    );
    expect(r).toMatchObject({
      ok: true,
      data: { gender: 'Nữ', fullName: 'Trần Thị Bích', birthDate: '2000-02-29' },
    });
  });

  it.each([
    ['another QR (a dossier slip)', '000.00.06.H14-261126-0001#S7K2QP', 'shape'],
    ['a URL', 'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html', 'shape'],
    ['a partial read', '001090012345|123456789|Nguyễn Văn Anh|150319', 'shape'],
    ['an 11-digit ID', GOOD.replace('001090012345', '00109001234'), 'id'],
    ['a bad old ID', GOOD.replace('123456789', '12345'), 'old_id'],
    ['digits in the name', GOOD.replace('Nguyễn Văn Anh', 'Nguyen 123'), 'name'],
    ['31 February', GOOD.replace('15031990', '31021990'), 'birth'],
    ['an unknown gender', GOOD.replace('|Nam|', '|X|'), 'gender'],
    ['an empty address', GOOD.replace(/\|Số[^|]+\|/u, '||'), 'address'],
    ['a bad issue date', GOOD.replace('01072021', '2021'), 'issued'],
    ['10 KB of noise', 'x|'.repeat(5000), 'too_long'],
    ['an empty scan', '', 'shape'],
  ])('refuses %s whole', (_name, raw, reason) => {
    expect(parseCccdQr(raw)).toEqual({ ok: false, reason });
  });

  it('tells a scan from typing', () => {
    expect(looksLikeCccd(GOOD)).toBe(true);
    expect(looksLikeCccd('Nguyễn Văn Anh')).toBe(false);
  });
});

describe('cleaning before the length limit', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(091) 234-5678', '0912345678'],
  ])('phone %s → %s', (raw, want) => {
    expect(cleanPhone(raw)).toBe(want);
    expect(cleanNumber('phone', raw, 10)).toBe(want);
  });

  it('cuts only after cleaning', () => {
    expect(cleanNumber('phone', '0912 345 678 99', 10)).toBe('0912345678');
    expect(cleanNumber('id', '001 090 012 345', 12)).toBe('001090012345');
    expect(cleanIdNumber('001.090.012.345')).toBe('001090012345');
  });
});

describe('checkApplicant: every error at once', () => {
  const good = {
    fullName: 'Nguyễn Văn Anh',
    idNumber: '001090012345',
    phone: '0912345678',
    address: 'Hòa An',
    email: '',
  };
  it('passes a valid declaration and an empty optional email', () => {
    expect(checkApplicant(good, false)).toEqual({});
  });
  it('names every field in error in one go', () => {
    expect(
      checkApplicant(
        { fullName: '', idNumber: '123', phone: '12', address: '', email: 'a@' },
        false,
      ),
    ).toEqual({
      fullName: 'check.fullName',
      idNumber: 'check.idNumber',
      phone: 'check.phone',
      address: 'check.address',
      email: 'check.email',
    });
  });
  it('refuses a 9-digit CMND unless the admin allows old numbers', () => {
    expect(checkApplicant({ ...good, idNumber: '123456789' }, false)).toEqual({
      idNumber: 'check.idNumber',
    });
    expect(checkApplicant({ ...good, idNumber: '123456789' }, true)).toEqual({});
  });
});
