/** What every labelled field shares: the ids tying label, hint and error to the control, and their markup. */
import { useId, type ReactNode } from 'react';

/** The control's id and its aria-describedby (error first, then hint). */
export function useFieldIds(
  id: string | undefined,
  hint: string | undefined,
  error: string | undefined,
) {
  const auto = useId();
  const controlId = id ?? auto;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return {
    controlId,
    hintId,
    errorId,
    describedBy: [errorId, hintId].filter(Boolean).join(' ') || undefined,
  };
}

export function FieldFrame(props: {
  ids: ReturnType<typeof useFieldIds>;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  const { ids, label, hint, error, className, children } = props;
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={ids.controlId}>{label}</label>
      {children}
      {hint && (
        <p className="field__hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
