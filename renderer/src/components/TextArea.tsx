/** A labelled multi-line field with its hint and error, wired like TextField. */
import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame, useFieldIds } from './FieldFrame';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
}

/** One multi-line field: <label>, <textarea>, hint and error tied by aria attributes. */
export function TextArea({
  label,
  value,
  onChange,
  hint,
  error,
  id,
  className,
  rows = 3,
  ...rest
}: Props) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <textarea
        {...rest}
        id={ids.controlId}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldFrame>
  );
}
