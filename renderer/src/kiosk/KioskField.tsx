/**
 * A kiosk text field: never opens the operating system's keyboard (inputMode="none"), opens ours
 * (data-osk), and cleans whatever reaches it (typed, pasted or scanned) so a paste of emoji,
 * right-to-left controls or ten thousand characters cannot break the form.
 */
import type { Ref } from 'react';
import { TextField } from '../components/TextField';
import { sanitizeField, type FieldMode } from '../input/sanitize';
import { cleanNumber } from '../input/clean';

export interface KioskFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Letters with Telex, or the number pad (digits only). */
  keys: FieldMode;
  maxLength: number;
  hint?: string;
  error?: string | undefined;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Telex off for codes and e-mail addresses. */
  telex?: boolean;
  /** Capital at the start of each word (names). */
  capitalizeWords?: boolean;
  /** What "Xong" on the keyboard does. */
  enter?: 'submit' | 'next' | 'close';
  /** Codes are shown and sent in capitals. */
  upperCase?: boolean;
  type?: 'text' | 'search' | 'email' | 'tel';
  required?: boolean;
  id?: string;
  name?: string;
  /** A phone or ID number: cleaned (spaces, dots, "+84") before the length limit. */
  numberKind?: 'phone' | 'id';
}

/** One labelled kiosk field wired to the on-screen keyboard. */
export function KioskField(props: KioskFieldProps) {
  const {
    keys,
    maxLength,
    telex = true,
    capitalizeWords,
    enter = 'close',
    upperCase,
    onChange,
    type = 'text',
    numberKind,
    ...field
  } = props;
  const clean = (raw: string) => {
    const v = numberKind
      ? cleanNumber(numberKind, raw, maxLength)
      : sanitizeField(raw, { mode: keys, maxLength });
    return upperCase ? v.toUpperCase() : v;
  };
  return (
    <TextField
      {...field}
      type={type}
      onChange={(raw) => onChange(clean(raw))}
      inputMode="none"
      autoComplete="off"
      autoCorrect="off"
      autoCapitalize="off"
      spellCheck={false}
      // A pasted "+84 912 345 678" must reach the cleaner whole: the browser's own cut comes later.
      maxLength={numberKind ? 40 : maxLength}
      data-osk={keys}
      data-osk-telex={telex ? undefined : 'off'}
      data-osk-capitalize={capitalizeWords ? 'words' : undefined}
      data-osk-enter={enter}
    />
  );
}
