/** The working calendar's model. Node-free: the renderer shows and edits these. */
import type { TimeUnit } from '../catalog/types';

export type { TimeUnit };

export interface CalendarDay {
  /** YYYY-MM-DD in Vietnam (UTC+7). */
  date: string;
  /** `off`: a day off on a weekday; `work`: an extra working day on a weekend (make-up Saturday). */
  kind: 'off' | 'work';
  source: 'official' | 'provisional' | 'admin';
  note: string;
}

export interface DueDateRequest {
  /** The receipt instant. */
  from: Date;
  amount: number;
  unit: TimeUnit;
  /** HH:MM local: received after it → counted from the next working day. */
  cutoff?: string;
}

/** The due-date engine as the rest of the core sees it. */
export interface WorkingCalendar {
  /** The instant the result is due, in the unit's working time. */
  dueDate(request: DueDateRequest): Date;
  /** Whether a local date (YYYY-MM-DD) is a working day. */
  isWorkingDay(date: string): boolean;
}
