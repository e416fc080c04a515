/** Follows a print outcome answered "printing" (the printer not done within 2 s) to its end with `printing.job`. */
import { useEffect, useState } from 'react';
import { call } from './client';
import type { PrintJobState, PrintOutcome } from '../../../main/printing/types';

const EVERY_MS = 1000;

/** The outcome as it is now: the first answer, updated until it is printed or failed. */
export function usePrintFollow(first: PrintOutcome): PrintOutcome {
  const [seen, setSeen] = useState<{ state: PrintJobState; polls: number } | null>(null);
  const current = seen && seen.state.jobId === first.jobId ? seen : null;
  const outcome: PrintOutcome = current
    ? {
        ...first,
        status: current.state.status,
        message: current.state.message,
        warning: current.state.warning,
      }
    : first;
  const polls = current?.polls ?? 0;
  useEffect(() => {
    if (outcome.status !== 'printing') return undefined;
    const timer = window.setTimeout(() => {
      call('printing.job', { jobId: outcome.jobId }).then(
        (state) => setSeen({ state, polls: polls + 1 }),
        () => undefined,
      );
    }, EVERY_MS);
    return () => window.clearTimeout(timer);
  }, [outcome.status, outcome.jobId, polls]);
  return outcome;
}
