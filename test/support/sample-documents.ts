/** Realistic sample data for every document: used by tests, the bench and `npm run print:samples`. */
import { receiptA5, receiptSlip } from '../../main/slips/receipt';
import { delayNotice, refusalNotice, supplementRequest } from '../../main/slips/notices';
import { documentChecklist, queueTicket, testPage } from '../../main/slips/kiosk';
import { declarationSlip } from '../../main/slips/declaration';
import type { DeclarationSlipData, ReceiptSlipData, SlipDocument } from '../../main/slips/types';

export const sampleReceipt: ReceiptSlipData = {
  unitName: 'UBND xã Hòa An, tỉnh Cao Bằng',
  unitAddress: 'Bộ phận Một cửa, số 1 đường Hoàng Đình Giong, xã Hòa An',
  dossierCode: '000.00.06.H14-261126-0361',
  qrPayload: 'https://motcua.local/tra-cuu?ma=000.00.06.H14-261126-0361&k=7QF3X9',
  procedureName: 'Đăng ký khai sinh (thủ tục 1.001193)',
  applicantName: 'Nguyễn Thị Ánh Tuyết',
  idNumberMasked: '*********345',
  phoneMasked: '091*****67',
  address: 'Tổ 5, phường Sông Hiến, tỉnh Cao Bằng',
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
    { name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, photocopies: 0 },
    {
      name: 'Giấy chứng nhận kết hôn của cha mẹ',
      originals: 0,
      certifiedCopies: 1,
      photocopies: 0,
    },
  ],
  sets: 1,
  processingText: 'Trong ngày; nhận sau 15 giờ thì trả vào ngày làm việc tiếp theo',
  receivedAt: '2026-11-26T09:30:00+07:00',
  dueAt: '2026-11-26T16:30:00+07:00',
  collectAt: 'Bộ phận Một cửa UBND xã Hòa An',
  officerName: 'Trần Văn Đức',
  ledgerEntry: 'Quyển số 01, Số thứ tự 0361',
};

const notice = {
  unitName: 'UBND xã Hòa An, tỉnh Cao Bằng',
  code: '000.00.06.H14-261126-0361',
  procedureName: 'Đăng ký khai sinh',
  applicantName: 'Nguyễn Thị Ánh Tuyết',
  issuedAt: '2026-11-26T10:05:00+07:00',
  officerName: 'Trần Văn Đức',
};

/** A declaration slip with the ticket the citizen took. */
export const sampleDeclaration: DeclarationSlipData = {
  unitName: 'UBND xã Hòa An',
  declarationCode: 'TK-7Q3K9M',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  bring: [
    'Tờ khai đăng ký khai sinh (1 bản chính)',
    'Giấy chứng sinh hoặc văn bản của người làm chứng (1 bản chính)',
    'Căn cước của người đi đăng ký (xuất trình)',
  ],
  ticket: { number: '1004', counter: 'Quầy số 1', waitingAhead: 3, priority: false },
  printedAt: '2026-11-26T08:40:00+07:00',
};

/** Every document kind with realistic data, named for file names. */
export function sampleDocuments(): { name: string; doc: SlipDocument }[] {
  return [
    { name: 'mau-01-giay-hen', doc: receiptSlip(sampleReceipt) },
    { name: 'mau-01-a5', doc: receiptA5(sampleReceipt) },
    {
      name: 'mau-02-bo-sung',
      doc: supplementRequest({
        ...notice,
        missing: [
          { name: 'Giấy chứng sinh', originals: 1, copies: 0, note: 'bản cũ bị tẩy xóa' },
          { name: 'Văn bản ủy quyền có chứng thực', originals: 1 },
        ],
        reason:
          'Giấy chứng sinh bị tẩy xóa ở phần ngày sinh; người nộp không phải cha, mẹ của trẻ.',
        contact: 'Bộ phận Một cửa, điện thoại 0206 3852 123',
      }),
    },
    {
      name: 'mau-03-tu-choi',
      doc: refusalNotice({
        ...notice,
        reason:
          'Việc khai sinh đã được đăng ký tại UBND phường Sông Hiến ngày 02/10/2026; không thuộc thẩm quyền giải quyết của xã.',
      }),
    },
    {
      name: 'mau-04-xin-loi',
      doc: delayNotice({
        ...notice,
        receivedAt: '2026-11-20T09:30:00+07:00',
        originalDueAt: '2026-11-26T16:30:00+07:00',
        newDueAt: '2026-12-01T10:00:00+07:00',
        reason:
          'Cần xác minh thông tin nơi cư trú với Công an xã; hệ thống cơ sở dữ liệu hộ tịch gián đoạn.',
      }),
    },
    {
      name: 'so-thu-tu',
      doc: queueTicket({
        unitName: 'UBND xã Hòa An',
        ticket: 'A015',
        counter: 'Quầy số 2',
        service: 'Hộ tịch - Chứng thực',
        waitingAhead: 4,
        issuedAt: '2026-11-26T08:12:00+07:00',
      }),
    },
    { name: 'phieu-to-khai', doc: declarationSlip(sampleDeclaration) },
    {
      name: 'danh-muc-giay-to',
      doc: documentChecklist({
        unitName: 'UBND xã Hòa An',
        procedureCode: '1.001193',
        procedureName: 'Đăng ký khai sinh',
        cases: [
          {
            title: 'Giấy tờ phải nộp',
            documents: [
              {
                name: 'Tờ khai đăng ký khai sinh',
                originals: 1,
                copies: 0,
                form: 'Tờ khai theo mẫu',
              },
              { name: 'Giấy chứng sinh hoặc văn bản của người làm chứng', originals: 1, copies: 0 },
            ],
          },
          {
            title: 'Giấy tờ phải xuất trình',
            documents: [{ name: 'Căn cước của người đi đăng ký', originals: 1, copies: 0 }],
          },
        ],
        processingText: 'Trong ngày làm việc',
        feeText: 'Miễn lệ phí',
        submitAt: 'Bộ phận Một cửa UBND xã',
        printedAt: '2026-11-26T08:15:00+07:00',
      }),
    },
    { name: 'mau-01-du-lieu-dai', doc: receiptSlip(hostileReceipt()) },
    {
      name: 'in-thu',
      doc: testPage({
        printer: 'tcp://127.0.0.1:9100',
        widthDots: 576,
        printedAt: '2026-11-26T07:30:00+07:00',
      }),
    },
  ];
}

/** Mẫu 01 with hostile input: a 300-letter procedure name, a 200-letter address, an NFD name. */
export function hostileReceipt(): ReceiptSlipData {
  const words =
    'Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất';
  const procedureName = `${words} ${words} ${words} ${words}`.slice(0, 300);
  const address =
    `Thôn Nà Lạn, xóm Bản Giới, ${'ngõ 12 ngách 34 hẻm 56 đường Phai Khắt Nà Ngần, '.repeat(4)}`.slice(
      0,
      200,
    );
  return {
    ...sampleReceipt,
    procedureName,
    address,
    applicantName: 'Hoàng Thị Phượng Ngọc Diễm Hương'.normalize('NFD'),
    documents: [
      {
        name: 'GIẤYCHỨNGNHẬNQUYỀNSỬDỤNGĐẤTQUYỀNSỞHỮUNHÀỞVÀTÀISẢNKHÁCGẮNLIỀNVỚIĐẤT',
        originals: 1,
        certifiedCopies: 2,
        photocopies: 0,
      },
    ],
  };
}
