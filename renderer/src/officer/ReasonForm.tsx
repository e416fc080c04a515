/** The decisions that only need a written reason: refuse (Mẫu 03), withdraw, stop. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextArea } from '../components/TextArea';
import { unclaimed, useSubmit } from './useSubmit';
import type { TransitionResult } from '../../../main/dossiers/types';
import { FormActions } from './FormActions';

export type ReasonAction = 'refuse' | 'withdraw' | 'stop';

const OPERATION = {
  refuse: 'dossiers.refuse',
  withdraw: 'dossiers.withdraw',
  stop: 'dossiers.stop',
} as const;

interface Props {
  action: ReasonAction;
  code: string;
  onDone: (r: TransitionResult) => void;
  onCancel: () => void;
}

export function ReasonForm({ action, code, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => call(OPERATION[action], { code, reason: reason.normalize('NFC').trim() }));
  };
  const titleId = `reason-${action}`;
  return (
    <form className="action-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>{t(`desk.${action}.title`)}</h3>
      <TextArea
        label={t('desk.reason')}
        hint={t('desk.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errorFor(error, 'reason')}
        autoFocus
      />
      <ErrorNotice message={unclaimed(error, 'reason')} />
      <FormActions busy={busy} submitLabel={t(`desk.${action}.submit`)} onCancel={onCancel} />
    </form>
  );
}
