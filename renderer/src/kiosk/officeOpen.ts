/**
 * Whether the counters are serving at an instant, by the unit's office hours (Vietnam time), so a
 * ticket taken before opening, at lunch or after hours does not promise "sắp được mời". Days off of
 * the calendar (holidays) are not known here: only the weekdays and periods of the office hours.
 */
import { vnParts } from '../../../main/calendar/vn-time';
import type { OfficeHours } from '../../../main/calendar/types';

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * `open` during a period; `opensAt` with the next period's start later the same working day
 * (before opening, at lunch); `closed` after the last period or on a day that is not a working day.
 */
export function officeState(
  hours: OfficeHours,
  now: Date,
): { kind: 'open' } | { kind: 'opensAt'; time: string } | { kind: 'closed' } {
  const p = vnParts(now);
  if (!hours.weekdays.includes(p.weekday)) return { kind: 'closed' };
  const at = p.hour * 60 + p.minute;
  const periods = [...hours.periods].sort((a, b) => minutes(a.start) - minutes(b.start));
  if (periods.some((r) => minutes(r.start) <= at && at < minutes(r.end))) return { kind: 'open' };
  const next = periods.find((r) => minutes(r.start) > at);
  return next ? { kind: 'opensAt', time: next.start } : { kind: 'closed' };
}
