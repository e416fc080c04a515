/**
 * SMS through the outbox: the citizen is told when papers are missing (what to bring), when the
 * result is ready and when the due date changed. Vietnamese SMS gateways want plain ASCII, so the
 * text has no diacritics; a number that is not a Vietnamese mobile is parked with the reason.
 */
import type { Db } from '../db/database';
import type { SmsSettings } from '../settings/types';
import {
  mobilePhone,
  noticeText,
  NOTIFY_EVENTS,
  type NoticeRow,
  type NotifyEvent,
} from './notice-text';
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
/** 10 digits starting 0, or +84 and 9 digits, as the gateway's 0xxxxxxxxx; undefined otherwise. */
export const smsPhone = mobilePhone;

/** The message for an event, ASCII, at most 160 characters. */
export function smsText(event: NotifyEvent, r: NoticeRow): string {
  return smsAscii(noticeText(event, r)).slice(0, SMS_MAX);
}

/** Queues the SMS of a dossier event when the settings ask for it (same transaction as the change). */
export function queueSms(
  db: Db,
  sms: SmsSettings | undefined,
  dossier: string,
  event: string,
  at: Date,
): void {
  const kind = NOTIFY_EVENTS[event];
  if (!sms || !kind || !sms.events[kind]) return;
  const r = db
    .prepare<[string], NoticeRow>(
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

/** One SMS through the gateway now (the outbox sender, and the admin's test send). */
export async function sendSms(
  sms: SmsSettings | undefined,
  raw: string,
  text: string,
  timeoutMs: number,
): Promise<void> {
  if (!sms) throw new OutboxError('Chưa cấu hình cổng SMS.', 'retry');
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
}

/** The SMS gateway sender: GET with the values in the URL, or POST with the body template. */
export function smsSender(settings: () => SmsSettings | undefined): Sender {
  return {
    channel: 'sms',
    async send(row, timeoutMs) {
      const { phone, text } = JSON.parse(row.payload) as { phone: string; text: string };
      await sendSms(settings(), phone, text, timeoutMs);
    },
  };
}
