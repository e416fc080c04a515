/**
 * The ticket queue: counters configured by the admin, tickets taken at the kiosk and routed by the
 * procedure's field, called by the officer, shown on the hall's TV. Node-free.
 */
import { z } from 'zod';
import { spec } from '../core/types';
import { text } from '../core/fields';
import { cleanText } from '../text/normalize';
import type { CallResult, CounterView, QueueBoard, TakeResult } from './types';

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
    input: z.object({ procedureCode: text(80).optional(), field: text(100).optional() }).strict(),
    doc: "Gives the citizen the next ticket of the counter serving the procedure's field (else a general counter) and prints it.",
  }),
  'queue.callNext': spec<CallResult>()({
    role: 'officer',
    input: z.object({ counter: counterNumber }).strict(),
    doc: "Finishes the counter's current ticket and calls its next waiting one; ticket null when nobody waits.",
  }),
  'queue.board': spec<QueueBoard>()({
    role: 'kiosk',
    input: z.object({}).strict(),
    doc: 'Numbers being served per counter, waiting counts and the latest calls, for the waiting-hall TV (no personal data).',
  }),
};
