/** Real-time status (DLE EOT 2 and DLE EOT 4) of Epson-compatible printers, read before a job. */
import { PrinterFault } from './faults';

/** Whether a byte looks like an ESC/POS status byte (bits 1 and 4 set, bits 0 and 7 clear). */
const isStatusByte = (b: number) => (b & 0x93) === 0x12;

export interface StatusReading {
  /** False when the reply is not a status reply (a clone that ignores DLE EOT): print anyway. */
  known: boolean;
  fault?: PrinterFault;
  warning?: string;
}

/** Reads the two status bytes: offline cause (cover open, paper end, error) and paper sensor. */
export function readStatus(reply: Buffer, where: string): StatusReading {
  if (reply.length < 2 || !isStatusByte(reply[0]) || !isStatusByte(reply[1]))
    return { known: false };
  const [offline, paper] = reply;
  if (offline & 0x04)
    return {
      known: true,
      fault: new PrinterFault(
        'cover_open',
        `Máy in ${where} đang mở nắp. Đóng nắp máy in rồi bấm "In lại".`,
      ),
    };
  if (paper & 0x60 || offline & 0x20)
    return {
      known: true,
      fault: new PrinterFault(
        'paper_out',
        `Máy in ${where} hết giấy. Thay cuộn giấy mới rồi bấm "In lại".`,
      ),
    };
  if (offline & 0x40)
    return {
      known: true,
      fault: new PrinterFault(
        'printer_error',
        `Máy in ${where} đang báo lỗi (ví dụ kẹt dao cắt hoặc quá nhiệt). Tắt, bật lại máy in rồi in lại.`,
      ),
    };
  if (paper & 0x0c)
    return { known: true, warning: `Máy in ${where} sắp hết giấy: chuẩn bị cuộn giấy mới.` };
  return { known: true };
}
