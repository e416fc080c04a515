/**
 * A dynamic VietQR (NAPAS, on EMVCo's merchant-presented QR) for one fee: vietnam-qr-pay writes
 * the TLV fields; our tests decode every field and recompute the CRC against the standard.
 */
import { QRPay } from 'vietnam-qr-pay';
import QRCode from 'qrcode';

export interface VietQrInput {
  bin: string;
  account: string;
  /** Whole đồng, > 0. */
  amount: number;
  /** ASCII, already shortened (purpose.ts). */
  purpose: string;
}

/** The EMVCo payload: 00 "01", 01 "12", 38 (A000000727, BIN, account, QRIBFTTA), 53 704, 54, 58 VN, 62/08, 63 CRC. */
export function vietQrPayload(input: VietQrInput): string {
  const qr = QRPay.initVietQR({
    bankBin: input.bin,
    bankNumber: input.account,
    amount: String(input.amount),
    purpose: input.purpose,
    initMethod: '12',
  });
  return qr.build();
}

/** The payload as a PNG data URL, large enough to scan from across the counter. */
export async function vietQrImage(payload: string): Promise<string> {
  return await QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}
