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
  received: {
    national: 2,
    label: 'Đã tiếp nhận',
    plain: 'Hồ sơ đã được tiếp nhận và đang chờ giải quyết.',
  },
  supplement_requested: {
    national: 5,
    label: 'Yêu cầu bổ sung',
    plain: 'Hồ sơ cần bổ sung giấy tờ. Vui lòng mang giấy tờ còn thiếu đến Bộ phận Một cửa.',
  },
  refused: {
    national: 3,
    label: 'Từ chối tiếp nhận',
    plain: 'Hồ sơ không được tiếp nhận. Lý do ghi trên phiếu từ chối.',
  },
  in_progress: { national: 4, label: 'Đang giải quyết', plain: 'Hồ sơ đang được giải quyết.' },
  handed_over: {
    national: 4,
    label: 'Đã chuyển xử lý',
    plain: 'Hồ sơ đang được cơ quan chuyên môn giải quyết.',
  },
  result_ready: {
    national: 9,
    label: 'Đã có kết quả',
    plain: 'Đã có kết quả. Mời ông/bà mang giấy hẹn và giấy tờ tùy thân đến nhận kết quả.',
  },
  returned: {
    national: 10,
    label: 'Đã trả kết quả',
    plain: 'Kết quả đã được trả cho người nộp hồ sơ.',
  },
  withdrawn: { national: 7, label: 'Đã rút hồ sơ', plain: 'Người nộp đã rút hồ sơ.' },
  stopped: { national: 8, label: 'Dừng xử lý', plain: 'Hồ sơ đã dừng xử lý.' },
};

export const DECLARATION_STATES: Record<DeclarationState, StateInfo> = {
  declared: {
    national: 1,
    label: 'Mới đăng ký',
    plain:
      'Tờ khai đã được ghi nhận. Mời ông/bà mang giấy tờ đến quầy để cán bộ kiểm tra và tiếp nhận.',
  },
  accepted: { national: 2, label: 'Đã tiếp nhận', plain: 'Tờ khai đã được tiếp nhận thành hồ sơ.' },
  supplement: {
    national: 5,
    label: 'Yêu cầu bổ sung',
    plain: 'Hồ sơ cần bổ sung giấy tờ trước khi được tiếp nhận.',
  },
  refused: { national: 3, label: 'Từ chối tiếp nhận', plain: 'Hồ sơ không được tiếp nhận.' },
};

/** The officer's operations on a dossier after it was received. */
export type DossierAction =
  | 'requestSupplement'
  | 'supplementReceived'
  | 'refuse'
  | 'handOver'
  | 'receiveBack'
  | 'markReady'
  | 'delay'
  | 'return'
  | 'withdraw'
  | 'stop';

const OPEN: readonly DossierState[] = ['received', 'in_progress', 'handed_over'];

/** The states each dossier operation may start from; anything else is a 409. */
export const ALLOWED_FROM: Record<DossierAction, readonly DossierState[]> = {
  requestSupplement: OPEN,
  supplementReceived: ['supplement_requested'],
  refuse: ['received', 'supplement_requested'],
  // A dossier may pass from one handling unit to the next; each hand-over is a line of the control sheet.
  handOver: OPEN,
  receiveBack: ['handed_over'],
  markReady: OPEN,
  delay: [...OPEN, 'supplement_requested'],
  return: ['result_ready'],
  withdraw: [...OPEN, 'supplement_requested'],
  stop: [...OPEN, 'supplement_requested'],
};

/** Where each operation leaves a dossier; `undefined` keeps the state (a delay) or restores it (a supplement). */
export const MOVES_TO: Record<DossierAction, DossierState | undefined> = {
  requestSupplement: 'supplement_requested',
  supplementReceived: undefined,
  refuse: 'refused',
  handOver: 'handed_over',
  receiveBack: 'in_progress',
  markReady: 'result_ready',
  delay: undefined,
  return: 'returned',
  withdraw: 'withdrawn',
  stop: 'stopped',
};

/** Operations that may act on a declaration not yet accepted, with the states they start from and lead to. */
export const DECLARATION_MOVES: Partial<
  Record<DossierAction, { from: readonly DeclarationState[]; to: DeclarationState }>
> = {
  requestSupplement: { from: ['declared'], to: 'supplement' },
  supplementReceived: { from: ['supplement'], to: 'declared' },
  refuse: { from: ['declared', 'supplement'], to: 'refused' },
};

/** The state a supplement pause returns to: the one it paused, so a handling unit's work goes on where it was. */
export function resumeState(pausedFrom: string | null): DossierState {
  return OPEN.find((s) => s === pausedFrom) ?? 'received';
}
