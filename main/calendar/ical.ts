/**
 * A year of the calendar as iCalendar (RFC 5545): one all-day VEVENT per explicit day, so that
 * any calendar program shows the unit's days off and make-up Saturdays. Our own properties
 * (X-MOTCUA-KIND, X-MOTCUA-SOURCE) make the round trip exact; a foreign holiday calendar imports
 * as days off. Written by hand: the format needed is small and no iCalendar package is installed.
 */
import { badInput } from '../core/errors';
import { dateOf, dayNumber, isRealDate } from './day-number';
import type { CalendarDay } from './types';

const CRLF = '\r\n';
const DEFAULT_SUMMARY = { off: 'Ngày nghỉ', work: 'Ngày làm việc bù' } as const;
const SOURCES = new Set(['official', 'provisional', 'admin']);

/** Escapes a TEXT value. */
function escapeText(s: string): string {
  return s
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r?\n/gu, '\\n');
}

/** Unescapes a TEXT value. */
function unescapeText(s: string): string {
  return s.replace(/\\([\\;,nN])/gu, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets without splitting a UTF-8 sequence. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compact = (date: string) => date.replaceAll('-', '');
const stamp = (now: Date) => `${now.toISOString().replace(/[-:]/gu, '').slice(0, 15)}Z`;

/** Writes a year's days as an iCalendar text (CRLF line ends, folded lines). */
export function toICalendar(year: number, days: readonly CalendarDay[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mot cua//Lich lam viec//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Lịch làm việc năm ${year}`)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
  ];
  for (const d of days) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.date}-${d.kind}@motcua`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compact(d.date)}`,
      `DTEND;VALUE=DATE:${compact(dateOf(dayNumber(d.date) + 1))}`,
      `SUMMARY:${escapeText(d.note || DEFAULT_SUMMARY[d.kind])}`,
      `CATEGORIES:${escapeText(DEFAULT_SUMMARY[d.kind])}`,
      'TRANSP:TRANSPARENT',
      `X-MOTCUA-KIND:${d.kind}`,
      `X-MOTCUA-SOURCE:${d.source}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}

interface Property {
  name: string;
  params: string;
  value: string;
}

/** Splits "NAME;PARAM=…:VALUE" at the first colon outside quotes. */
function parseLine(line: string): Property {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      const head = line.slice(0, i);
      const semi = head.indexOf(';');
      return {
        name: (semi < 0 ? head : head.slice(0, semi)).toUpperCase(),
        params: semi < 0 ? '' : head.slice(semi + 1).toUpperCase(),
        value: line.slice(i + 1),
      };
    }
  }
  return { name: line.toUpperCase(), params: '', value: '' };
}

/** The events of an iCalendar text, each as its properties by name. */
function events(content: string): Map<string, Property>[] {
  const lines = content
    .replace(/\r\n?/gu, '\n')
    .replace(/\n[ \t]/gu, '')
    .split('\n');
  if (!lines.some((l) => l.trim().toUpperCase() === 'BEGIN:VCALENDAR'))
    throw badInput('Nội dung tệp: không phải tệp iCalendar (thiếu BEGIN:VCALENDAR)', 'content');
  const out: Map<string, Property>[] = [];
  let current: Map<string, Property> | null = null;
  for (const raw of lines) {
    const p = parseLine(raw.trim());
    if (p.name === 'BEGIN' && p.value.toUpperCase() === 'VEVENT') current = new Map();
    else if (p.name === 'END' && p.value.toUpperCase() === 'VEVENT' && current) {
      out.push(current);
      current = null;
    } else if (current && !current.has(p.name)) current.set(p.name, p);
  }
  return out;
}

/** The local date of a DATE value, refusing date-times: the calendar holds whole days only. */
function dateValue(p: Property | undefined, what: string): string | undefined {
  if (!p) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})$/u.exec(p.value.trim());
  if (!m)
    throw badInput(
      `Nội dung tệp: ${what} "${p.value}" không phải một ngày (chỉ nhận sự kiện cả ngày)`,
      'content',
    );
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isRealDate(date))
    throw badInput(`Nội dung tệp: ${what} "${p.value}" không phải ngày có thật`, 'content');
  return date;
}

/** The days one event covers: DTSTART up to DTEND (exclusive) or DURATION in days or weeks. */
function eventDays(ev: Map<string, Property>): number[] {
  if (ev.has('RRULE'))
    throw badInput(
      'Nội dung tệp: không hỗ trợ sự kiện lặp lại (RRULE); hãy xuất từng ngày',
      'content',
    );
  const start = dateValue(ev.get('DTSTART'), 'DTSTART');
  if (!start) throw badInput('Nội dung tệp: có sự kiện thiếu DTSTART', 'content');
  const first = dayNumber(start);
  const end = dateValue(ev.get('DTEND'), 'DTEND');
  const duration = /^P(\d+)([DW])$/u.exec(ev.get('DURATION')?.value.trim() ?? '');
  let last = first;
  if (end) last = dayNumber(end) - 1;
  else if (duration) last = first + Number(duration[1]) * (duration[2] === 'W' ? 7 : 1) - 1;
  if (last < first)
    throw badInput(`Nội dung tệp: sự kiện ngày ${start} kết thúc trước khi bắt đầu`, 'content');
  if (last - first > 366)
    throw badInput(`Nội dung tệp: sự kiện ngày ${start} dài quá một năm`, 'content');
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Reads the days of `year` from an iCalendar text; events of other years are counted as skipped. */
export function parseICalendar(
  content: string,
  year: number,
): { days: CalendarDay[]; skipped: number } {
  const days: CalendarDay[] = [];
  let skipped = 0;
  for (const ev of events(content)) {
    const kindValue = ev.get('X-MOTCUA-KIND')?.value.trim().toLowerCase();
    if (kindValue !== undefined && kindValue !== 'off' && kindValue !== 'work')
      throw badInput(`Nội dung tệp: X-MOTCUA-KIND "${kindValue}" phải là off hoặc work`, 'content');
    const kind = kindValue ?? 'off';
    const sourceValue = ev.get('X-MOTCUA-SOURCE')?.value.trim().toLowerCase() ?? 'admin';
    const source = (SOURCES.has(sourceValue) ? sourceValue : 'admin') as CalendarDay['source'];
    const summary = unescapeText(ev.get('SUMMARY')?.value ?? '').trim();
    const note = summary === DEFAULT_SUMMARY[kind] ? '' : summary;
    for (const day of eventDays(ev)) {
      const date = dateOf(day);
      if (date.startsWith(`${year}-`)) days.push({ date, kind, source, note });
      else skipped += 1;
    }
  }
  return { days, skipped };
}
