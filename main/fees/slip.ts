/** The fee's VietQR on a thermal slip, for a citizen who pays later from home or at the next desk. */
import type { SlipDocument } from '../slips/types';
import { nationalHeading } from '../slips/format';
import type { FeeQr } from './types';

const money = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;

/** "Thông tin chuyển khoản lệ phí": the bank, the account, the amount, the purpose and the QR. */
export function feeQrSlip(qr: FeeQr, unitName: string): SlipDocument {
  return {
    kind: 'fee_qr',
    title: `Mã QR lệ phí ${qr.code}`,
    paper: 'thermal',
    blocks: [
      nationalHeading(unitName),
      { kind: 'title', text: 'THÔNG TIN CHUYỂN KHOẢN LỆ PHÍ' },
      { kind: 'row', label: 'Mã hồ sơ', value: qr.code, bold: true },
      { kind: 'row', label: 'Ngân hàng', value: `${qr.bank.shortName} (${qr.bank.name})` },
      { kind: 'row', label: 'Số tài khoản', value: qr.bank.account, bold: true },
      { kind: 'row', label: 'Chủ tài khoản', value: qr.bank.accountName },
      { kind: 'row', label: 'Số tiền', value: money(qr.amount), bold: true, size: 'large' },
      { kind: 'row', label: 'Nội dung', value: qr.purpose },
      { kind: 'qr', payload: qr.payload, caption: 'Quét bằng ứng dụng ngân hàng (VietQR)' },
      {
        kind: 'note',
        text: 'Giữ nguyên nội dung chuyển khoản để Bộ phận Một cửa đối chiếu với hồ sơ của ông/bà.',
      },
    ],
  };
}
