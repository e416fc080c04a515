/**
 * Vietnamese messages for zod issues. A global error map says what is wrong; `describeIssues`
 * puts the field's Vietnamese name in front, so every 400 names the field the user must fix.
 */
import { z } from 'zod';

/** Field names as the user sees them on the forms. Extend here, never per operation. */
const FIELD_LABELS: Record<string, string> = {
  query: 'Từ khóa tìm kiếm',
  limit: 'Số kết quả',
  code: 'Mã hồ sơ',
  procedureCode: 'Mã thủ tục',
  declarationCode: 'Mã tờ khai',
  applicant: 'Người nộp hồ sơ',
  fullName: 'Họ và tên',
  idNumber: 'Số định danh cá nhân (CCCD)',
  phone: 'Số điện thoại',
  address: 'Địa chỉ',
  email: 'Thư điện tử',
  documents: 'Giấy tờ đã nhận',
  name: 'Tên',
  originals: 'Số bản chính',
  copies: 'Số bản sao',
  certifiedCopies: 'Số bản sao chứng thực',
  photocopies: 'Số bản photo',
  shownOnly: 'Chỉ xuất trình',
  organisation: 'Tổ chức nộp hồ sơ',
  taxCode: 'Mã số thuế',
  representative: 'Người đại diện',
  onBehalfOf: 'Người được đại diện',
  relation: 'Quan hệ',
  channel: 'Kênh nộp hồ sơ',
  delivery: 'Hình thức nhận kết quả',
  missingReason: 'Lý do tiếp nhận khi thiếu giấy tờ',
  received: 'Giấy tờ bổ sung đã nhận',
  form: 'Mẫu',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  role: 'Vai trò',
  from: 'Thời điểm bắt đầu',
  to: 'Thời điểm kết thúc',
  amount: 'Số lượng',
  unit: 'Đơn vị thời gian',
  cutoff: 'Giờ chốt nhận hồ sơ',
  year: 'Năm',
  reason: 'Lý do',
  fee: 'Lệ phí',
  method: 'Hình thức thu',
  newDueAt: 'Ngày hẹn mới',
  dueAtOverride: 'Ngày hẹn trả điều chỉnh',
  overrideReason: 'Lý do điều chỉnh ngày hẹn',
  requestId: 'Mã lần tiếp nhận',
  missing: 'Giấy tờ cần bổ sung',
  toUnit: 'Đơn vị nhận',
  jobId: 'Mã lệnh in',
  counter: 'Quầy',
  field: 'Lĩnh vực',
  level: 'Mức độ',
  days: 'Danh sách ngày',
  date: 'Ngày',
  kind: 'Loại ngày',
  note: 'Ghi chú',
  format: 'Định dạng',
  content: 'Nội dung tệp',
  receiver: 'Người nhận',
  receiptNumber: 'Số biên lai',
  status: 'Trạng thái',
  hidden: 'Ẩn thủ tục',
  officeHours: 'Giờ làm việc',
  weekdays: 'Ngày làm việc trong tuần',
  periods: 'Buổi làm việc',
  start: 'Giờ bắt đầu',
  end: 'Giờ kết thúc',
  bank: 'Tài khoản nhận lệ phí',
  bin: 'Ngân hàng',
  account: 'Số tài khoản',
  accountName: 'Tên chủ tài khoản',
  reference: 'Mã giao dịch ngân hàng',
  timing: 'Thời điểm thu lệ phí',
};

/** Names of nested fields whose last key alone would mislead (checked first, longest path first). */
const PATH_LABELS: Record<string, string> = {
  'sms.url': 'Địa chỉ cổng SMS',
  'sms.method': 'Phương thức gửi SMS',
  'sms.template': 'Mẫu nội dung gửi cổng SMS',
  'sms.events': 'Sự kiện gửi SMS',
  'zalo.url': 'Địa chỉ API Zalo OA',
  'zalo.accessToken': 'Access token Zalo OA',
  'zalo.events': 'Sự kiện gửi Zalo',
  'zalo.templates.supplement': 'Mã mẫu ZNS "Yêu cầu bổ sung"',
  'zalo.templates.ready': 'Mã mẫu ZNS "Đã có kết quả"',
  'zalo.templates.dueChanged': 'Mã mẫu ZNS "Đổi ngày hẹn"',
  sms: 'Cổng SMS',
  zalo: 'Zalo OA',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'một đối tượng',
  array: 'một danh sách',
};

/** The global zod error map: what is wrong, in Vietnamese, without the field name. */
export function vietnameseIssue(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'chưa được nhập';
      return `phải là ${TYPE_NAMES[iss.expected] ?? iss.expected}`;
    case 'too_small':
      if (iss.origin === 'string')
        return Number(iss.minimum) <= 1
          ? 'không được để trống'
          : `phải có ít nhất ${iss.minimum} ký tự`;
      if (iss.origin === 'array') return `phải có ít nhất ${iss.minimum} mục`;
      return `phải lớn hơn${iss.inclusive ? ' hoặc bằng' : ''} ${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'string') return `dài quá ${iss.maximum} ký tự`;
      if (iss.origin === 'array') return `có quá ${iss.maximum} mục`;
      return `phải nhỏ hơn${iss.inclusive ? ' hoặc bằng' : ''} ${iss.maximum}`;
    case 'invalid_format':
      return 'không đúng định dạng';
    case 'invalid_value':
      return `phải là một trong: ${iss.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${iss.keys.join(', ')}`;
    case 'not_multiple_of':
      return 'không phải số nguyên';
    default:
      return 'không hợp lệ';
  }
}

z.config({ customError: vietnameseIssue });

/** The Vietnamese name of a field path such as ["applicant", "idNumber"]. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const keys = path.filter((k) => typeof k === 'string');
  for (let n = keys.length; n > 0; n -= 1) {
    const label = PATH_LABELS[keys.slice(0, n).join('.')];
    if (label) return label;
  }
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const key = path[i];
    if (typeof key === 'string' && FIELD_LABELS[key]) {
      const index = path[i + 1];
      return typeof index === 'number'
        ? `${FIELD_LABELS[key]} (mục ${index + 1})`
        : FIELD_LABELS[key];
    }
  }
  return 'Dữ liệu gửi lên';
}

/** One message for a failed parse: the first issue, with its field named, plus the path. */
export function describeIssues(error: z.ZodError): { message: string; field: string } {
  const issue = error.issues[0];
  const field = issue.path.map(String).join('.');
  return { message: `${fieldLabel(issue.path)}: ${issue.message}`, field };
}
