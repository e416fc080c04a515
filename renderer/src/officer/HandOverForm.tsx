/** Handing the dossier to the unit that decides it: a line of the control sheet. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { unclaimed, useSubmit } from './useSubmit';
import type { TransitionResult } from '../../../main/dossiers/types';
import { FormActions } from './FormActions';

interface Props {
  code: string;
  onDone: (r: TransitionResult) => void;
  onCancel: () => void;
}

export function HandOverForm({ code, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [toUnit, setToUnit] = useState('');
  const [receiver, setReceiver] = useState('');
  const { busy, error, run } = useSubmit(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const who = receiver.normalize('NFC').trim();
    void run(() =>
      call('dossiers.handOver', {
        code,
        toUnit: toUnit.normalize('NFC').trim(),
        ...(who ? { receiver: who } : {}),
      }),
    );
  };
  return (
    <form className="action-form" onSubmit={submit} aria-labelledby="handover-title" noValidate>
      <h3 id="handover-title">{t('desk.handOver.title')}</h3>
      <div className="grid-2">
        <TextField
          label={t('desk.handOver.toUnit')}
          value={toUnit}
          onChange={setToUnit}
          error={errorFor(error, 'toUnit')}
          autoFocus
          autoComplete="off"
        />
        <TextField
          label={`${t('desk.handOver.receiver')} ${t('common.optional')}`}
          value={receiver}
          onChange={setReceiver}
          error={errorFor(error, 'receiver')}
          autoComplete="off"
        />
      </div>
      <ErrorNotice message={unclaimed(error, 'toUnit', 'receiver')} />
      <FormActions busy={busy} submitLabel={t('desk.handOver.submit')} onCancel={onCancel} />
    </form>
  );
}
