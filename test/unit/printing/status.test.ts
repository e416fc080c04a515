import { describe, expect, it } from 'vitest';
import { faultFromError, PrinterFault, stallFault } from '../../../main/printing/faults';
import { readStatus } from '../../../main/printing/status';

const err = (code: string) => Object.assign(new Error(code), { code });

describe('DLE EOT status', () => {
  it.each([
    [[0x12, 0x12], undefined, undefined],
    [[0x16, 0x12], 'cover_open', /mở nắp/u],
    [[0x32, 0x72], 'paper_out', /hết giấy/u],
    [[0x12, 0x72], 'paper_out', /hết giấy/u],
    [[0x52, 0x12], 'printer_error', /báo lỗi/u],
  ] as const)('%j → %s', (bytes, code, message) => {
    const s = readStatus(Buffer.from(bytes), '10.0.0.5:9100');
    expect(s.known).toBe(true);
    expect(s.fault?.code).toBe(code);
    if (message) expect(s.fault?.message).toMatch(message);
  });

  it('warns when the paper is nearly out, and ignores replies that are not status bytes', () => {
    expect(readStatus(Buffer.from([0x12, 0x1e]), 'p').warning).toMatch(/sắp hết giấy/u);
    expect(readStatus(Buffer.from([0x41, 0x42]), 'p')).toEqual({ known: false });
    expect(readStatus(Buffer.from([0x12]), 'p')).toEqual({ known: false });
  });
});

describe('faults in Vietnamese', () => {
  it.each([
    ['ECONNREFUSED', 'refused', /từ chối kết nối/u],
    ['ETIMEDOUT', 'timeout', /không trả lời/u],
    ['EHOSTUNREACH', 'unreachable', /Không tới được/u],
    ['ENOTFOUND', 'unreachable', /Không tìm thấy tên máy in/u],
    ['ECONNRESET', 'disconnected', /ngắt kết nối/u],
    ['ENOENT', 'not_found', /Không tìm thấy máy in/u],
    ['EACCES', 'denied', /quyền/u],
    ['EBUSY', 'busy', /chương trình khác/u],
    ['EIO', 'printer_error', /báo lỗi/u],
    ['EWHATEVER', 'unknown', /Không in được/u],
  ])('%s → %s', (code, fault, message) => {
    const f = faultFromError(err(code), '10.0.0.5:9100', 5000);
    expect(f).toBeInstanceOf(PrinterFault);
    expect(f.code).toBe(fault);
    expect(f.message).toMatch(message);
    expect(f.message).toContain(code === 'EWHATEVER' ? 'EWHATEVER' : '10.0.0.5:9100');
  });

  it('says which step stalled', () => {
    expect(stallFault('p', 5000, 'send').message).toBe(
      'Máy in p không nhận hết dữ liệu in sau 5 giây. Kiểm tra máy in đã bật, còn giấy, rồi in lại.',
    );
  });
});
