/**
 * Moving a due date after the fact: a pause while the citizen brings missing papers, and an
 * extension (Mẫu 04). Both are pure functions over a WorkingTime, like the engine.
 *
 * Pause design: the time that remained at the pause, measured in the period's own unit, is
 * counted again from the instant the papers arrive, with the same receipt rules as a new dossier.
 * - working_day: remaining = working days after the pause's effective day up to the due day; the
 *   pause day itself counts as used (the office worked on the dossier that day).
 * - calendar_day: remaining = calendar days from the pause's effective day to the due day.
 * - working_hour: remaining = office time between the pause and the due instant.
 * - same_day: nothing remains but the rest of a day: due at the close of the resume day.
 * A pause and a resume on the same effective day leave the due date unchanged. A pause at or after
 * the due instant changes nothing: the dossier was already late, and a pause cannot hide it.
 */
import { badInput } from '../core/errors';
import { computeDueDate, effectiveDay, officeMinutesBetween } from './due-date';
import { instantOf, localDay } from './day-number';
import { formatVnDateTime } from './vn-time';
import type { TimeUnit, WorkingTime } from './types';

export interface PauseRequest {
  /** The due instant in force when the pause started. */
  dueAt: Date;
  pausedAt: Date;
  resumedAt: Date;
  unit: TimeUnit;
  /** The procedure's cut-off (HH:MM), applied to the arrival of the papers as to a receipt. */
  cutoff?: string;
}

/** Working days d with from < d ≤ to. */
function workingDaysAfter(wt: WorkingTime, from: number, to: number): number {
  let n = 0;
  for (let d = from + 1; d <= to; d += 1) if (wt.isWorkingDayNumber(d)) n += 1;
  return n;
}

/** The due date once the papers asked for have arrived: the time left at the pause, counted from the arrival. */
export function resumeDueDate(wt: WorkingTime, request: PauseRequest): Date {
  const { dueAt, pausedAt, resumedAt, unit, cutoff } = request;
  if (resumedAt.getTime() < pausedAt.getTime())
    throw badInput('Thời điểm nhận đủ hồ sơ bổ sung không được trước thời điểm tạm dừng');
  if (pausedAt.getTime() >= dueAt.getTime()) return dueAt;
  const pauseDay = effectiveDay(wt, pausedAt);
  const dueDay = localDay(dueAt);
  let amount: number;
  switch (unit) {
    case 'working_day':
      amount = workingDaysAfter(wt, pauseDay, dueDay);
      break;
    case 'calendar_day':
      amount = Math.max(0, dueDay - pauseDay);
      break;
    case 'working_hour':
      amount = officeMinutesBetween(wt, pausedAt, dueAt) / 60;
      break;
    case 'same_day':
      amount = 0;
      break;
  }
  if (amount <= 0)
    return computeDueDate(wt, { from: resumedAt, amount: 0, unit: 'same_day', cutoff });
  return computeDueDate(wt, { from: resumedAt, amount, unit, cutoff });
}

export interface Extension {
  /** The due date first promised; it stays on the dossier and in the statistics. */
  originalDueAt: Date;
  dueAt: Date;
}

/** An extension counted on from the due date in force: the new date, keeping the original. */
export function extendDueDate(
  wt: WorkingTime,
  original: Date,
  extra: { amount: number; unit: TimeUnit },
): Extension {
  if (!(extra.amount > 0)) throw badInput('Thời gian gia hạn phải lớn hơn 0');
  return {
    originalDueAt: original,
    dueAt: computeDueDate(wt, { from: original, amount: extra.amount, unit: extra.unit }),
  };
}

/**
 * Checks a new due date an officer chose for Mẫu 04: it must be later than the date in force and
 * fall on a working day within office hours; returns it with the original kept.
 */
export function checkNewDueDate(wt: WorkingTime, original: Date, newDueAt: Date): Extension {
  if (newDueAt.getTime() <= original.getTime())
    throw badInput(`Ngày hẹn mới phải sau ngày hẹn cũ (${formatVnDateTime(original)})`, 'newDueAt');
  const day = localDay(newDueAt);
  if (!wt.isWorkingDayNumber(day)) throw badInput('Ngày hẹn mới phải là ngày làm việc', 'newDueAt');
  const minute = (newDueAt.getTime() - instantOf(day, 0).getTime()) / 60_000;
  if (!wt.schedule.periods.some((p) => minute >= p.start && minute <= p.end))
    throw badInput('Ngày hẹn mới phải trong giờ làm việc', 'newDueAt');
  return { originalDueAt: original, dueAt: newDueAt };
}
