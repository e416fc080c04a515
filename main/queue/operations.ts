/** Handlers of the queue contract: one line each over the queue service. */
import type { Handlers } from '../core/handlers';
import { actorOf } from '../audit/log';
import type { queueContract } from './contract';
import { board, callNext, counters, setCounters, take, type QueueDeps } from './service';

/** Wires the queue contract to the queue service. */
export function queueHandlers(deps: QueueDeps): Handlers<typeof queueContract> {
  return {
    'queue.counters': (_input, ctx) => counters(deps, ctx.now),
    'queue.setCounters': (input, ctx) =>
      setCounters(deps, input.counters, actorOf(ctx.caller), ctx.now),
    'queue.take': (input, ctx) => take(deps, input, ctx.now),
    'queue.callNext': (input, ctx) => callNext(deps, input.counter, actorOf(ctx.caller), ctx.now),
    'queue.board': (_input, ctx) => board(deps, ctx.now),
  };
}
