/** Printer faults with the real cause in Vietnamese: what the officer reads before pressing "In lại". */

export type FaultCode =
  | 'refused'
  | 'timeout'
  | 'unreachable'
  | 'not_found'
  | 'denied'
  | 'busy'
  | 'disconnected'
  | 'paper_out'
  | 'cover_open'
  | 'printer_error'
  | 'queue'
  | 'render'
  | 'unknown';

/** A printer-side failure; the print service turns it into a `failed` outcome, never a throw. */
export class PrinterFault extends Error {
  constructor(
    readonly code: FaultCode,
    message: string,
  ) {
    super(message);
    this.name = 'PrinterFault';
  }
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} giây`;

/** Maps a socket or file error to a fault naming the printer and what to check. */
export function faultFromError(err: unknown, where: string, timeoutMs: number): PrinterFault {
  if (err instanceof PrinterFault) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? '';
  const detail = err instanceof Error ? err.message : String(err);
  switch (code) {
    case 'ECONNREFUSED':
      return new PrinterFault(
        'refused',
        `Máy in ${where} từ chối kết nối. Kiểm tra máy in đã bật, đúng địa chỉ và cổng (thường là 9100).`,
      );
    case 'ETIMEDOUT':
      return new PrinterFault(
        'timeout',
        `Máy in ${where} không trả lời sau ${seconds(timeoutMs)}. Kiểm tra máy in đã bật và cáp mạng.`,
      );
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
      return new PrinterFault(
        'unreachable',
        `Không tới được máy in ${where} trên mạng. Kiểm tra cáp mạng và địa chỉ IP của máy in.`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new PrinterFault(
        'unreachable',
        `Không tìm thấy tên máy in ${where} trên mạng. Hãy dùng địa chỉ IP của máy in.`,
      );
    case 'ECONNRESET':
    case 'EPIPE':
      return new PrinterFault(
        'disconnected',
        `Máy in ${where} ngắt kết nối giữa chừng. Kiểm tra máy in rồi in lại.`,
      );
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return new PrinterFault(
        'not_found',
        `Không tìm thấy máy in ${where}. Kiểm tra cáp USB và máy in đã bật.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new PrinterFault(
        'denied',
        `Không có quyền gửi dữ liệu tới máy in ${where}. Cần cấp quyền ghi cho tài khoản chạy chương trình (ví dụ nhóm lp).`,
      );
    case 'EBUSY':
      return new PrinterFault(
        'busy',
        `Máy in ${where} đang bị chương trình khác sử dụng. Đợi một lát rồi in lại.`,
      );
    case 'EIO':
      return new PrinterFault(
        'printer_error',
        `Máy in ${where} báo lỗi khi nhận dữ liệu (có thể hết giấy hoặc mở nắp). Kiểm tra máy in rồi in lại.`,
      );
    default:
      return new PrinterFault('unknown', `Không in được trên máy in ${where}: ${detail}`);
  }
}

/** The fault for a printer that accepted the connection but never answered or took the data. */
export function stallFault(
  where: string,
  timeoutMs: number,
  phase: 'connect' | 'status' | 'send',
): PrinterFault {
  const what =
    phase === 'connect'
      ? 'không trả lời kết nối'
      : phase === 'status'
        ? 'không trả lời yêu cầu trạng thái'
        : 'không nhận hết dữ liệu in';
  const hint =
    phase === 'status'
      ? ' Máy in có thể đang treo: tắt, bật lại máy in rồi in lại. (Máy in không hỗ trợ hỏi trạng thái: thêm ?status=0 vào địa chỉ máy in.)'
      : ' Kiểm tra máy in đã bật, còn giấy, rồi in lại.';
  return new PrinterFault('timeout', `Máy in ${where} ${what} sau ${seconds(timeoutMs)}.${hint}`);
}
