/** The calendar's operations: the public due-date calculator and the admin's year editor. Node-free. */
import { z } from 'zod';
import { spec } from '../core/types';
import { isoDate, isoInstant, optionalText } from '../core/fields';
import type { CalendarExport, YearCalendar } from './types';

/** Longest period in days we accept (two years), and in working hours. */
export const MAX_DAY_AMOUNT = 730;
export const MAX_HOUR_AMOUNT = 2000;
const DAY_UNITS = new Set(['working_day', 'calendar_day']);

const timeUnit = z.enum(['working_day', 'calendar_day', 'working_hour', 'same_day']);
const year = z
  .number()
  .int({ error: 'phải là số nguyên' })
  .min(1990, { error: 'phải từ 1990 đến 2100' })
  .max(2100, { error: 'phải từ 1990 đến 2100' });
const format = z.enum(['json', 'ical']);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/u, {
  error: 'phải là giờ có thật dạng HH:MM, từ 00:00 đến 23:59',
});

const dueDateInput = z
  .object({
    from: isoInstant,
    amount: z
      .number()
      .min(0, { error: 'không được âm' })
      .max(MAX_HOUR_AMOUNT, {
        error: `quá lớn (tối đa ${MAX_DAY_AMOUNT} ngày hoặc ${MAX_HOUR_AMOUNT} giờ)`,
      }),
    unit: timeUnit,
    cutoff: hhmm.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = amountProblem(v.amount, v.unit);
    if (problem) ctx.addIssue({ code: 'custom', path: ['amount'], message: problem });
  });

/** What is wrong with an amount for its unit, in Vietnamese, or null. */
function amountProblem(amount: number, unit: z.infer<typeof timeUnit>): string | null {
  if (DAY_UNITS.has(unit)) {
    if (!Number.isInteger(amount)) return 'phải là số nguyên ngày';
    if (amount < 1) return 'phải từ 1 ngày trở lên';
    if (amount > MAX_DAY_AMOUNT) return `không được quá ${MAX_DAY_AMOUNT} ngày`;
  } else if (unit === 'working_hour') {
    if (amount <= 0) return 'phải lớn hơn 0 giờ';
  } else if (amount !== 0 && amount !== 1) {
    return 'với đơn vị "trong ngày" chỉ được là 0 (hoặc 1)';
  }
  return null;
}

const dayEdit = z
  .object({
    date: isoDate,
    kind: z.enum(['off', 'work', 'normal']),
    note: optionalText(200).optional(),
  })
  .strict();

export const calendarContract = {
  'calendar.dueDate': spec<{ dueAt: string }>()({
    role: 'kiosk',
    input: dueDateInput,
    doc: 'Ngày hẹn trả kết quả tính từ thời điểm tiếp nhận theo lịch làm việc của đơn vị (ngày làm việc, ngày, giờ làm việc, trong ngày; giờ chốt).',
  }),
  'calendar.days': spec<YearCalendar>()({
    role: 'kiosk',
    input: z.object({ year }).strict(),
    doc: 'Ngày nghỉ và ngày làm việc bù của một năm, mỗi ngày ghi rõ chính thức hay dự kiến; lịch nghỉ là thông tin công khai.',
  }),
  'calendar.setDays': spec<YearCalendar>()({
    role: 'admin',
    input: z.object({ year, days: z.array(dayEdit).min(1).max(366) }).strict(),
    doc: 'Quản trị sửa từng ngày của một năm: nghỉ, làm việc bù, hoặc trở lại ngày thường; ngày sửa được ghi nguồn "admin".',
  }),
  'calendar.confirmYear': spec<YearCalendar>()({
    role: 'admin',
    input: z.object({ year }).strict(),
    doc: 'Quản trị xác nhận các ngày dự kiến (sinh theo Bộ luật Lao động) của một năm sau khi Chính phủ công bố lịch nghỉ.',
  }),
  'calendar.export': spec<CalendarExport>()({
    role: 'admin',
    input: z.object({ year, format }).strict(),
    doc: 'Xuất lịch một năm ra JSON hoặc iCalendar để lưu, chuyển sang đơn vị khác hoặc xem trong ứng dụng lịch.',
  }),
  'calendar.import': spec<YearCalendar & { imported: number; skipped: number }>()({
    role: 'admin',
    input: z.object({ year, format, content: z.string().min(1).max(1_000_000) }).strict(),
    doc: 'Nhập lịch một năm từ JSON hoặc iCalendar, thay toàn bộ ngày đã lưu của năm đó.',
  }),
};
