/** The default period of the log book and the statistics: the current month up to today, in Vietnam. */
import { vnDate } from '../../../main/calendar/vn-time';

/** Today (YYYY-MM-DD, Vietnam) and the first day of its month. */
export function thisMonth(now: Date = new Date()): { from: string; to: string } {
  const local = vnDate(now);
  return { from: `${local.slice(0, 8)}01`, to: local };
}
