/** The printing handlers: one-liners over the print service. */
import type { Handlers } from '../api/handlers';
import type { printingContract } from './contract';
import type { PrintService } from './service';

/** Binds the printing contract to the configured print service. */
export function printingHandlers(deps: { printer: PrintService }): Handlers<typeof printingContract> {
  return {
    'printing.jobs': (input) => ({ items: deps.printer.jobs(input) }),
    'printing.reprint': (input) => deps.printer.reprint(input.jobId),
    'printing.preview': (input) => deps.printer.preview(input.jobId),
    'printing.test': () => deps.printer.testPrint(),
    'printing.info': () => deps.printer.printerInfo(),
  };
}
