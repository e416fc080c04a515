/** Handlers of the feedback contract: one line each over the feedback service. */
import type { Handlers } from '../api/handlers';
import { actorOf } from '../audit/log';
import type { feedbackContract } from './contract';
import { rate, stats, type FeedbackDeps } from './service';

/** Wires the feedback contract to the feedback service. */
export function feedbackHandlers(deps: FeedbackDeps): Handlers<typeof feedbackContract> {
  return {
    'feedback.rate': (input, ctx) => rate(deps, input, actorOf(ctx.caller), ctx.now),
    'feedback.stats': (input) => stats(deps, new Date(input.from), new Date(input.to)),
  };
}
