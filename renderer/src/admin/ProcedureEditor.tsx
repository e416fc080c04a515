/** Correcting one procedure by hand (catalog.update): names, where to submit, times, fees and the documents to bring. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextArea } from '../components/TextArea';
import { TextField } from '../components/TextField';
import { ProcessingRows, FeeRows, DocumentRows } from './ProcedureRows';
import type { Procedure } from '../../../main/catalog/types';
import { FeeTimingField } from '../fees/FeeTimingField';

interface Props {
  code: string;
  onHidden: (code: string, hidden: boolean) => void;
  onClose: () => void;
}

export function ProcedureEditor({ code, onHidden, onClose }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Procedure | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('catalog.get', { code }).then(setDraft, (e: unknown) => setLoadError(errorMessage(e)));
  }, [code]);

  if (!draft) return <ErrorNotice message={loadError} />;
  const set = (patch: Partial<Procedure>) => setDraft({ ...draft, ...patch });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(null);
    const { localCode, ...rest } = draft;
    const local = localCode?.trim();
    try {
      const r = await call('catalog.update', {
        procedure: { ...rest, ...(local ? { localCode: local } : {}) },
      });
      setDraft(r.procedure);
      setSaved(
        t('manage.procedures.saved', { outcome: t(`manage.procedures.outcome.${r.outcome}`) }),
      );
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  const toggleHidden = async () => {
    setError(null);
    try {
      const r = await call('catalog.setHidden', { code: draft.code, hidden: !draft.hidden });
      set({ hidden: r.hidden });
      onHidden(r.code, r.hidden);
    } catch (err) {
      setError(toFormError(err));
    }
  };

  const fieldError = (path: string) =>
    error?.field === `procedure.${path}` ? error.message : undefined;
  return (
    <form
      className="card"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="proc-edit-title"
      noValidate
    >
      <div className="panel-head">
        <h2 id="proc-edit-title">{t('manage.procedures.editTitle', { code: draft.code })}</h2>
        <div className="actions actions--tight">
          <span className={`job-status job-status--${draft.hidden ? 'failed' : 'printed'}`}>
            {draft.hidden ? t('manage.procedures.hidden') : t('manage.procedures.visible')}
          </span>
          <button type="button" className="btn btn--small" onClick={() => void toggleHidden()}>
            {draft.hidden ? t('manage.procedures.unhide') : t('manage.procedures.hide')}
          </button>
          <button type="button" className="btn btn--small" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
      <TextField
        label={t('manage.procedures.name')}
        value={draft.name}
        onChange={(name) => set({ name })}
        error={fieldError('name')}
      />
      <div className="grid-2">
        <TextField
          label={t('manage.procedures.field')}
          value={draft.field}
          onChange={(field) => set({ field })}
          error={fieldError('field')}
        />
        <TextField
          label={t('manage.procedures.localCode')}
          value={draft.localCode ?? ''}
          onChange={(localCode) => set({ localCode })}
          error={fieldError('localCode')}
        />
      </div>
      <TextArea
        label={t('manage.procedures.submitAt')}
        value={draft.submitAt ?? ''}
        onChange={(submitAt) => set({ submitAt })}
        rows={2}
      />
      <TextArea
        label={t('manage.procedures.conditions')}
        value={draft.conditions ?? ''}
        onChange={(conditions) => set({ conditions })}
        rows={2}
      />
      <ProcessingRows rows={draft.processing} onChange={(processing) => set({ processing })} />
      <FeeRows rows={draft.fees} onChange={(fees) => set({ fees })} />
      <FeeTimingField procedureCode={draft.code} />
      <DocumentRows
        cases={draft.documentCases}
        onChange={(documentCases) => set({ documentCases })}
      />
      <ErrorNotice message={error?.message} />
      {saved && (
        <p className="notice notice--ok" role="status">
          {saved}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('manage.procedures.save')}
        </button>
      </div>
    </form>
  );
}
