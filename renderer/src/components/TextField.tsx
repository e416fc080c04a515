/** A labelled input with its hint and its error, wired for screen readers and role locators. */
import type { InputHTMLAttributes, Ref } from 'react';
import { FieldFrame, useFieldIds } from './FieldFrame';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** One form field: <label>, <input>, hint and error text tied by aria attributes. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  inputRef,
  id,
  className,
  ...rest
}: Props) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <input
        {...rest}
        id={ids.controlId}
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldFrame>
  );
}
