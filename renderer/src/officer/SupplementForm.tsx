/** Asking for missing papers (Mẫu 02): pick them from the procedure's checklist or type others, give the reason. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextArea } from '../components/TextArea';
import { useProcedure } from '../components/useProcedure';
import { unclaimed, useSubmit } from './useSubmit';
import type { MissingDocument, TransitionResult } from '../../../main/dossiers/types';
import { FormActions } from './FormActions';

interface Props {
  code: string;
  procedureCode: string;
  onDone: (r: TransitionResult) => void;
  onCancel: () => void;
  /** Papers already known to be missing (the accept found them unticked): chosen from the start. */
  initial?: MissingDocument[];
}

export function SupplementForm({ code, procedureCode, onDone, onCancel, initial }: Props) {
  const { t } = useTranslation();
  const { procedure, error: procError } = useProcedure(procedureCode);
  // null until the officer ticks or unticks: the papers the accept found missing are chosen until then.
  const [touched, setChosen] = useState<Record<string, MissingDocument> | null>(null);
  const [others, setOthers] = useState('');
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const { busy, error, run } = useSubmit(onDone);
  const chosen = touched ?? (initial && procedure ? prefilled(procedure, initial) : {});
  const form = useRef<HTMLFormElement>(null);

  // Coming from the accept form: the form in view, the missing papers chosen (until the officer changes them).
  useEffect(() => {
    if (initial) form.current?.scrollIntoView?.({ block: 'start' });
  }, [initial]);

  const toggle = (key: string, doc: MissingDocument, on: boolean) =>
    setChosen((c) => {
      const next = { ...(c ?? chosen) };
      if (on) next[key] = doc;
      else delete next[key];
      return next;
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = others
      .split('\n')
      .map((s) => s.normalize('NFC').trim())
      .filter(Boolean)
      .map((name) => ({ name }));
    const missing = [...Object.values(chosen), ...typed];
    if (missing.length === 0) {
      setLocalError(t('desk.supplement.noneChosen'));
      return;
    }
    setLocalError(null);
    void run(() =>
      call('dossiers.requestSupplement', { code, missing, reason: reason.normalize('NFC').trim() }),
    );
  };

  return (
    <form
      ref={form}
      className="action-form"
      onSubmit={submit}
      aria-labelledby="supp-title"
      noValidate
    >
      <h3 id="supp-title">{t('desk.supplement.title')}</h3>
      <ErrorNotice message={procError} />
      {procedure && procedure.documentCases.length > 0 && (
        <fieldset className="checklist">
          <legend>{t('desk.supplement.fromChecklist')}</legend>
          {procedure.documentCases.map((c, ci) =>
            c.documents.map((d, di) => {
              const key = `${ci}-${di}`;
              return (
                <label key={key} className="checklist__tick">
                  <input
                    type="checkbox"
                    checked={key in chosen}
                    onChange={(e) =>
                      toggle(
                        key,
                        { name: d.name, originals: d.originals, copies: d.copies },
                        e.target.checked,
                      )
                    }
                  />
                  <span>{t('desk.supplement.missing', { name: d.name })}</span>
                </label>
              );
            }),
          )}
        </fieldset>
      )}
      <TextArea
        label={t('desk.supplement.others')}
        value={others}
        onChange={setOthers}
        error={errorFor(error, 'missing') ?? localError ?? undefined}
      />
      <TextArea
        label={t('desk.reason')}
        hint={t('desk.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errorFor(error, 'reason')}
      />
      <ErrorNotice message={unclaimed(error, 'missing', 'reason')} />
      <FormActions busy={busy} submitLabel={t('desk.supplement.submit')} onCancel={onCancel} />
    </form>
  );
}

/** The procedure's papers that are among those found missing, keyed as the checklist keys them. */
function prefilled(
  procedure: { documentCases: { documents: { name: string }[] }[] },
  initial: MissingDocument[],
): Record<string, MissingDocument> {
  const out: Record<string, MissingDocument> = {};
  procedure.documentCases.forEach((c, ci) =>
    c.documents.forEach((d, di) => {
      const m = initial.find((x) => x.name === d.name);
      if (m) out[`${ci}-${di}`] = m;
    }),
  );
  return out;
}
