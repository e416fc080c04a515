/** Turns an ApiError into "which field, which message" so forms can show it in place. */
import { ApiError, errorMessage } from './client';

export interface FormError {
  /** Dotted input path, e.g. "applicant.idNumber", when the server named one. */
  field: string | null;
  message: string;
}

/** The form-level view of anything a call threw. */
export function toFormError(error: unknown): FormError {
  if (error instanceof ApiError) return { field: error.field ?? null, message: error.message };
  return { field: null, message: errorMessage(error) };
}

/** The message for one field path, if the error is about it. */
export function errorFor(error: FormError | null, path: string): string | undefined {
  return error && error.field === path ? error.message : undefined;
}
