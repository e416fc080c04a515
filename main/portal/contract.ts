/** The durable outbox towards the national portal (and SMS): what waits, what went, what is parked. */
import { z } from 'zod';
import { spec } from '../core/types';
import type { NotifyTestResult, OutboxView } from './types';

export const portalContract = {
  'portal.outbox': spec<OutboxView>()({
    role: 'admin',
    input: z
      .object({
        status: z.enum(['pending', 'sent', 'parked']).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    doc: 'Pending, sent and parked outbox items, newest first, with counts, so the admin sees what the portal has not got.',
  }),
  'portal.retry': spec<{ retried: number }>()({
    role: 'admin',
    input: z.object({ id: z.number().int().min(1).optional() }).strict(),
    doc: 'Puts one parked item (or, without id, every parked item) back in line after the cause is fixed.',
  }),
  'notify.test': spec<NotifyTestResult>()({
    role: 'admin',
    input: z
      .object({ channel: z.enum(['sms', 'zalo']), phone: z.string().trim().min(1).max(20) })
      .strict(),
    doc: "Sends one test message through the channel's saved settings now (not queued), so the admin sees the gateway answer.",
  }),
};
