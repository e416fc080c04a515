/** Handlers of the catalog contract: one line each, the work is in search, repo and admin. */
import type { Handlers } from '../core/handlers';
import type { Db } from '../db/database';
import { getForCaller, importUpload, setHiddenByAdmin, updateByAdmin } from './admin';
import type { catalogContract } from './contract';
import { lastImport, listByField, listFields, procedureHistory } from './repo';
import { searchProcedures } from './search';

/** Wires the catalog contract to the catalog database functions. */
export function catalogHandlers(deps: { db: Db }): Handlers<typeof catalogContract> {
  const { db } = deps;
  return {
    // Staff also find procedures hidden from the kiosk, so the admin can show them again.
    'catalog.search': (input, ctx) =>
      searchProcedures(db, {
        ...input,
        includeHidden: ctx.caller !== null && ctx.caller.role !== 'kiosk',
      }),
    'catalog.get': (input, ctx) => getForCaller(db, input.code, ctx.caller),
    'catalog.fields': () => ({ fields: listFields(db) }),
    'catalog.byField': (input) => listByField(db, input),
    'catalog.import': (input, ctx) => importUpload(db, input, ctx.caller, ctx.now),
    'catalog.update': (input, ctx) => updateByAdmin(db, input.procedure, ctx.caller, ctx.now),
    'catalog.setHidden': (input, ctx) =>
      setHiddenByAdmin(db, input.code, input.hidden, ctx.caller, ctx.now),
    'catalog.lastImport': () => ({ report: lastImport(db) ?? null }),
    'catalog.history': (input) => ({ changes: procedureHistory(db, input.code) }),
  };
}
