/** The printing handlers: one-liners over the print service. */
import type { Handlers } from '../core/handlers';
import type { printingContract } from './contract';
import type { PrintService } from './service';
import type { Procedure } from '../catalog/types';
import { notFound } from '../core/errors';
import { declarationDocument, procedureChecklist } from './checklist';

/** Binds the printing contract to the configured print service. */
export function printingHandlers(deps: {
  printer: PrintService;
  procedure(code: string): Procedure | undefined;
  unitName(): string;
  /** The procedure of a kiosk declaration, for its slip. */
  declaredProcedure?(code: string): string | undefined;
}): Handlers<typeof printingContract> {
  const visible = (code: string) => {
    const p = deps.procedure(code);
    if (!p || p.hidden) throw notFound(`Không tìm thấy thủ tục có mã ${code}.`);
    return p;
  };
  return {
    'printing.checklist': (input, ctx) =>
      deps.printer.print(
        procedureChecklist(visible(input.procedureCode), deps.unitName(), ctx.now),
        { subject: input.procedureCode },
      ),
    'printing.declaration': (input, ctx) => {
      const code = deps.declaredProcedure?.(input.declarationCode);
      if (!code) throw notFound(`Không tìm thấy tờ khai có mã ${input.declarationCode}.`);
      const doc = declarationDocument(
        visible(code),
        { declarationCode: input.declarationCode, unitName: deps.unitName() },
        ctx.now,
      );
      return deps.printer.print(doc, { subject: input.declarationCode });
    },
    'printing.jobs': (input) => ({ items: deps.printer.jobs(input) }),
    'printing.job': (input) => deps.printer.job(input.jobId),
    'printing.reprint': (input) => deps.printer.reprint(input.jobId),
    'printing.preview': (input) => deps.printer.preview(input.jobId),
    'printing.test': () => deps.printer.testPrint(),
    'printing.info': () => deps.printer.printerInfo(),
  };
}
