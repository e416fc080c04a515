/**
 * SMS through the outbox: the citizen is told when papers are missing (what to bring), when the
 * result is ready and when the due date changed. Vietnamese SMS gateways want plain ASCII, so the
 * text has no diacritics; a number that is not a Vietnamese mobile is parked with the reason.
 */
import type { Db } from '../db/database';
import { formatVnDate } from '../calendar/vn-time';
import type { SmsSettings } from '../settings/types';
import { enqueue } from './outbox';
import { OutboxError, type Sender } from './worker';

const SMS_MAX = 160;

/** Vietnamese as plain printable ASCII: no tone or vowel marks, đ → d, punctuation kept. */
export function smsAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .replace(/[^\x20-\x7e]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
const EVENTS: Record<string, keyof SmsSettings['events']> = {
  requestSupplement: 'supplement',
  markReady: 'ready',
  delay: 'dueChanged',
};

/** 10 digits starting 0, or +84 and 9 digits, as the gateway's 0xxxxxxxxx; undefined otherwise. */
export function smsPhone(raw: string): string | undefined {
  const s = raw.replace(/[\s.()-]/gu, '');
  if (/^0\d{9}$/u.test(s)) return s;
  if (/^\+84\d{9}$/u.test(s)) return `0${s.slice(3)}`;
  return undefined;
}

interface Row {
  code: string;
  applicant_phone: string;
  due_at: string;
  missing: string | null;
}

/** The message for an event, ASCII, at most 160 characters. */
export function smsText(event: keyof SmsSettings['events'], r: Row): string {
  const missing = r.missing
    ? (JSON.parse(r.missing) as { name: string }[]).map((m) => m.name).join(', ')
    : '';
  const words = {
    supplement: `Ho so ${r.code} can bo sung: ${missing}. Vui long mang den Bo phan Mot cua.`,
    ready: `Ho so ${r.code} da co ket qua. Moi ong/ba mang giay hen den nhan.`,
    dueChanged: `Ho so ${r.code} co ngay hen tra moi: ${formatVnDate(new Date(r.due_at))}.`,
  }[event];
  return smsAscii(words).slice(0, SMS_MAX);
}

/** Queues the SMS of a dossier event when the settings ask for it (same transaction as the change). */
export function queueSms(
  db: Db,
  sms: SmsSettings | undefined,
  dossier: string,
  event: string,
  at: Date,
): void {
  const kind = EVENTS[event];
  if (!sms || !kind || !sms.events[kind]) return;
  const r = db
    .prepare<[string], Row>(
      'SELECT code, applicant_phone, due_at, missing FROM dossiers WHERE code = ?',
    )
    .get(dossier);
  if (!r) return;
  enqueue(db, {
    channel: 'sms',
    dossier,
    event,
    payload: { phone: r.applicant_phone, text: smsText(kind, r) },
    at,
  });
}

const fill = (template: string, values: Record<string, string>, escape: (s: string) => string) =>
  template.replace(/\{(phone|text)\}/gu, (_, k: string) => escape(values[k] ?? ''));

/** The SMS gateway sender: GET with the values in the URL, or POST with the body template. */
export function smsSender(settings: () => SmsSettings | undefined): Sender {
  return {
    channel: 'sms',
    async send(row, timeoutMs) {
      const sms = settings();
      if (!sms) throw new OutboxError('Chưa cấu hình cổng SMS.', 'retry');
      const { phone: raw, text } = JSON.parse(row.payload) as { phone: string; text: string };
      const phone = smsPhone(raw);
      if (!phone) throw new OutboxError(`Số điện thoại không hợp lệ: ${raw}`, 'invalid');
      const values = { phone, text };
      const jsonValue = (s: string) => JSON.stringify(s).slice(1, -1);
      const res = await fetch(
        sms.method === 'GET' ? fill(sms.url, values, encodeURIComponent) : sms.url,
        {
          method: sms.method,
          headers: sms.method === 'POST' ? { 'content-type': 'application/json' } : undefined,
          body: sms.method === 'POST' ? fill(sms.template, values, jsonValue) : undefined,
          signal: AbortSignal.timeout(timeoutMs),
        },
      ).catch(() => {
        throw new OutboxError('Không kết nối được tới cổng SMS.', 'retry');
      });
      if (!res.ok) throw new OutboxError(`Cổng SMS báo lỗi HTTP ${res.status}.`, 'retry');
    },
  };
}
