/**
 * Strings of the officer's return screen (i18n key `desk`): the result handed back with its fee, and the new date with an apology (Form 04).
 * Mounted by deskMessages.ts. Vietnamese first, English second.
 */

export const deskReturnVi = {
  delay: {
    title: 'Xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)',
    current: 'Ngày hẹn hiện tại: {{at}}',
    newDate: 'Ngày hẹn mới',
    newTime: 'Giờ hẹn mới',
    submit: 'Hẹn lại và in Mẫu 04',
  },
  giveBack: {
    title: 'Trả kết quả cho người dân',
    amount: 'Số tiền lệ phí (đồng)',
    amountHint: 'Số nguyên đồng, ví dụ 50000.',
    method: 'Hình thức thu',
    cash: 'Tiền mặt',
    transfer: 'Chuyển khoản',
    exempt: 'Miễn phí / miễn nộp',
    receipt: 'Số biên lai',
    transferReference: 'Mã giao dịch chuyển khoản',
    procedureFee: 'Lệ phí theo thủ tục: {{text}}',
    prepaid:
      'Lệ phí đã thu khi tiếp nhận: {{amount}} đồng, chuyển khoản (mã giao dịch {{reference}}). Không thu thêm khi trả kết quả.',
    submit: 'Trả kết quả',
  },
};

export const deskReturnEn: typeof deskReturnVi = {
  delay: {
    title: 'Apology and request to extend the processing time (Form 04)',
    current: 'Current due date: {{at}}',
    newDate: 'New date',
    newTime: 'New time',
    submit: 'Set the new date and print Form 04',
  },
  giveBack: {
    title: 'Return the result to the citizen',
    amount: 'Fee amount (đồng)',
    amountHint: 'Whole đồng, e.g. 50000.',
    method: 'Payment method',
    cash: 'Cash',
    transfer: 'Bank transfer',
    exempt: 'Free / exempt',
    receipt: 'Receipt number',
    transferReference: 'Bank transfer reference',
    procedureFee: "Procedure's fee: {{text}}",
    prepaid:
      'Fee already collected at acceptance: {{amount}} đồng by transfer (reference {{reference}}). Nothing more to collect at hand-over.',
    submit: 'Return the result',
  },
};
