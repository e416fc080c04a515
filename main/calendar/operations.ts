/** Handlers of the calendar's operations: one-liners over the calendar service. */
import type { Handlers } from '../api/handlers';
import type { calendarContract } from './contract';
import type { CalendarService } from './service';
import { toVnIso } from './vn-time';

/** Binds the calendar contract to a service built by the composition root. */
export function calendarHandlers(deps: {
  calendar: CalendarService;
}): Handlers<typeof calendarContract> {
  const { calendar } = deps;
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
    'calendar.setDays': (i) => calendar.setDays(i.year, i.days),
    'calendar.confirmYear': (i) => calendar.confirmYear(i.year),
    'calendar.export': (i) => calendar.exportYear(i.year, i.format),
    'calendar.import': (i) => calendar.importYear(i.year, i.format, i.content),
  };
}
