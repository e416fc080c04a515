/**
 * Strings of the officer's accept screen (i18n key `desk`): the due-date override and the A5 receipt (Form 01).
 * Mounted by deskMessages.ts. Vietnamese first, English second.
 */

export const deskAcceptVi = {
  override: {
    toggle: 'Điều chỉnh ngày hẹn trả',
    date: 'Ngày hẹn điều chỉnh',
    time: 'Giờ hẹn điều chỉnh',
    reason: 'Lý do điều chỉnh',
    reasonNeeded: 'Điều chỉnh ngày hẹn phải ghi lý do (ít nhất 5 ký tự).',
  },
  receiptA5: {
    open: 'In Mẫu 01 (A5)',
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5, hai liên)',
    print: 'In',
  },
};

export const deskAcceptEn: typeof deskAcceptVi = {
  override: {
    toggle: 'Change the due date',
    date: 'Changed due date',
    time: 'Changed due time',
    reason: 'Reason for the change',
    reasonNeeded: 'A changed due date needs a reason (at least 5 characters).',
  },
  receiptA5: {
    open: 'Print form 01 (A5)',
    title: 'Receipt and appointment slip (A5, two copies)',
    print: 'Print',
  },
};
