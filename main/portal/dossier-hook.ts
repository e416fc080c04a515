/** Where dossier changes meet the outbox: the portal item and the citizen's SMS and Zalo messages, queued together. */
import type { Db } from '../db/database';
import { readSettings } from '../settings/repo';
import { enqueue } from './outbox';
import { queueSms } from './sms';
import { syncItem } from './sync-item';
import { queueZalo } from './zalo';

/**
 * The hook every dossier change passes through (repo.appendEvent): queues the dossier's
 * DongBoHoSoMC item as it stands after the change, and the citizen's SMS and Zalo messages where the settings ask. Declarations are not dossiers yet: nothing to sync.
 */
export function onDossierEvent(db: Db, dossier: string, event: string, at: Date): void {
  const item = syncItem(db, dossier);
  if (item) enqueue(db, { channel: 'portal', dossier, event, payload: item, at });
  const settings = readSettings(db);
  queueSms(db, settings.sms, dossier, event, at);
  queueZalo(db, settings.zalo, dossier, event, at);
}
