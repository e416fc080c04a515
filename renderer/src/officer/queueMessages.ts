/**
 * Strings of the officer's queue and counter (i18n key `desk`): the lists awaiting papers, calling, skipping, transferring and pausing.
 * Mounted by deskMessages.ts. Vietnamese first, English second.
 */

export const deskQueueVi = {
  queue: {
    supplements: 'Chờ bổ sung',
    declarationsAwaitingPapers: 'Tờ khai chờ bổ sung giấy tờ',
    of: '{{shown}} / {{total}}',
  },
  call: {
    title: 'Gọi số',
    counter: 'Quầy',
    chooseCounter: 'Chọn quầy của bạn',
    callNext: 'Gọi số tiếp theo',
    calling: 'Đang gọi…',
    serving: 'Đang phục vụ số',
    nobody: 'Không còn ai chờ.',
    waiting: 'Còn chờ: {{count}}',
    change: 'Đổi quầy',
    noCounters: 'Chưa cấu hình quầy (Quản trị → Quầy).',
    recall: 'Gọi lại',
    skip: 'Vắng mặt (bỏ qua)',
    openDeclaration: 'Mở tờ khai {{code}}',
    transferTo: 'Chuyển sang',
    transfer: 'Chuyển quầy',
    transferred: 'Đã chuyển số {{ticket}} sang {{to}}, giữ nguyên thứ tự.',
    paused: 'tạm dừng',
    pausedBecause: 'Quầy đang tạm dừng: {{reason}}',
    resume: 'Tiếp tục nhận',
    pauseReason: 'Lý do tạm dừng',
    pause: 'Tạm dừng quầy',
    skippedList: 'Số vắng mặt, gọi lại:',
    recallTicket: 'Gọi lại số {{ticket}}',
    priority: 'Số ưu tiên',
  },
};

export const deskQueueEn: typeof deskQueueVi = {
  queue: {
    supplements: 'Awaiting papers',
    declarationsAwaitingPapers: 'Declarations awaiting papers',
    of: '{{shown}} / {{total}}',
  },
  call: {
    title: 'Call',
    counter: 'Counter',
    chooseCounter: 'Choose your counter',
    callNext: 'Call the next number',
    calling: 'Calling…',
    serving: 'Now serving',
    nobody: 'Nobody is waiting.',
    waiting: 'Waiting: {{count}}',
    change: 'Change counter',
    noCounters: 'No counters configured (Administration → Counters).',
    recall: 'Call again',
    skip: 'No-show (skip)',
    openDeclaration: 'Open declaration {{code}}',
    transferTo: 'Transfer to',
    transfer: 'Transfer',
    transferred: 'Number {{ticket}} moved to {{to}}, keeping its place.',
    paused: 'paused',
    pausedBecause: 'Counter paused: {{reason}}',
    resume: 'Resume',
    pauseReason: 'Reason for the pause',
    pause: 'Pause counter',
    skippedList: 'No-shows, call again:',
    recallTicket: 'Call number {{ticket}} again',
    priority: 'Priority number',
  },
};
