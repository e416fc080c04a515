/**
 * An officer's own due date at acceptance: only on office time (a working day, within office
 * hours), after the receipt, at most the unit's bound of working days after the statutory date
 * (an admin may go further), always with a reason. The statutory date stays on the dossier.
 */
import { badInput } from '../core/errors';
import type { Caller } from '../core/types';
import type { WorkingTime } from '../calendar/types';
import { closeAfterWorkingDays, isOfficeTime, nextOfficeTime } from '../calendar/office-time';
import { formatVnDateTime } from '../calendar/vn-time';

export interface OverrideRequest {
  dueAtOverride?: string;
  overrideReason?: string;
}

/** The due date in force: the statutory one, or the officer's checked choice. */
export function chooseDueDate(
  wt: WorkingTime,
  input: OverrideRequest,
  statutory: Date,
  ctx: { now: Date; caller: Caller; maxDays: number },
): Date {
  if (!input.dueAtOverride) return statutory;
  if (!input.overrideReason || input.overrideReason.length < 5)
    throw badInput('Lý do điều chỉnh ngày hẹn: phải có ít nhất 5 ký tự.', 'overrideReason');
  const override = new Date(input.dueAtOverride);
  if (override.getTime() <= ctx.now.getTime())
    throw badInput('Ngày hẹn trả điều chỉnh: phải sau thời điểm tiếp nhận.', 'dueAtOverride');
  if (!isOfficeTime(wt, override))
    throw badInput(
      `Ngày hẹn trả điều chỉnh: phải là ngày làm việc, trong giờ làm việc; thời điểm gần nhất được phép là ${formatVnDateTime(nextOfficeTime(wt, override))}.`,
      'dueAtOverride',
    );
  const limit = closeAfterWorkingDays(wt, statutory, ctx.maxDays);
  if (ctx.caller.role !== 'admin' && override.getTime() > limit.getTime())
    throw badInput(
      `Ngày hẹn trả điều chỉnh: không được quá ${ctx.maxDays} ngày làm việc sau ngày hẹn theo quy định (muộn nhất ${formatVnDateTime(limit)}); quá hạn này cần quản trị viên.`,
      'dueAtOverride',
    );
  return override;
}
