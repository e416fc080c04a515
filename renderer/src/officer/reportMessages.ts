/**
 * Strings of the registers (i18n key `reports`): Mẫu 07 as PDF on the log book screen and the
 * periodic report on the statistics screen. Vietnamese first, English second.
 */
export const reportsVi = {
  logbookPdf: 'Mẫu 07 (PDF, A4 ngang)',
  logbookPdfTitle: 'Sổ theo dõi hồ sơ — Mẫu 07',
  periodic: {
    title: 'Báo cáo tình hình giải quyết hồ sơ thủ tục hành chính',
    no: 'STT',
    indicator: 'Chỉ tiêu',
    count: 'Số hồ sơ',
    excel: 'Xuất Excel',
    pdf: 'Xuất PDF (A4)',
    downloaded: 'Đã tải tệp {{name}}.',
    balance:
      'Kỳ trước chuyển sang + mới tiếp nhận = đã giải quyết + đang giải quyết + rút + dừng xử lý: {{left}} = {{right}}',
    line: {
      l1: 'Số hồ sơ kỳ trước chuyển sang',
      l2: 'Số hồ sơ mới tiếp nhận',
      l2_1: 'Trực tiếp',
      l2_2: 'Trực tuyến',
      l2_3: 'Qua dịch vụ bưu chính công ích',
      l3: 'Số hồ sơ đã giải quyết',
      l3_1: 'Trước hạn',
      l3_2: 'Đúng hạn',
      l3_3: 'Quá hạn',
      l4: 'Số hồ sơ đang giải quyết',
      l4_1: 'Trong hạn',
      l4_2: 'Quá hạn',
      l5: 'Số hồ sơ rút',
      l6: 'Số hồ sơ dừng xử lý',
    },
  },
};

export const reportsEn: typeof reportsVi = {
  logbookPdf: 'Form 07 (PDF, A4 landscape)',
  logbookPdfTitle: 'Log book — Form 07',
  periodic: {
    title: 'Report on the handling of administrative procedure dossiers',
    no: 'No.',
    indicator: 'Indicator',
    count: 'Dossiers',
    excel: 'Export to Excel',
    pdf: 'Export PDF (A4)',
    downloaded: 'Downloaded {{name}}.',
    balance:
      'Carried over + newly received = resolved + in progress + withdrawn + stopped: {{left}} = {{right}}',
    line: {
      l1: 'Carried over from the previous period',
      l2: 'Newly received',
      l2_1: 'In person',
      l2_2: 'Online',
      l2_3: 'By public post',
      l3: 'Resolved',
      l3_1: 'Early',
      l3_2: 'On time',
      l3_3: 'Late',
      l4: 'In progress',
      l4_1: 'Within time',
      l4_2: 'Overdue',
      l5: 'Withdrawn',
      l6: 'Stopped',
    },
  },
};
