/**
 * A dossier's life: its states, their national status codes (DOMAIN.md "Codes"), the words a
 * citizen reads at the kiosk, and which operation may move it from where. Node-free.
 */

export type DossierState =
  | 'received'
  | 'supplement_requested'
  | 'refused'
  | 'in_progress'
  | 'handed_over'
  | 'result_ready'
  | 'returned'
  | 'withdrawn'
  | 'stopped';

export type DeclarationState = 'declared' | 'accepted' | 'supplement' | 'refused';

interface StateInfo {
  /** The national portal's status code (1–10). */
  national: number;
  /** Short label for officers. */
  label: string;
  /** What it means for the citizen, in plain words. */
  plain: string;
}

export const DOSSIER_STATES: Record<DossierState, StateInfo> = {
  received: { national: 2, label: 'Đã tiếp nhận', plain: 'Hồ sơ đã được tiếp nhận và đang chờ giải quyết.' },
  supplement_requested: {
    national: 5,
    label: 'Yêu cầu bổ sung',
    plain: 'Hồ sơ cần bổ sung giấy tờ. Vui lòng mang giấy tờ còn thiếu đến Bộ phận Một cửa.',
  },
  refused: { national: 3, label: 'Từ chối tiếp nhận', plain: 'Hồ sơ không được tiếp nhận. Lý do ghi trên phiếu từ chối.' },
  in_progress: { national: 4, label: 'Đang giải quyết', plain: 'Hồ sơ đang được giải quyết.' },
  handed_over: { national: 4, label: 'Đã chuyển xử lý', plain: 'Hồ sơ đang được cơ quan chuyên môn giải quyết.' },
  result_ready: {
    national: 9,
    label: 'Đã có kết quả',
    plain: 'Đã có kết quả. Mời ông/bà mang giấy hẹn và giấy tờ tùy thân đến nhận kết quả.',
  },
  returned: { national: 10, label: 'Đã trả kết quả', plain: 'Kết quả đã được trả cho người nộp hồ sơ.' },
  withdrawn: { national: 7, label: 'Đã rút hồ sơ', plain: 'Người nộp đã rút hồ sơ.' },
  stopped: { national: 8, label: 'Dừng xử lý', plain: 'Hồ sơ đã dừng xử lý.' },
};

export const DECLARATION_STATES: Record<DeclarationState, StateInfo> = {
  declared: {
    national: 1,
    label: 'Mới đăng ký',
    plain: 'Tờ khai đã được ghi nhận. Mời ông/bà mang giấy tờ đến quầy để cán bộ kiểm tra và tiếp nhận.',
  },
  accepted: { national: 2, label: 'Đã tiếp nhận', plain: 'Tờ khai đã được tiếp nhận thành hồ sơ.' },
  supplement: {
    national: 5,
    label: 'Yêu cầu bổ sung',
    plain: 'Hồ sơ cần bổ sung giấy tờ trước khi được tiếp nhận.',
  },
  refused: { national: 3, label: 'Từ chối tiếp nhận', plain: 'Hồ sơ không được tiếp nhận.' },
};

/** The states each dossier operation may start from; anything else is a 409. */
export const ALLOWED_FROM: Record<string, readonly DossierState[]> = {
  requestSupplement: ['received', 'in_progress', 'handed_over'],
  supplementReceived: ['supplement_requested'],
  refuse: ['received', 'supplement_requested'],
  handOver: ['received', 'in_progress'],
  receiveBack: ['handed_over'],
  markReady: ['received', 'in_progress', 'handed_over'],
  delay: ['received', 'in_progress', 'handed_over', 'supplement_requested'],
  return: ['result_ready'],
  withdraw: ['received', 'in_progress', 'handed_over', 'supplement_requested'],
  stop: ['received', 'in_progress', 'handed_over', 'supplement_requested'],
};

/** Whether an operation may act on a dossier in the given state. */
export function mayTransition(operation: string, from: DossierState): boolean {
  return ALLOWED_FROM[operation]?.includes(from) ?? false;
}
