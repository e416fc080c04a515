/** Where dossier changes meet the outbox: the portal item and the citizen's SMS, queued together. */
import type { Db } from '../db/database';
import { readSettings } from '../settings/repo';
import { enqueue } from './outbox';
import { queueSms } from './sms';
import { syncItem } from './sync-item';

/**
 * The hook every dossier change passes through (repo.appendEvent): queues the dossier's
 * DongBoHoSoMC item as it stands after the change, and the citizen's SMS where the settings ask. Declarations are not dossiers yet: nothing to sync.
 */
export function onDossierEvent(db: Db, dossier: string, event: string, at: Date): void {
  const item = syncItem(db, dossier);
  if (item) enqueue(db, { channel: 'portal', dossier, event, payload: item, at });
  queueSms(db, readSettings(db).sms, dossier, event, at);
}
