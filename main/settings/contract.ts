/** The unit's settings: read by every screen, changed by the admin. */
import { z } from 'zod';
import { spec } from '../core/types';
import { optionalText, text } from '../core/fields';
import type { UnitSettings } from './types';
import { bankByBin } from '../fees/banks';

const httpUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/\S+$/u, {
    error: 'phải là địa chỉ http(s), ví dụ https://sms.example.vn/send',
  });
const notifyEvents = z
  .object({ supplement: z.boolean(), ready: z.boolean(), dueChanged: z.boolean() })
  .strict();
const znsTemplate = z
  .string()
  .trim()
  .regex(/^\d{0,20}$/u, { error: 'chỉ gồm chữ số (mã mẫu ZNS Zalo cấp)' });
const zalo = z
  .object({
    url: httpUrl,
    /** Absent or empty: the stored token is kept. */
    accessToken: z.string().trim().max(1000).optional(),
    templates: z
      .object({ supplement: znsTemplate, ready: znsTemplate, dueChanged: znsTemplate })
      .strict(),
    events: notifyEvents,
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const k of ['supplement', 'ready', 'dueChanged'] as const)
      if (v.events[k] && !v.templates[k])
        ctx.addIssue({
          code: 'custom',
          path: ['templates', k],
          message: 'cần mã mẫu ZNS khi bật Zalo cho sự kiện này',
        });
  });

export const settingsContract = {
  'settings.get': spec<UnitSettings>()({
    role: 'kiosk',
    input: z.object({}).strict(),
    doc: "The unit's name, code format and kiosk timings; the notification gateways only to an admin, the Zalo token never.",
  }),
  'settings.update': spec<UnitSettings>()({
    role: 'admin',
    input: z
      .object({
        unitName: text(200),
        unitAddress: optionalText(300),
        parentAgency: optionalText(200),
        place: optionalText(100),
        contact: optionalText(200),
        headName: optionalText(100),
        dueOverrideMaxDays: z.number().int().min(0).max(60),
        agencyCode: z.string().regex(/^[A-Z0-9.]{3,40}$/u, {
          error: 'chỉ gồm chữ in hoa, chữ số và dấu chấm, ví dụ 000.00.06.H14',
        }),
        codeFormat: z
          .string()
          .max(60)
          .refine((s) => s.includes('{nnnn}') && s.includes('{yymmdd}'), {
            error: 'phải có {yymmdd} và {nnnn}',
          }),
        collectAt: text(200),
        kioskIdleSeconds: z.number().int().min(15).max(3600),
        kioskCountdownSeconds: z.number().int().min(5).max(120),
        officeHours: z
          .object({
            weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
            periods: z
              .array(
                z
                  .object({
                    start: z
                      .string()
                      .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'giờ phải có dạng HH:MM' }),
                    end: z
                      .string()
                      .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'giờ phải có dạng HH:MM' }),
                  })
                  .strict(),
              )
              .min(1)
              .max(4),
          })
          .strict(),
        queuePriorityCap: z.number().int().min(0).max(10),
        allowOldIdNumbers: z.boolean(),
        hotline: optionalText(40),
        notices: z.array(text(300)).max(5, { error: 'tối đa 5 thông báo' }),
        bank: z
          .object({
            bin: z.string().refine((b) => bankByBin(b) !== undefined, {
              error: 'không có trong danh sách ngân hàng NAPAS (chọn ngân hàng từ danh sách)',
            }),
            account: z
              .string()
              .trim()
              .regex(/^\d{6,19}$/u, { error: 'chỉ gồm chữ số, từ 6 đến 19 số' }),
            accountName: text(100),
          })
          .strict(),
        sms: z
          .object({
            url: httpUrl,
            method: z.enum(['GET', 'POST']),
            template: z.string().max(1000),
            events: notifyEvents,
          })
          .strict()
          .superRefine((v, ctx) => {
            if (v.method === 'POST' && !/\{text\}/u.test(v.template))
              ctx.addIssue({
                code: 'custom',
                path: ['template'],
                message: 'gửi bằng POST cần mẫu nội dung có {phone} và {text}',
              });
            else if (v.method === 'GET' && !/\{text\}/u.test(v.url))
              ctx.addIssue({
                code: 'custom',
                path: ['url'],
                message: 'gửi bằng GET cần {phone} và {text} trong địa chỉ',
              });
          }),
        zalo,
      })
      .partial()
      .strict(),
    doc: "Changes the unit's settings; every change is audited.",
  }),
};
