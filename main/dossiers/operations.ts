/** Handlers of the dossier contract: one line each, the work is in service, lookup and queue. */
import type { Handlers } from '../core/handlers';
import type { Caller } from '../core/types';
import { AppError, notFound } from '../core/errors';
import type { dossiersContract } from './contract';
import { accept, declare, getDossier, previewDueDate, type DossierDeps } from './service';
import { lookup } from './lookup';
import { receiptFormHtml } from './forms';
import { formPdf } from '../forms/dossier-forms';
import { refuse, requestSupplement, supplementReceived } from './supplement';
import { close, delay, handOver, markReady, receiveBack, returnResult } from './actions';
import { getDeclaration, todaysQueue } from './queue';

/** Officer operations run with a caller; the table guarantees it, this narrows the type. */
function officer(caller: Caller | null): Caller {
  if (!caller) throw new AppError('unauthenticated', 'Vui lòng đăng nhập.');
  return caller;
}

/** Wires the dossier contract to the dossier service. */
export function dossiersHandlers(deps: DossierDeps): Handlers<typeof dossiersContract> {
  return {
    'dossiers.declare': (input, ctx) => declare(deps, input, ctx.now),
    'dossiers.open': (input, ctx) => {
      // An accepted declaration opens as its dossier, so a slip scanned twice is never accepted twice;
      // one sent home for papers (Mẫu 02) opens again when the citizen comes back with them.
      const declaration = getDeclaration(deps, input.code);
      if (declaration && (declaration.status === 'declared' || declaration.status === 'supplement'))
        return { kind: 'declaration', declaration };
      try {
        return {
          kind: 'dossier',
          dossier: getDossier(deps, input.code, officer(ctx.caller), ctx.now),
        };
      } catch (e) {
        if (e instanceof AppError && e.code === 'not_found')
          throw notFound(`Không tìm thấy tờ khai hoặc hồ sơ có mã ${input.code}.`);
        throw e;
      }
    },
    'dossiers.previewDue': (input, ctx) =>
      previewDueDate(deps, input.procedureCode, ctx.now, input.processing),
    'dossiers.accept': (input, ctx) => accept(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.lookup': (input) => lookup(deps, input.code),
    'dossiers.receiptForm': (input, ctx) =>
      receiptFormHtml(deps, input.code, officer(ctx.caller), ctx.now),
    'dossiers.formPdf': (input, ctx) => formPdf(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.get': (input, ctx) => getDossier(deps, input.code, officer(ctx.caller), ctx.now),
    'dossiers.queue': (_input, ctx) => todaysQueue(deps, ctx.now),
    'dossiers.requestSupplement': (input, ctx) =>
      requestSupplement(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.supplementReceived': (input, ctx) =>
      supplementReceived(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.refuse': (input, ctx) => refuse(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.handOver': (input, ctx) => handOver(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.receiveBack': (input, ctx) => receiveBack(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.markReady': (input, ctx) => markReady(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.delay': (input, ctx) => delay(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.return': (input, ctx) => returnResult(deps, input, officer(ctx.caller), ctx.now),
    'dossiers.withdraw': (input, ctx) =>
      close(deps, 'withdraw', input, officer(ctx.caller), ctx.now),
    'dossiers.stop': (input, ctx) => close(deps, 'stop', input, officer(ctx.caller), ctx.now),
  };
}
