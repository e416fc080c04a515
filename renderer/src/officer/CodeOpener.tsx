/**
 * The officer's first field. A keyboard-wedge scanner types the code and Enter, which submits the
 * form; the field is emptied and keeps focus for the next scan.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client';
import { TextField } from '../components/TextField';
import { openCode } from './openCode';
import type { Work } from './OfficerScreen';

/** `focusSignal` changes whenever the main panel changes: the field takes the focus back for the next scan. */
export function CodeOpener({
  onOpened,
  focusSignal,
}: {
  onOpened: (w: Work) => void;
  focusSignal: number;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null)
      inputRef.current?.focus();
  }, [focusSignal]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      onOpened(await openCode(code));
      setCode('');
    } catch (err) {
      setError(errorMessage(err));
      inputRef.current?.select();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inline-form code-opener" onSubmit={(e) => void submit(e)}>
      <TextField
        label={t('officer.codeLabel')}
        hint={t('officer.codeHint')}
        value={code}
        onChange={setCode}
        inputRef={inputRef}
        autoComplete="off"
        spellCheck={false}
        error={error ?? undefined}
      />
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {busy ? t('officer.opening') : t('officer.open')}
      </button>
    </form>
  );
}
