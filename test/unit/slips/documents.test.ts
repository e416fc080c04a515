import { describe, expect, it } from 'vitest';
import {
  delayNotice,
  documentChecklist,
  queueTicket,
  receiptA5,
  receiptSlip,
  refusalNotice,
  supplementRequest,
  testPage,
} from '../../../main/slips/documents';
import { formTime, safeId, slipTime } from '../../../main/slips/format';
import type { Block, SlipDocument } from '../../../main/slips/types';
import { sampleReceipt } from '../../support/sample-documents';

/** Every text of a document, in order, as a reader would see it. */
function texts(doc: SlipDocument): string[] {
  const of = (b: Block): string[] => {
    switch (b.kind) {
      case 'text':
      case 'title':
        return [b.text];
      case 'heading':
        return [...b.left, ...b.right];
      case 'row':
        return [`${b.label}: ${b.value}`];
      case 'table':
        return [...b.columns.map((c) => c.title), ...b.rows.flat()];
      case 'list':
        return b.items;
      case 'note':
        return [b.text];
      case 'signatures':
        return b.blocks.flatMap((s) => [s.title, s.name ?? '']);
      case 'qr':
        return [`QR:${b.payload}`];
      default:
        return [];
    }
  };
  return doc.blocks.flatMap(of);
}

const notice = {
  unitName: 'UBND xã Hòa An',
  code: 'HS-01',
  procedureName: 'Đăng ký khai sinh',
  applicantName: 'Lê Văn Tám',
  issuedAt: '2026-11-26T10:05:00+07:00',
  officerName: 'Trần Văn Đức',
};

describe('Mẫu 01', () => {
  it('the thermal slip carries the code, the QR of the lookup payload, the masked ID and the due time', () => {
    const doc = receiptSlip(sampleReceipt);
    const all = texts(doc);
    expect(doc).toMatchObject({ kind: 'receipt', paper: 'thermal' });
    expect(all).toContain(sampleReceipt.dossierCode);
    expect(all).toContain(`QR:${sampleReceipt.qrPayload}`);
    expect(all).toContain('Số định danh: *********345');
    expect(all).toContain('Hẹn trả: 16:30 26/11/2026');
    expect(all).toContain('Nhận lúc: 09:30 26/11/2026');
    expect(all).toContain('Giấy chứng nhận kết hôn của cha mẹ');
  });

  it('masks an ID number that a caller passed unmasked, and writes NFC', () => {
    const doc = receiptSlip({
      ...sampleReceipt,
      idNumberMasked: '001234567345',
      applicantName: 'Nguyễn Thị Ánh'.normalize('NFD'),
    });
    const all = texts(doc).join('\n');
    expect(all).not.toContain('001234567345');
    expect(all).toContain('*********345');
    expect(all).toBe(all.normalize('NFC'));
  });

  it('the A5 form has the national heading, items (1)–(6), both signatures and two copies', () => {
    const doc = receiptA5(sampleReceipt);
    const all = texts(doc);
    expect(doc.copies).toEqual(['Liên 1: Lưu', 'Liên 2: Giao người nộp hồ sơ']);
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    for (const n of [1, 2, 3, 4, 5, 6]) expect(all.some((t) => t.startsWith(`${n}. `))).toBe(true);
    expect(all).toContain(
      `5. Thời gian trả kết quả giải quyết hồ sơ: ${formTime(sampleReceipt.dueAt)}`,
    );
    expect(all).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(all).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(all).toContain('Vào Sổ theo dõi hồ sơ, Quyển số 01, Số thứ tự 0361');
  });
});

describe('Mẫu 02, 03, 04 and kiosk documents', () => {
  it('Mẫu 02 lists what to add with counts, the reason and who to call', () => {
    const doc = supplementRequest({
      ...notice,
      missing: [{ name: 'Giấy chứng sinh', originals: 1 }],
      reason: 'Bị tẩy xóa',
      contact: '0206 3852 123',
    });
    const all = texts(doc);
    expect(all).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(all).toEqual(
      expect.arrayContaining([
        '1',
        'Giấy chứng sinh',
        '01',
        'Lý do: Bị tẩy xóa',
        'Cần hướng dẫn, xin liên hệ: 0206 3852 123',
      ]),
    );
  });

  it('Mẫu 03 gives the reason; Mẫu 04 gives the old and the new date', () => {
    expect(texts(refusalNotice({ ...notice, reason: 'Không thuộc thẩm quyền' }))).toEqual(
      expect.arrayContaining([
        'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
        'Không thuộc thẩm quyền',
      ]),
    );
    const delay = texts(
      delayNotice({
        ...notice,
        receivedAt: '2026-11-20T09:30:00+07:00',
        originalDueAt: '2026-11-26T16:30:00+07:00',
        newDueAt: '2026-12-01T10:00:00+07:00',
        reason: 'Cần xác minh',
      }),
    );
    // Thông tư 03/2025/TT-VPCP, Annex I, Mẫu 04 (DOMAIN.md "Added in turn 2").
    expect(delay).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(delay).toContain('Hẹn trả kết quả: 16 giờ 30 phút, ngày 26 tháng 11 năm 2026');
    expect(delay).toContain('10 giờ 00 phút, ngày 01 tháng 12 năm 2026');
  });

  it('the queue ticket shows the number large and the counter; the checklist ticks every paper', () => {
    const ticket = queueTicket({
      unitName: 'UBND xã Hòa An',
      ticket: 'A015',
      counter: 'Quầy số 2',
      issuedAt: '2026-11-26T08:12:00+07:00',
      waitingAhead: 0,
    });
    expect(ticket.blocks).toContainEqual({
      kind: 'text',
      text: 'A015',
      align: 'center',
      size: 'huge',
      bold: true,
    });
    expect(texts(ticket)).toContain('Số người đang chờ trước ông/bà: 0');
    const list = documentChecklist({
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      cases: [
        { title: '', documents: [{ name: 'Tờ khai', originals: 1, copies: 2, form: 'TK-01' }] },
      ],
      printedAt: '2026-11-26T08:15:00+07:00',
    });
    expect(list.blocks).toContainEqual({
      kind: 'list',
      marker: 'box',
      items: ['Tờ khai (01 bản chính, 02 bản sao) mẫu: TK-01'],
    });
  });

  it('the checklist prints no heading without a paper to tick under it', () => {
    const all = texts(
      documentChecklist({
        procedureCode: '1.001193',
        procedureName: 'Thủ tục đăng ký khai sinh',
        cases: [
          {
            title: 'Giấy tờ phải nộp',
            documents: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }],
          },
          { title: 'Lưu ý', documents: [] },
          {
            title: 'Thành phần hồ sơ',
            documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 }],
          },
        ],
        printedAt: '2026-12-07T08:15:00+07:00',
      }),
    );
    expect(all).not.toContain('Lưu ý');
    expect(all).toEqual(
      expect.arrayContaining([
        'Giấy tờ phải nộp',
        'Giấy chứng sinh (01 bản chính)',
        'Thành phần hồ sơ',
        'Tờ khai đăng ký khai sinh (01 bản chính)',
      ]),
    );
  });

  it('the test page names the printer and the paper width', () => {
    const all = texts(
      testPage({
        printer: 'tcp://10.0.0.5:9100',
        widthDots: 384,
        printedAt: '2026-11-26T07:30:00+07:00',
      }),
    );
    expect(all).toEqual(
      expect.arrayContaining(['Máy in: tcp://10.0.0.5:9100', 'Khổ giấy: 384 điểm (58 mm)']),
    );
  });
});

describe('formatting', () => {
  it('writes Vietnam time whatever the offset of the input, and keeps text that is not a date', () => {
    expect(slipTime('2026-11-26T02:30:00Z')).toBe('09:30 26/11/2026');
    expect(formTime('2026-11-26T23:59:00+07:00')).toBe('23 giờ 59 phút, ngày 26 tháng 11 năm 2026');
    expect(slipTime('sáng thứ Hai')).toBe('sáng thứ Hai');
    expect(safeId('012345678')).toBe('******678');
    expect(safeId('*********345')).toBe('*********345');
  });
});
