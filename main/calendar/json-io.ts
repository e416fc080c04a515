/** A year of the calendar as JSON, the project's own exchange format between units. */
import { z } from 'zod';
import { badInput } from '../core/errors';
import type { CalendarDay } from './types';

export const CALENDAR_JSON_FORMAT = 'motcua-calendar';

const daySchema = z.object({
  date: z.string().max(10),
  kind: z.enum(['off', 'work']),
  source: z.enum(['official', 'provisional', 'admin']).default('admin'),
  note: z.string().max(800).default(''),
});

const fileSchema = z.object({
  format: z.literal(CALENDAR_JSON_FORMAT).optional(),
  version: z.literal(1).optional(),
  year: z.number().int(),
  days: z.array(daySchema).max(366),
});

/** Writes a year's days as pretty JSON. */
export function toCalendarJson(year: number, days: readonly CalendarDay[]): string {
  return `${JSON.stringify({ format: CALENDAR_JSON_FORMAT, version: 1, year, days }, null, 2)}\n`;
}

/** Reads a year's days from our JSON; the file's year must be the year being imported. */
export function parseCalendarJson(content: string, year: number): CalendarDay[] {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    throw badInput('Nội dung tệp: không phải JSON hợp lệ', 'content');
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(`Nội dung tệp: mục "${issue.path.join('.')}" ${issue.message}`, 'content');
  }
  if (parsed.data.year !== year)
    throw badInput(
      `Nội dung tệp là lịch năm ${parsed.data.year}, không phải năm ${year}`,
      'content',
    );
  return parsed.data.days;
}
