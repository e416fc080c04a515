/**
 * Zalo OA, the optional second channel beside SMS: the same events, the same outbox (channel
 * `zalo`), the text kept in Vietnamese with its diacritics (NFC). Zalo reaches a citizen by phone
 * number only through ZNS (Zalo Notification Service) template messages, so that is the API
 * assumed here: `POST <url>` (default https://business.openapi.zalo.me/message/template) with the
 * header `access_token: <OA token>` and the JSON body
 * `{"phone": "84xxxxxxxxx", "template_id", "template_data": {"ma_ho_so", "noi_dung"}, "tracking_id"}`;
 * the answer `{"error": 0, "message": "Success", "data": {"msg_id"}}`, any other `error` a failure.
 */
import type { Db } from '../db/database';
import type { ZaloSettings } from '../settings/types';
import {
  mobilePhone,
  noticeText,
  NOTIFY_EVENTS,
  type NoticeRow,
  type NotifyEvent,
} from './notice-text';
import { enqueue } from './outbox';
import { OutboxError, type Sender } from './worker';

/** What a Zalo item carries: the message, and what picks its ZNS template. */
export interface ZaloMessage {
  phone: string;
  text: string;
  code: string;
  kind: NotifyEvent;
}

/** Zalo's error codes for a token that is wrong or expired (assumed from Zalo's published list). */
const TOKEN_ERRORS = new Set([-124, -216]);
/** Zalo's error codes for a phone it cannot reach (not a Zalo user, invalid number). */
const PHONE_ERRORS = new Set([-108, -118]);

/** The applicant's mobile in Zalo's form, 84 and 9 digits; undefined when it is not a Vietnamese mobile. */
export function zaloPhone(raw: string): string | undefined {
  const local = mobilePhone(raw);
  return local ? `84${local.slice(1)}` : undefined;
}

/** Queues the Zalo message of a dossier event when the settings ask for it (same transaction as the change). */
export function queueZalo(
  db: Db,
  zalo: ZaloSettings | undefined,
  dossier: string,
  event: string,
  at: Date,
): void {
  const kind = NOTIFY_EVENTS[event];
  if (!zalo || !kind || !zalo.events[kind]) return;
  const r = db
    .prepare<[string], NoticeRow>(
      'SELECT code, applicant_phone, due_at, missing FROM dossiers WHERE code = ?',
    )
    .get(dossier);
  if (!r) return;
  const message: ZaloMessage = {
    phone: r.applicant_phone,
    text: noticeText(kind, r),
    code: r.code,
    kind,
  };
  enqueue(db, { channel: 'zalo', dossier, event, payload: message, at });
}

/** One Zalo message now (the outbox sender, and the admin's test send). */
export async function sendZalo(
  zalo: ZaloSettings | undefined,
  m: ZaloMessage,
  trackingId: string,
  timeoutMs: number,
): Promise<void> {
  if (!zalo?.accessToken) throw new OutboxError('Chưa cấu hình Zalo OA (access token).', 'retry');
  const templateId = zalo.templates[m.kind];
  if (!templateId) throw new OutboxError(`Chưa có mã mẫu ZNS cho sự kiện "${m.kind}".`, 'invalid');
  const phone = zaloPhone(m.phone);
  if (!phone) throw new OutboxError(`Số điện thoại không hợp lệ: ${m.phone}`, 'invalid');
  const res = await fetch(zalo.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', access_token: zalo.accessToken },
    body: JSON.stringify({
      phone,
      template_id: templateId,
      template_data: { ma_ho_so: m.code, noi_dung: m.text.normalize('NFC') },
      tracking_id: trackingId,
    }),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch(() => {
    throw new OutboxError('Không kết nối được tới Zalo OA.', 'retry');
  });
  const refused = `Zalo OA từ chối access token: cấp token mới trong Quản trị → Lệ phí và Cổng DVC, rồi gửi lại các mục tạm dừng.`;
  if (res.status === 401 || res.status === 403) throw new OutboxError(refused, 'credentials');
  if (!res.ok) throw new OutboxError(`Zalo OA báo lỗi HTTP ${res.status}.`, 'retry');
  const body = (await res.json().catch(() => null)) as {
    error?: unknown;
    message?: unknown;
  } | null;
  if (typeof body?.error !== 'number')
    throw new OutboxError('Zalo OA trả lời không đúng dạng (không có "error").', 'retry');
  if (body.error === 0) return;
  const said = `Zalo OA báo lỗi ${body.error}${typeof body.message === 'string' ? `: ${body.message}` : ''}`;
  if (TOKEN_ERRORS.has(body.error)) throw new OutboxError(`${said}. ${refused}`, 'credentials');
  throw new OutboxError(said, PHONE_ERRORS.has(body.error) ? 'invalid' : 'retry');
}

/** The Zalo OA sender of the outbox worker. */
export function zaloSender(settings: () => ZaloSettings | undefined): Sender {
  return {
    channel: 'zalo',
    send: (row, timeoutMs) =>
      sendZalo(settings(), JSON.parse(row.payload) as ZaloMessage, `motcua-${row.id}`, timeoutMs),
  };
}
