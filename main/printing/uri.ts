/** Printer URIs: checked when the printer is configured, so a typo never waits for a citizen. */
import { badInput } from '../core/errors';
import type { PaperWidth, PrinterProfile, PrinterTarget } from './types';

const FORMS = 'tcp://máy-in:9100, /dev/usb/lp0, \\\\.\\COM3, printer:TÊN_HÀNG_ĐỢI hoặc preview';
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$/iu;

function invalid(uri: string, why: string): Error {
  const shown = uri.replace(/\p{Cc}/gu, '?');
  return badInput(
    `Địa chỉ máy in "${shown}" không hợp lệ: ${why}. Dùng một trong các dạng: ${FORMS}.`,
    'printerUri',
  );
}

/** Parses a printer URI with optional `?width=80|58&cut=0|1&band=N&status=0|1`; throws badInput in Vietnamese. */
export function parsePrinterUri(raw: string): PrinterTarget {
  const uri = raw.trim();
  if (!uri) throw invalid(raw, 'chưa nhập địa chỉ');
  if (/\p{Cc}/u.test(uri)) throw invalid(uri, 'có ký tự điều khiển');
  const q = uri.indexOf('?');
  const base = q >= 0 ? uri.slice(0, q) : uri;
  const profile = parseProfile(uri, q >= 0 ? uri.slice(q + 1) : '');
  if (base.toLowerCase() === 'preview') return { kind: 'preview', uri, profile };
  if (/^tcp:\/\//iu.test(base)) return parseTcp(uri, base, profile);
  if (/^printer:/iu.test(base)) {
    const name = base.slice('printer:'.length).trim();
    if (!name) throw invalid(uri, 'thiếu tên hàng đợi in sau "printer:"');
    if (name.startsWith('-')) throw invalid(uri, 'tên hàng đợi in không được bắt đầu bằng dấu "-"');
    if (!/^[\p{L}\p{N} _.@()#+-]{1,127}$/u.test(name))
      throw invalid(uri, 'tên hàng đợi in có ký tự không cho phép');
    return { kind: 'queue', uri, name, profile };
  }
  if (/^\/dev\/[\w./-]+$/u.test(base) && !base.includes('..'))
    return { kind: 'device', uri, path: base, profile };
  if (/^\\\\\.\\(COM\d{1,3}|LPT\d|USB\d{3})$/iu.test(base))
    return { kind: 'device', uri, path: base, profile };
  if (/^(COM\d{1,3}|LPT\d)$/iu.test(base))
    return { kind: 'device', uri, path: `\\\\.\\${base.toUpperCase()}`, profile };
  throw invalid(uri, 'không nhận ra loại máy in');
}

function parseTcp(uri: string, base: string, profile: Partial<PrinterProfile>): PrinterTarget {
  const m = /^tcp:\/\/(\[[^\]]+\]|[^/:]+)(?::(\d{1,5}))?\/?$/iu.exec(base);
  if (!m) throw invalid(uri, 'cần dạng tcp://máy-in:cổng');
  const host = m[1];
  if (!HOST.test(host)) throw invalid(uri, `tên máy "${host}" không hợp lệ`);
  const port = m[2] === undefined ? 9100 : Number(m[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw invalid(uri, 'cổng phải từ 1 đến 65535');
  return { kind: 'tcp', uri, host: host.replace(/^\[|\]$/gu, ''), port, profile };
}

function parseProfile(uri: string, query: string): Partial<PrinterProfile> {
  const profile: Partial<PrinterProfile> = {};
  if (!query) return profile;
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === 'width') profile.widthDots = parseWidth(uri, value);
    else if (key === 'cut') profile.cut = parseFlag(uri, key, value);
    else if (key === 'status') profile.status = parseFlag(uri, key, value);
    else if (key === 'band') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 8 || n > 255)
        throw invalid(uri, 'band phải là số nguyên từ 8 đến 255');
      profile.maxBand = n;
    } else
      throw invalid(uri, `tham số "${key}" không được hỗ trợ (chỉ có width, cut, band, status)`);
  }
  return profile;
}

function parseWidth(uri: string, value: string): PaperWidth {
  if (value === '80' || value === '576') return 576;
  if (value === '58' || value === '384') return 384;
  throw invalid(uri, 'width phải là 80 hoặc 58 (mm)');
}

function parseFlag(uri: string, key: string, value: string): boolean {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw invalid(uri, `${key} phải là 0 hoặc 1`);
}

/** The printer as the officer reads it, e.g. "Máy in mạng 192.168.1.50:9100". */
export function describeTarget(target: PrinterTarget): string {
  switch (target.kind) {
    case 'tcp':
      return `Máy in mạng ${target.host}:${target.port}`;
    case 'device':
      return `Máy in cắm trực tiếp ${target.path}`;
    case 'queue':
      return `Hàng đợi in của hệ điều hành "${target.name}"`;
    case 'preview':
      return 'Xem trước (lưu ảnh và dữ liệu in vào thư mục prints)';
  }
}
