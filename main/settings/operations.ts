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

/**
 * What a caller may see: the notification gateways (a gateway URL often carries its key) only for
 * an admin, and the Zalo OA token never — only whether one is stored.
 */
export function settingsView(s: UnitSettings, role: string | undefined): UnitSettings {
  const { sms, zalo, ...rest } = s;
  if (role !== 'admin') return rest;
  const view: UnitSettings = sms ? { ...rest, sms } : rest;
  if (!zalo) return view;
  const { accessToken, ...shown } = zalo;
  return { ...view, zalo: { ...shown, hasAccessToken: Boolean(accessToken) } };
}

/** A Zalo change keeps the stored token unless a new one is given; an event on needs a token. */
function withZaloToken(input: Partial<UnitSettings>, stored: UnitSettings): Partial<UnitSettings> {
  if (!input.zalo) return input;
  const { hasAccessToken: _shown, ...given } = input.zalo;
  const accessToken = given.accessToken || stored.zalo?.accessToken || '';
  if (!accessToken && Object.values(given.events).some(Boolean))
    throw badInput(
      'Access token Zalo OA: cần nhập access token khi bật Zalo cho một sự kiện',
      'zalo.accessToken',
    );
  return { ...input, zalo: { ...given, accessToken } };
}

/** The change as the audit log keeps it: a new Zalo token is recorded as changed, never as text. */
function audited(input: Partial<UnitSettings>): unknown {
  if (!input.zalo?.accessToken) return input;
  return { ...input, zalo: { ...input.zalo, accessToken: '(đã thay)' } };
}

/** Wires the settings contract to the settings table. */
export function settingsHandlers(deps: {
  db: Db;
  onChange?: (settings: UnitSettings) => void;
}): Handlers<typeof settingsContract> {
  const { db } = deps;
  return {
    'settings.get': (_input, ctx) => settingsView(readSettings(db), ctx.caller?.role),
    'settings.update': (input, ctx) => {
      checkOfficeHours(input.officeHours);
      const saved = db.transaction(() => {
        const change = withZaloToken(input, readSettings(db));
        appendAudit(db, {
          at: ctx.now,
          actor: actorOf(ctx.caller),
          action: 'settings.update',
          detail: audited(input),
        });
        return writeSettings(db, change);
      })();
      deps.onChange?.(saved);
      return settingsView(saved, ctx.caller?.role);
    },
  };
}
