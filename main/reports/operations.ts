/** Handlers of the reports contract: one line each, the work is in logbook and stats. */
import type { Handlers } from '../core/handlers';
import { AppError } from '../core/errors';
import type { reportsContract } from './contract';
import { logbook, type ReportsDeps } from './logbook';
import { stats } from './stats';
import { periodicReport } from './periodic';

/** Wires the reports contract to the database. */
export function reportsHandlers(deps: ReportsDeps): Handlers<typeof reportsContract> {
  return {
    'reports.logbook': (input, ctx) => {
      if (!ctx.caller) throw new AppError('unauthenticated', 'Vui lòng đăng nhập.');
      return logbook(deps, input, ctx.caller, ctx.now);
    },
    'reports.stats': (input, ctx) => stats(deps.db, input, ctx.now),
    'reports.periodic': (input, ctx) => periodicReport(deps, input, ctx.caller ?? null, ctx.now),
  };
}
