/** Handlers of the calendar's operations: one-liners over the calendar service. */
import type { Handlers } from '../core/handlers';
import type { Db } from '../db/database';
import { actorOf, appendAudit } from '../audit/log';
import type { calendarContract } from './contract';
import type { CalendarService } from './service';
import { toVnIso } from './vn-time';

/** Binds the calendar contract to a service built by the composition root. */
export function calendarHandlers(deps: {
  calendar: CalendarService;
  db: Db;
}): Handlers<typeof calendarContract> {
  const { calendar, db } = deps;
  // Calendar edits change every due date the unit promises: each one is audited.
  const audited = <T>(
    action: string,
    year: number,
    ctx: { now: Date; caller: Parameters<typeof actorOf>[0] },
    run: () => T,
  ): T => {
    const result = run();
    appendAudit(db, {
      at: ctx.now,
      actor: actorOf(ctx.caller),
      action,
      subject: `calendar:${year}`,
    });
    return result;
  };
  return {
    'calendar.dueDate': (i) => ({
      dueAt: toVnIso(
        calendar.dueDate({
          from: new Date(i.from),
          amount: i.amount,
          unit: i.unit,
          cutoff: i.cutoff,
        }),
      ),
    }),
    'calendar.days': (i) => calendar.days(i.year),
    'calendar.setDays': (i, ctx) =>
      audited('calendar.setDays', i.year, ctx, () => calendar.setDays(i.year, i.days)),
    'calendar.confirmYear': (i, ctx) =>
      audited('calendar.confirmYear', i.year, ctx, () => calendar.confirmYear(i.year)),
    'calendar.export': (i) => calendar.exportYear(i.year, i.format),
    'calendar.import': (i, ctx) =>
      audited('calendar.import', i.year, ctx, () =>
        calendar.importYear(i.year, i.format, i.content),
      ),
  };
}
