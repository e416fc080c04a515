/** Handlers of the feedback contract: one line each over the feedback service. */
import type { Handlers } from '../core/handlers';
import type { feedbackContract } from './contract';
import { rate, stats, type FeedbackDeps } from './service';

/** Wires the feedback contract to the feedback service. */
export function feedbackHandlers(deps: FeedbackDeps): Handlers<typeof feedbackContract> {
  return {
    'feedback.rate': (input, ctx) => rate(deps, input, ratingSource(ctx), ctx.now),
    'feedback.stats': (input) => stats(deps, new Date(input.from), new Date(input.to)),
  };
}

/** Each kiosk is its own source: a signed-in kiosk by its account, a public one by its address. */
function ratingSource(ctx: { caller: { username: string } | null; client?: string }): string {
  if (ctx.caller) return ctx.caller.username;
  return ctx.client ? `kiosk@${ctx.client}` : 'kiosk';
}
