/** Handlers of the fees contract: one-liners over the fee service, the statement and the report. */
import type { Handlers } from '../core/handlers';
import type { Caller } from '../core/types';
import { badInput } from '../core/errors';
import { appendAudit, actorOf } from '../audit/log';
import type { feesContract } from './contract';
import { BANKS } from './banks';
import { feeTiming, setFeeTiming, type FeesDeps, type FeeService } from './service';
import { importStatement } from './statement';
import { paymentsReport, paymentsXlsx } from './payments';

const officer = (caller: Caller | null): Caller => {
  if (!caller) throw badInput('Cần đăng nhập.');
  return caller;
};

/** Wires the fees contract to its service. */
export function feesHandlers(deps: FeesDeps & { fees: FeeService }): Handlers<typeof feesContract> {
  const { db, fees } = deps;
  return {
    'fees.banks': () => [...BANKS],
    'fees.qr': (input, ctx) => fees.makeQr(input, officer(ctx.caller), ctx.now),
    'fees.current': (input, ctx) => ({ qr: fees.current(input.counter, ctx.now) }),
    'fees.confirm': (input, ctx) => fees.confirm(input, officer(ctx.caller), ctx.now),
    'fees.timing': (input) => ({
      procedureCode: input.procedureCode,
      timing: feeTiming(db, input.procedureCode),
    }),
    'fees.setTiming': (input, ctx) =>
      db.transaction(() => {
        setFeeTiming(db, input.procedureCode, input.timing);
        appendAudit(db, {
          at: ctx.now,
          actor: actorOf(ctx.caller),
          action: 'fees.setTiming',
          subject: input.procedureCode,
          detail: input,
        });
        return input;
      })(),
    'fees.importStatement': (input, ctx) => importStatement(db, input.content, actorOf(ctx.caller)),
    'reports.payments': async (input) => {
      const report = paymentsReport(db, input.from, input.to);
      if (input.format !== 'xlsx') return report;
      const file = await paymentsXlsx(report, deps.settings().unitName);
      return {
        ...report,
        filename: `doi-soat-chuyen-khoan-${report.from.slice(0, 10)}-${report.to.slice(0, 10)}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: file.toString('base64'),
      };
    },
  };
}
