import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors';
import { describeTarget, parsePrinterUri } from '../../../main/printing/uri';

describe('parsePrinterUri', () => {
  it.each([
    ['preview', { kind: 'preview' }],
    ['tcp://192.168.1.50:9100', { kind: 'tcp', host: '192.168.1.50', port: 9100 }],
    ['tcp://printer-quay-2', { kind: 'tcp', host: 'printer-quay-2', port: 9100 }],
    ['tcp://[::1]:9101', { kind: 'tcp', host: '::1', port: 9101 }],
    ['/dev/usb/lp0', { kind: 'device', path: '/dev/usb/lp0' }],
    ['\\\\.\\COM3', { kind: 'device', path: '\\\\.\\COM3' }],
    ['COM4', { kind: 'device', path: '\\\\.\\COM4' }],
    ['printer:XP-80C', { kind: 'queue', name: 'XP-80C' }],
    ['printer:EPSON TM-T82 Receipt', { kind: 'queue', name: 'EPSON TM-T82 Receipt' }],
  ])('accepts %s', (uri, expected) => {
    expect(parsePrinterUri(uri)).toMatchObject(expected);
  });

  it('reads the profile from the query: 58 mm, no cutter, small bands, no status', () => {
    const t = parsePrinterUri('tcp://10.0.0.5:9100?width=58&cut=0&band=64&status=0');
    expect(t.profile).toEqual({ widthDots: 384, cut: false, maxBand: 64, status: false });
    expect(parsePrinterUri('/dev/usb/lp0?width=80').profile).toEqual({ widthDots: 576 });
  });

  it.each([
    '',
    'tcp://',
    'tcp://host:0',
    'tcp://host:70000',
    'tcp://bad_host!:9100',
    'http://192.168.1.50',
    'printer:',
    'printer:-o evil',
    'printer:a;rm -rf',
    '/dev/../etc/passwd',
    'C:\\prints\\slip.bin',
    'preview?width=72',
    'tcp://a:9100?color=1',
    'tcp://a:9100?band=1000',
    'tcp://a\n:9100',
  ])('refuses %j with a Vietnamese bad_input naming the accepted forms', (uri) => {
    let error: unknown;
    try {
      parsePrinterUri(uri);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad_input');
    expect((error as AppError).message).toMatch(
      /^Địa chỉ máy in .* không hợp lệ: .+\. Dùng một trong các dạng: tcp:\/\//u,
    );
  });

  it('describes each printer kind in Vietnamese', () => {
    expect(describeTarget(parsePrinterUri('tcp://10.0.0.5:9100'))).toBe(
      'Máy in mạng 10.0.0.5:9100',
    );
    expect(describeTarget(parsePrinterUri('printer:XP80'))).toContain('Hàng đợi in');
  });
});
