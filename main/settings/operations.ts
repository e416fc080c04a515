/** Handlers of the settings contract. */
import type { Db } from '../db/database';
import type { Handlers } from '../api/handlers';
import { actorOf, appendAudit } from '../audit/log';
import type { settingsContract } from './contract';
import { readSettings, writeSettings } from './repo';

/** Wires the settings contract to the settings table. */
export function settingsHandlers(deps: { db: Db }): Handlers<typeof settingsContract> {
  const { db } = deps;
  return {
    'settings.get': () => readSettings(db),
    'settings.update': (input, ctx) =>
      db.transaction(() => {
        appendAudit(db, { at: ctx.now, actor: actorOf(ctx.caller), action: 'settings.update', detail: input });
        return writeSettings(db, input);
      })(),
  };
}
