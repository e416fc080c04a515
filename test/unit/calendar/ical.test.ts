import { describe, expect, it } from 'vitest';
import { parseICalendar, toICalendar } from '../../../main/calendar/ical';
import { officialDays } from '../../../main/calendar/official';
import type { CalendarDay } from '../../../main/calendar/types';

const now = new Date('2026-11-26T01:02:03Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar', () => {
  it('writes all-day events with CRLF, folded at 75 octets, and reads them back exactly', () => {
    const days: CalendarDay[] = [
      ...officialDays(2026)!,
      {
        date: '2026-12-31',
        kind: 'off',
        source: 'admin',
        note: 'Nghỉ đột xuất; theo quyết định của Chủ tịch Ủy ban nhân dân xã, vì lý do thời tiết, bão lũ',
      },
    ];
    const text = toICalendar(2026, days, now);
    const lines = text.split('\r\n');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/u);
    expect(text).toContain('DTSTART;VALUE=DATE:20260110\r\nDTEND;VALUE=DATE:20260111');
    expect(text).toContain('DTSTAMP:20261126T010203Z');
    expect(text).toContain('X-MOTCUA-KIND:work');
    const back = parseICalendar(text, 2026);
    expect(back.days).toEqual(days);
  });

  it('reads a foreign holiday calendar: multi-day events, other years skipped, no kind means a day off', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270205',
      'DTEND;VALUE=DATE:20270212',
      'SUMMARY:Tết Nguyên đán\\, Đinh Mùi',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART:20260101',
      'SUMMARY:Tết Dương lịch 2026',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270901',
      'DURATION:P2D',
      'SUMMARY:Quốc khánh',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const { days, skipped } = parseICalendar(text, 2027);
    expect(skipped).toBe(1);
    expect(days.map((d) => d.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-09-01',
      '2027-09-02',
    ]);
    expect(days[0]).toEqual({
      date: '2027-02-05',
      kind: 'off',
      source: 'admin',
      note: 'Tết Nguyên đán, Đinh Mùi',
    });
  });

  it('unfolds long lines', () => {
    const text =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:Tết Dư\r\n ơng lịch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(parseICalendar(text, 2027).days[0].note).toBe('Tết Dương lịch');
  });

  it('refuses what it cannot hold: not iCalendar, times of day, recurring events, unknown kinds', () => {
    const ev = (...props: string[]) =>
      ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', ...props, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(() => parseICalendar('hello', 2027)).toThrow(/không phải tệp iCalendar/u);
    expect(() => parseICalendar(ev('DTSTART:20270101T080000Z'), 2027)).toThrow(
      /chỉ nhận sự kiện cả ngày/u,
    );
    expect(() =>
      parseICalendar(ev('DTSTART;VALUE=DATE:20270101', 'RRULE:FREQ=YEARLY'), 2027),
    ).toThrow(/RRULE/u);
    expect(() =>
      parseICalendar(ev('DTSTART;VALUE=DATE:20270101', 'X-MOTCUA-KIND:holiday'), 2027),
    ).toThrow(/off hoặc work/u);
    expect(() => parseICalendar(ev('DTSTART;VALUE=DATE:20270231'), 2027)).toThrow(
      /không phải ngày có thật/u,
    );
    expect(() => parseICalendar(ev('SUMMARY:x'), 2027)).toThrow(/thiếu DTSTART/u);
  });
});
