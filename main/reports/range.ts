/** A report's period: local days (inclusive) or instants, as a half-open UTC range the indexes read. */
import { badInput } from '../core/errors';
import { toVnIso } from '../calendar/vn-time';

export interface Period {
  /** ISO-8601 UTC, as stored: start inclusive, end exclusive. */
  start: string;
  end: string;
  /** The period as the answer shows it (+07:00). */
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
const MAX_DAYS = 366;

/** Parses a bound; a day `to` means the end of that day in Vietnam. */
function instant(bound: string, endOfDay: boolean): Date {
  if (!DAY.test(bound)) return new Date(bound);
  const start = new Date(`${bound}T00:00:00+07:00`);
  return endOfDay ? new Date(start.getTime() + 86_400_000) : start;
}

/** Checks and converts a period; at most 366 days, so one request cannot read the whole archive. */
export function toPeriod(from: string, to: string): Period {
  const a = instant(from, false);
  const b = instant(to, true);
  if (b.getTime() <= a.getTime())
    throw badInput('Thời điểm kết thúc: phải sau thời điểm bắt đầu.', 'to');
  if (b.getTime() - a.getTime() > MAX_DAYS * 86_400_000)
    throw badInput(`Khoảng thời gian: không được dài quá ${MAX_DAYS} ngày.`, 'to');
  return { start: a.toISOString(), end: b.toISOString(), from: toVnIso(a), to: toVnIso(b) };
}
