/** Handlers of the settings contract. */
import type { Db } from '../db/database';
import type { Handlers } from '../core/handlers';
import { actorOf, appendAudit } from '../audit/log';
import type { settingsContract } from './contract';
import { readSettings, writeSettings } from './repo';
import { badInput } from '../core/errors';
import { compileOfficeHours } from '../calendar/office-hours';
import type { UnitSettings } from './types';

/** The calendar's own check of office hours, as a 400 naming the field. */
function checkOfficeHours(hours: UnitSettings['officeHours'] | undefined): void {
  if (!hours) return;
  try {
    compileOfficeHours(hours);
  } catch (e) {
    throw badInput(e instanceof Error ? e.message : String(e), 'officeHours');
  }
}

/** Wires the settings contract to the settings table. */
export function settingsHandlers(deps: {
  db: Db;
  onChange?: (settings: UnitSettings) => void;
}): Handlers<typeof settingsContract> {
  const { db } = deps;
  return {
    'settings.get': () => readSettings(db),
    'settings.update': (input, ctx) => {
      checkOfficeHours(input.officeHours);
      const saved = db.transaction(() => {
        appendAudit(db, {
          at: ctx.now,
          actor: actorOf(ctx.caller),
          action: 'settings.update',
          detail: input,
        });
        return writeSettings(db, input);
      })();
      deps.onChange?.(saved);
      return saved;
    },
  };
}
