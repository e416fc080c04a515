/**
 * Strings shared by the officer's dossier screens (i18n key `desk`): sections, state and action names, the dossier view and its history, the shared buttons and reason forms, the printed notices' titles.
 * Mounted by deskMessages.ts. Vietnamese first, English second.
 */
import { DECLARATION_STATES, DOSSIER_STATES } from '../../../main/dossiers/lifecycle';

/** Each state's officer label, by state. */
function labelsOf<T extends Record<string, { label: string }>>(
  states: T,
): { [K in keyof T]: string } {
  return Object.fromEntries(Object.entries(states).map(([k, v]) => [k, v.label])) as {
    [K in keyof T]: string;
  };
}

export const deskCommonVi = {
  nav: {
    label: 'Chức năng',
    work: 'Tiếp nhận',
    logbook: 'Sổ theo dõi',
    stats: 'Thống kê',
  },
  // The Vietnamese state labels are the lifecycle's own (one source for the core and the screens).
  status: { ...labelsOf(DOSSIER_STATES), ...labelsOf(DECLARATION_STATES) },
  action: {
    accept: 'Tiếp nhận',
    requestSupplement: 'Yêu cầu bổ sung',
    supplementReceived: 'Đã nhận giấy tờ bổ sung',
    refuse: 'Từ chối tiếp nhận',
    handOver: 'Chuyển xử lý',
    receiveBack: 'Nhận lại hồ sơ',
    markReady: 'Đã có kết quả',
    delay: 'Hẹn lại ngày trả',
    return: 'Trả kết quả',
    withdraw: 'Rút hồ sơ',
    stop: 'Dừng xử lý',
  },
  actionsTitle: 'Xử lý hồ sơ',
  // The steps that need no input ask once: a slip of the finger must not tell a citizen
  // (by SMS or Zalo, where the unit sends them) that a result is ready when it is not.
  confirmStep: {
    markReady:
      'Xác nhận hồ sơ đã có kết quả? Người dân sẽ được báo đến nhận (tin nhắn, nếu đơn vị bật thông báo).',
    receiveBack: 'Xác nhận đã nhận lại hồ sơ từ đơn vị xử lý?',
  },
  noActions: 'Hồ sơ đã kết thúc; không còn thao tác nào.',
  originalDueAt: 'Hẹn ban đầu',
  pausedAt: 'Tạm dừng từ',
  handlingUnit: 'Đơn vị đang xử lý',
  missingTitle: 'Giấy tờ yêu cầu bổ sung',
  note: 'Ghi chú / lý do',
  fee: 'Lệ phí đã thu',
  historyTitle: 'Quá trình xử lý',
  historyAt: 'Thời điểm',
  historyActor: 'Người thực hiện',
  historyAction: 'Thao tác',
  historyChange: 'Trạng thái',
  auditTitle: 'Nhật ký truy cập và thay đổi',
  auditLoad: 'Xem nhật ký',
  handoversTitle: 'Phiếu kiểm soát quá trình giải quyết',
  handoverSent: 'Chuyển lúc',
  handoverTo: 'Đến đơn vị',
  handoverBack: 'Nhận lại lúc',
  timing: { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' },
  close: 'Đóng hồ sơ này',
  cancel: 'Hủy',
  confirm: 'Xác nhận',
  working: 'Đang thực hiện…',
  done: 'Đã thực hiện: {{action}}. Trạng thái mới: {{status}}.',
  reason: 'Lý do',
  reasonHint: 'Ghi rõ để người dân hiểu (ít nhất 5 ký tự).',
  withdraw: { title: 'Người nộp rút hồ sơ', submit: 'Xác nhận rút hồ sơ' },
  stop: { title: 'Dừng xử lý hồ sơ', submit: 'Xác nhận dừng xử lý' },
  handOver: {
    title: 'Chuyển hồ sơ cho đơn vị giải quyết',
    toUnit: 'Đơn vị nhận',
    receiver: 'Người nhận',
    submit: 'Chuyển xử lý',
  },
  print: {
    form02: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    form03: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    form04: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
    form01: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    notice: 'Phiếu đã in',
  },
};

export const deskCommonEn: typeof deskCommonVi = {
  nav: { label: 'Sections', work: 'Reception', logbook: 'Log book', stats: 'Statistics' },
  status: {
    received: 'Received',
    supplement_requested: 'Supplement requested',
    refused: 'Refused',
    in_progress: 'In progress',
    handed_over: 'Handed over',
    result_ready: 'Result ready',
    returned: 'Result returned',
    withdrawn: 'Withdrawn',
    stopped: 'Stopped',
    declared: 'Declared',
    accepted: 'Accepted',
    supplement: 'Supplement requested',
  },
  action: {
    accept: 'Accept',
    requestSupplement: 'Request a supplement',
    supplementReceived: 'Supplement received',
    refuse: 'Refuse',
    handOver: 'Hand over',
    receiveBack: 'Receive back',
    markReady: 'Result ready',
    delay: 'New date',
    return: 'Return the result',
    withdraw: 'Withdraw',
    stop: 'Stop',
  },
  actionsTitle: 'Actions',
  confirmStep: {
    markReady:
      'Confirm the result is ready? The citizen will be told to collect it (by message, if the unit sends them).',
    receiveBack: 'Confirm the dossier came back from the handling unit?',
  },
  noActions: 'This dossier is closed; no action is left.',
  originalDueAt: 'First promised',
  pausedAt: 'Paused since',
  handlingUnit: 'Handling unit',
  missingTitle: 'Papers requested',
  note: 'Note / reason',
  fee: 'Fee collected',
  historyTitle: 'History',
  historyAt: 'When',
  historyActor: 'By',
  historyAction: 'Action',
  historyChange: 'Status',
  auditTitle: 'Access and change log',
  auditLoad: 'Show the log',
  handoversTitle: 'Control sheet',
  handoverSent: 'Sent',
  handoverTo: 'To unit',
  handoverBack: 'Back',
  timing: { early: 'Early', on_time: 'On time', late: 'Late' },
  close: 'Close this dossier',
  cancel: 'Cancel',
  confirm: 'Confirm',
  working: 'Working…',
  done: 'Done: {{action}}. New status: {{status}}.',
  reason: 'Reason',
  reasonHint: 'Write it so the citizen understands (at least 5 characters).',
  withdraw: { title: 'The citizen withdraws the dossier', submit: 'Confirm the withdrawal' },
  stop: { title: 'Stop handling the dossier', submit: 'Confirm the stop' },
  handOver: {
    title: 'Hand the dossier to the handling unit',
    toUnit: 'Receiving unit',
    receiver: 'Receiver',
    submit: 'Hand over',
  },
  print: {
    form02: 'Request for missing papers',
    form03: 'Refusal notice',
    form04: 'Apology and request to extend the processing time',
    form01: 'Receipt and appointment slip',
    notice: 'Printed notice',
  },
};
