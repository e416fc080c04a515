/** A printed job's latest outcome and "In lại": reprinting replaces the outcome shown with the new job's. */
import { useState } from 'react';
import { call, errorMessage } from '../api/client';
import { usePrintFollow } from '../api/usePrintFollow';
import type { PrintOutcome } from '../../../main/printing/types';

export function useReprint(first: PrintOutcome) {
  const [answer, setPrint] = useState<PrintOutcome>(first);
  const print = usePrintFollow(answer);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reprint = async () => {
    setBusy(true);
    setError(null);
    try {
      setPrint(await call('printing.reprint', { jobId: print.jobId }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { print, busy, error, reprint };
}
