/** The admin's "Gửi thử": one message through a channel's saved settings now, past the outbox. */
import type { UnitSettings } from '../settings/types';
import { badInput } from '../core/errors';
import { mobilePhone, type NotifyEvent } from './notice-text';
import { sendSms, smsAscii } from './sms';
import { sendZalo } from './zalo';
import { OutboxError } from './worker';
import type { NotifyTestResult } from './types';

const TIMEOUT_MS = 10_000;

/** Sends the test message; a gateway's refusal is an answer (sent: false), not an error. */
export async function notifyTest(
  settings: UnitSettings,
  input: { channel: 'sms' | 'zalo'; phone: string },
): Promise<NotifyTestResult> {
  if (!mobilePhone(input.phone))
    throw badInput(
      'Số điện thoại: phải là số di động Việt Nam, 10 chữ số bắt đầu bằng 0 (hoặc +84 và 9 chữ số)',
      'phone',
    );
  const text = `Tin nhắn thử của ${settings.unitName}: thông báo hồ sơ qua ${
    input.channel === 'sms' ? 'SMS' : 'Zalo'
  } đã hoạt động.`;
  try {
    if (input.channel === 'sms')
      await sendSms(settings.sms, input.phone, smsAscii(text), TIMEOUT_MS);
    else {
      const z = settings.zalo;
      // ZNS sends only approved templates: the test uses the first event that has one.
      const order: NotifyEvent[] = ['ready', 'supplement', 'dueChanged'];
      const kind = order.find((k) => z?.templates[k]) ?? 'ready';
      await sendZalo(
        z,
        { phone: input.phone, text, code: 'THU-NGHIEM', kind },
        'motcua-test',
        TIMEOUT_MS,
      );
    }
  } catch (e) {
    if (e instanceof OutboxError) return { sent: false, message: e.message };
    throw e;
  }
  return { sent: true, message: `Đã gửi tin nhắn thử tới ${input.phone}.` };
}
