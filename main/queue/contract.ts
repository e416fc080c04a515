/**
 * The ticket queue: counters configured by the admin, tickets taken at the kiosk and routed by the
 * procedure's field, called by the officer, shown on the hall's TV. Node-free.
 */
import { z } from 'zod';
import { spec } from '../core/types';
import { text } from '../core/fields';
import { cleanText } from '../text/normalize';
import type {
  CallResult,
  CounterView,
  QueueBoard,
  QueueStats,
  TakeResult,
  TransferResult,
} from './types';

/** A counter number 1–99; the message names the field because the table's labels do not know "number". */
export const counterNumber = z
  .number({ error: 'Số quầy phải là số' })
  .int({ error: 'Số quầy phải là số nguyên' })
  .min(1, { error: 'Số quầy phải từ 1 đến 99' })
  .max(99, { error: 'Số quầy phải từ 1 đến 99' });

const fieldName = z
  .string({ error: 'Lĩnh vực của quầy phải là chữ' })
  .max(400)
  .transform(cleanText)
  .pipe(
    z
      .string()
      .min(1, { error: 'Lĩnh vực của quầy không được để trống' })
      .max(100, { error: 'Lĩnh vực của quầy dài quá 100 ký tự' }),
  );

const counterInput = z
  .object({
    number: counterNumber,
    name: text(60),
    fields: z
      .array(fieldName, { error: 'Lĩnh vực của quầy phải là một danh sách' })
      .max(50, { error: 'Mỗi quầy phục vụ tối đa 50 lĩnh vực' }),
  })
  .strict();

const counterList = z
  .array(counterInput, { error: 'Danh sách quầy phải là một danh sách' })
  .min(1, { error: 'Danh sách quầy phải có ít nhất 1 quầy' })
  .max(99, { error: 'Danh sách quầy có quá 99 quầy' })
  .superRefine((counters, ctx) => {
    const seen = new Set<number>();
    counters.forEach((c, i) => {
      if (seen.has(c.number))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'number'],
          message: `Số quầy ${c.number} bị trùng`,
        });
      seen.add(c.number);
    });
  });

const declarationCode = z
  .string({ error: 'Mã tờ khai phải là chữ' })
  .max(80, { error: 'Mã tờ khai dài quá 80 ký tự' })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9.-]{3,60}$/u, { error: 'Mã tờ khai không đúng định dạng' }));

const ticketNo = z.string().regex(/^\d{4,5}$/u, { error: 'Số thứ tự gồm 4 hoặc 5 chữ số' });
const vnDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'Ngày phải có dạng YYYY-MM-DD' });

export const queueContract = {
  'queue.counters': spec<{ items: CounterView[] }>()({
    role: 'kiosk',
    input: z.object({}).strict(),
    doc: 'The counters and the fields they serve, so the kiosk and the officer screen can show them.',
  }),
  'queue.setCounters': spec<{ items: CounterView[] }>()({
    role: 'admin',
    input: z.object({ counters: counterList }).strict(),
    doc: "Replaces the hall's counters (number, name, fields served; no field = general counter); audited.",
  }),
  'queue.take': spec<TakeResult>()({
    role: 'kiosk',
    input: z
      .object({
        procedureCode: text(80).optional(),
        field: text(100).optional(),
        priority: z.boolean({ error: 'Ưu tiên phải là đúng hoặc sai' }).optional(),
        declarationCode: declarationCode.optional(),
      })
      .strict(),
    doc: "Gives the citizen the next ticket of the open counter serving the procedure's field (else a general one), with the people ahead and an estimated wait, and prints it; a declaration keeps one open ticket.",
  }),
  'queue.callNext': spec<CallResult>()({
    role: 'officer',
    input: z.object({ counter: counterNumber }).strict(),
    doc: "Finishes the counter's current ticket and calls the next by the priority policy; ticket null when nobody waits.",
  }),
  'queue.recall': spec<CallResult>()({
    role: 'officer',
    input: z.object({ counter: counterNumber, ticket: ticketNo.optional() }).strict(),
    doc: 'Calls the current ticket again (the hall announces it again), or a ticket skipped earlier today.',
  }),
  'queue.skip': spec<CallResult>()({
    role: 'officer',
    input: z.object({ counter: counterNumber }).strict(),
    doc: 'The called citizen did not come: the ticket is set aside and may be recalled later in the day.',
  }),
  'queue.transfer': spec<TransferResult>()({
    role: 'officer',
    input: z.object({ counter: counterNumber, toCounter: counterNumber }).strict(),
    doc: 'Sends the current ticket to another counter, keeping its place; a missing counter is 400, a paused one 409.',
  }),
  'queue.pause': spec<CounterView>()({
    role: 'officer',
    input: z.object({ counter: counterNumber, reason: text(120) }).strict(),
    doc: 'Pauses a counter with a reason shown in the hall; no ticket goes there until it resumes.',
  }),
  'queue.resume': spec<CounterView>()({
    role: 'officer',
    input: z.object({ counter: counterNumber }).strict(),
    doc: 'Opens a paused counter again.',
  }),
  'queue.stats': spec<QueueStats>()({
    role: 'officer',
    input: z.object({ from: vnDay.optional(), to: vnDay.optional() }).strict(),
    doc: 'Wait and service times per counter and per officer over days (default today), for the head of unit.',
  }),
  'queue.board': spec<QueueBoard>()({
    role: 'kiosk',
    input: z.object({}).strict(),
    doc: 'Numbers being served per counter, waiting counts and the latest calls, for the waiting-hall TV (no personal data).',
  }),
};
