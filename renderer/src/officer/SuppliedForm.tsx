/** The papers a supplement brought: ticked against the Mẫu 02 list, recorded by dossiers.supplementReceived. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { FormActions } from './FormActions';
import { useSubmit } from './useSubmit';
import type { MissingDocument, TransitionResult } from '../../../main/dossiers/types';

interface Props {
  code: string;
  missing: MissingDocument[];
  onDone: (r: TransitionResult) => void;
  onCancel: () => void;
}

export function SuppliedForm({ code, missing, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<boolean[]>(() => missing.map(() => false));
  const [localError, setLocalError] = useState<string | null>(null);
  const { busy, error, run } = useSubmit(onDone);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const received = missing.filter((_, i) => ticked[i]);
    if (missing.length > 0 && received.length === 0) {
      setLocalError(t('paper.supplied.none'));
      return;
    }
    setLocalError(null);
    void run(() =>
      call('dossiers.supplementReceived', {
        code,
        ...(missing.length > 0 ? { received } : {}),
      }),
    );
  };

  return (
    <form className="action-form" onSubmit={submit} aria-labelledby="supplied-title" noValidate>
      <h3 id="supplied-title">{t('paper.supplied.title')}</h3>
      <fieldset className="checklist">
        {missing.map((m, i) => (
          <label key={i} className="checklist__tick">
            <input
              type="checkbox"
              checked={ticked[i]}
              onChange={(e) =>
                setTicked((all) => all.map((v, j) => (j === i ? e.target.checked : v)))
              }
            />
            <span>{t('paper.supplied.item', { name: m.name })}</span>
          </label>
        ))}
      </fieldset>
      <ErrorNotice message={localError ?? error?.message} />
      <FormActions busy={busy} submitLabel={t('paper.supplied.submit')} onCancel={onCancel} />
    </form>
  );
}
