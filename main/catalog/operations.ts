/** Handlers of the catalog contract: one line each, the work is in search, repo and admin. */
import type { Handlers } from '../core/handlers';
import type { Db } from '../db/database';
import {
  getForCaller,
  importUpload,
  isStaff,
  kioskScope,
  scopeOverview,
  setHiddenByAdmin,
  setScopeByAdmin,
  updateByAdmin,
} from './admin';
import type { catalogContract } from './contract';
import { lastImport, listByField, listFields, popularProcedures, procedureHistory } from './repo';
import { getScope } from './scope';
import { searchProcedures } from './search';

/** Wires the catalog contract to the catalog database functions. */
export function catalogHandlers(deps: { db: Db }): Handlers<typeof catalogContract> {
  const { db } = deps;
  return {
    // Staff also find procedures hidden from the kiosk or out of scope, so the admin can show them again.
    'catalog.search': (input, ctx) =>
      searchProcedures(db, {
        ...input,
        includeHidden: isStaff(ctx.caller),
        scope: getScope(db),
        onlyScope: !isStaff(ctx.caller),
      }),
    'catalog.get': (input, ctx) => getForCaller(db, input.code, ctx.caller),
    'catalog.fields': (_input, ctx) => ({ fields: listFields(db, kioskScope(db, ctx.caller)) }),
    'catalog.byField': (input, ctx) => listByField(db, input, kioskScope(db, ctx.caller)),
    'catalog.popular': (input, ctx) => ({
      items: popularProcedures(db, kioskScope(db, ctx.caller), input.limit),
    }),
    'catalog.setScope': (input, ctx) => setScopeByAdmin(db, input, ctx.caller, ctx.now),
    'catalog.scope': (input) => scopeOverview(db, input.levels),
    'catalog.import': (input, ctx) => importUpload(db, input, ctx.caller, ctx.now),
    'catalog.update': (input, ctx) => updateByAdmin(db, input.procedure, ctx.caller, ctx.now),
    'catalog.setHidden': (input, ctx) =>
      setHiddenByAdmin(db, input.code, input.hidden, ctx.caller, ctx.now),
    'catalog.lastImport': () => ({ report: lastImport(db) ?? null }),
    'catalog.history': (input) => ({ changes: procedureHistory(db, input.code) }),
  };
}
