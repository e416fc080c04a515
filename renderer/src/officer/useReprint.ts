/** A printed job's latest outcome and "In lại": reprinting replaces the outcome shown with the new job's. */
import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api/client';
import { usePrintFollow } from '../api/usePrintFollow';
import type { PrintOutcome } from '../../../main/printing/types';

export function useReprint(first: PrintOutcome) {
  const [answer, setPrint] = useState<PrintOutcome>(first);
  const followed = usePrintFollow(answer);
  const preview = useLatePreview(followed);
  const print = preview ? { ...followed, preview } : followed;
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

/**
 * An answer given while its slip was still being drawn (many desks accepting at once) carries no
 * preview: ask for the job's own once, so the officer still sees what the citizen gets.
 */
function useLatePreview(print: PrintOutcome): string | null {
  const [late, setLate] = useState<{ jobId: number; preview: string } | null>(null);
  const wanted = !print.preview && print.status !== 'failed' && print.jobId > 0;
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    call('printing.preview', { jobId: print.jobId }).then(
      (r) => live && setLate(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, print.jobId]);
  return late && late.jobId === print.jobId ? late.preview : null;
}
