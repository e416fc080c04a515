/** One lifecycle call from a form: busy while it runs, its error (with the field at fault) kept for the form. */
import { useState } from 'react';
import { toFormError, type FormError } from '../api/fieldErrors';

export function useSubmit<T>(onDone: (result: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const run = async (work: () => Promise<T>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      setBusy(false);
      onDone(result);
    } catch (err) {
      setError(toFormError(err));
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/** The error's message when no field of the form shows it (a 409, a network fault, a field the form lacks). */
export function unclaimed(error: FormError | null, ...fields: string[]): string | undefined {
  if (!error) return undefined;
  return error.field && fields.includes(error.field) ? undefined : error.message;
}
