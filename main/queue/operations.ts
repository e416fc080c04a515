/** Handlers of the queue contract: one line each over the queue service and the counter actions. */
import type { Handlers } from '../core/handlers';
import { actorOf } from '../audit/log';
import type { queueContract } from './contract';
import { board, counters, setCounters, take, type QueueDeps } from './service';
import { callNext, pause, recall, skip, transfer } from './actions';
import { queueStats } from './stats';

/** Wires the queue contract to the queue service. */
export function queueHandlers(deps: QueueDeps): Handlers<typeof queueContract> {
  return {
    'queue.counters': (_input, ctx) => counters(deps, ctx.now),
    'queue.setCounters': (input, ctx) =>
      setCounters(deps, input.counters, actorOf(ctx.caller), ctx.now),
    'queue.take': (input, ctx) => take(deps, input, ctx.now),
    'queue.callNext': (input, ctx) => callNext(deps, input.counter, actorOf(ctx.caller), ctx.now),
    'queue.recall': (input, ctx) => recall(deps, input, actorOf(ctx.caller), ctx.now),
    'queue.skip': (input, ctx) => skip(deps, input.counter, ctx.now),
    'queue.transfer': (input, ctx) => transfer(deps, input, actorOf(ctx.caller), ctx.now),
    'queue.pause': (input, ctx) => pause(deps, input, actorOf(ctx.caller), ctx.now),
    'queue.resume': (input, ctx) =>
      pause(deps, { counter: input.counter, reason: null }, actorOf(ctx.caller), ctx.now),
    'queue.stats': (input, ctx) => queueStats(deps.db, input, ctx.now),
    'queue.board': (_input, ctx) => board(deps, ctx.now),
  };
}
