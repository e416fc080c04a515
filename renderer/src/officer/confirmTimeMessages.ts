/** Strings of the accept screen's time confirmation (i18n key `confirmTime`). Vietnamese first, English second. */
export const confirmTimeVi = {
  title: 'Xác nhận thời hạn giải quyết',
  intro:
    'Danh mục không ghi rõ thời hạn của thủ tục này. Cán bộ nhập thời hạn theo quy định; ngày hẹn và giấy tiếp nhận tính theo thời hạn này.',
  source: 'Nguồn ghi',
  amount: 'Số ngày',
  unit: 'Đơn vị',
  workingDay: 'ngày làm việc',
  calendarDay: 'ngày (theo lịch)',
  sameDay: 'Trong ngày',
  cutoff: 'Nhận sau giờ này thì trả ngày làm việc tiếp theo (không bắt buộc)',
  pending: 'Chưa có ngày hẹn: nhập thời hạn ở trên.',
};

export const confirmTimeEn: typeof confirmTimeVi = {
  title: 'Confirm the processing time',
  intro:
    'The catalog does not state this procedure’s time clearly. Enter the statutory time; the due date and the receipt use it.',
  source: 'Source says',
  amount: 'Number of days',
  unit: 'Unit',
  workingDay: 'working days',
  calendarDay: 'days (calendar)',
  sameDay: 'Same day',
  cutoff: 'Received after this time → next working day (optional)',
  pending: 'No due date yet: enter the time above.',
};
