/**
 * What the citizen is told, in Vietnamese (NFC), for each notification event. SMS folds it to
 * ASCII (sms.ts); Zalo sends it as written (zalo.ts). Node-free.
 */
import { formatVnDate } from '../calendar/vn-time';
import type { NotifyEvents } from '../settings/types';

export type NotifyEvent = keyof NotifyEvents;

/** Dossier events (repo.appendEvent names) that tell the citizen something. */
export const NOTIFY_EVENTS: Record<string, NotifyEvent> = {
  requestSupplement: 'supplement',
  markReady: 'ready',
  delay: 'dueChanged',
};

/** The dossier's columns a notice is written from. */
export interface NoticeRow {
  code: string;
  applicant_phone: string;
  due_at: string;
  missing: string | null;
}

/** The notice of an event for a dossier, Vietnamese with diacritics, NFC. */
export function noticeText(event: NotifyEvent, r: NoticeRow): string {
  const missing = r.missing
    ? (JSON.parse(r.missing) as { name: string }[]).map((m) => m.name).join(', ')
    : '';
  const words = {
    supplement: `Hồ sơ ${r.code} cần bổ sung: ${missing}. Vui lòng mang đến Bộ phận Một cửa.`,
    ready: `Hồ sơ ${r.code} đã có kết quả. Mời ông/bà mang giấy hẹn đến nhận.`,
    dueChanged: `Hồ sơ ${r.code} có ngày hẹn trả mới: ${formatVnDate(new Date(r.due_at))}.`,
  }[event];
  return words.normalize('NFC');
}

/** 10 digits starting 0, or +84 and 9 digits, as 0xxxxxxxxx; undefined otherwise. */
export function mobilePhone(raw: string): string | undefined {
  const s = raw.replace(/[\s.()-]/gu, '');
  if (/^0\d{9}$/u.test(s)) return s;
  if (/^\+84\d{9}$/u.test(s)) return `0${s.slice(3)}`;
  return undefined;
}
