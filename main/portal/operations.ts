/** Handlers of the portal contract. */
import type { Db } from '../db/database';
import type { Handlers } from '../core/handlers';
import { actorOf, appendAudit } from '../audit/log';
import { toVnIso } from '../calendar/vn-time';
import type { portalContract } from './contract';
import { retryParked, type OutboxRow } from './outbox';
import type { OutboxItem } from './types';
import { readSettings } from '../settings/repo';
import { notifyTest } from './notify-test';

function toItem(r: OutboxRow): OutboxItem {
  const payload = JSON.parse(r.payload) as { TrangThaiHoSo?: string };
  return {
    id: r.id,
    channel: r.channel,
    dossier: r.dossier,
    event: r.event,
    status: r.status,
    attempts: r.attempts,
    nextAt: toVnIso(new Date(r.next_at)),
    lastError: r.last_error ?? undefined,
    createdAt: toVnIso(new Date(r.created_at)),
    sentAt: r.sent_at ? toVnIso(new Date(r.sent_at)) : undefined,
    statusCode: payload.TrangThaiHoSo,
  };
}

/** Wires the portal contract to the outbox table; `kick` wakes the worker after a retry. */
export function portalHandlers(deps: {
  db: Db;
  enabled: boolean;
  kick?: () => void;
}): Handlers<typeof portalContract> {
  const { db } = deps;
  return {
    'portal.outbox': (input) => {
      const counts = { pending: 0, sent: 0, parked: 0 };
      for (const c of db
        .prepare<[], { status: keyof typeof counts; n: number }>(
          'SELECT status, count(*) AS n FROM outbox GROUP BY status',
        )
        .all())
        counts[c.status] = c.n;
      const rows = input.status
        ? db
            .prepare<[string, number], OutboxRow>(
              'SELECT * FROM outbox WHERE status = ? ORDER BY id DESC LIMIT ?',
            )
            .all(input.status, input.limit ?? 200)
        : db
            .prepare<[number], OutboxRow>('SELECT * FROM outbox ORDER BY id DESC LIMIT ?')
            .all(input.limit ?? 200);
      return { portalEnabled: deps.enabled, counts, items: rows.map(toItem) };
    },
    'portal.retry': (input, ctx) => {
      const retried = db.transaction(() => {
        const n = retryParked(db, ctx.now, input.id);
        appendAudit(db, {
          at: ctx.now,
          actor: actorOf(ctx.caller),
          action: 'portal.retry',
          detail: { id: input.id, retried: n },
        });
        return n;
      })();
      deps.kick?.();
      return { retried };
    },
    'notify.test': async (input, ctx) => {
      const result = await notifyTest(readSettings(db), input);
      appendAudit(db, {
        at: ctx.now,
        actor: actorOf(ctx.caller),
        action: 'notify.test',
        detail: { channel: input.channel, sent: result.sent },
      });
      return result;
    },
  };
}
