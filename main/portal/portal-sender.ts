/**
 * The national portal's sender for the outbox worker: one session for many items, `isUpdating`
 * "True" once a dossier was delivered, and "đã tồn tại" (error_code 3) resent as an update.
 */
import type { Db } from '../db/database';
import { PortalError, sendItem, signIn, type PortalCredentials } from './client';
import { startOutboxWorker, type OutboxWorker, type RetryOptions, type Sender } from './worker';

export type PortalOptions = PortalCredentials & RetryOptions;

/** Builds the portal sender over the portal_synced table. */
export function portalSender(deps: {
  db: Db;
  credentials: PortalCredentials;
  agencyCode: () => string;
  now: () => Date;
}): Sender {
  const { db, credentials: c } = deps;
  let session: Promise<string> | null = null;
  const synced = db.prepare<[string], { dossier: string }>(
    'SELECT dossier FROM portal_synced WHERE dossier = ?',
  );
  const markSynced = db.prepare(
    'INSERT INTO portal_synced (dossier, first_sent_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  return {
    channel: 'portal',
    async send(row, timeoutMs) {
      // One sign-in shared by the items sent at the same time.
      session ??= signIn(c, timeoutMs);
      const s = await session;
      const item: unknown = JSON.parse(row.payload);
      const post = (isUpdating: boolean) =>
        sendItem(c, { session: s, madonvi: deps.agencyCode(), isUpdating, item }, timeoutMs);
      const known = synced.get(row.dossier) !== undefined;
      try {
        await post(known);
      } catch (e) {
        // "Đã tồn tại": the portal has the dossier already (an earlier run, another system): update it.
        if (!(e instanceof PortalError && e.kind === 'exists') || known) throw e;
        markSynced.run(row.dossier, deps.now().toISOString());
        await post(true);
      }
    },
    sent: (row) => markSynced.run(row.dossier, deps.now().toISOString()),
    // A stale session is one cause of error_code ≠ 0: sign in again next time.
    reset: () => {
      session = null;
    },
  };
}

/** Starts the portal's worker. */
export function startPortalWorker(deps: {
  db: Db;
  options: PortalOptions;
  agencyCode: () => string;
  now: () => Date;
  log?: (line: string) => void;
}): OutboxWorker {
  return startOutboxWorker({
    db: deps.db,
    sender: portalSender({ ...deps, credentials: deps.options }),
    options: deps.options,
    now: deps.now,
    log: deps.log,
  });
}
