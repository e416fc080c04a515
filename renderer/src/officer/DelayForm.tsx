/** A late dossier: apologise and set a new date (Mẫu 04); the original date is kept by the core. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextArea } from '../components/TextArea';
import { TextField } from '../components/TextField';
import { vnDateTime } from '../format';
import { nextWeekday, vnInput } from './localTime';
import { unclaimed, useSubmit } from './useSubmit';
import type { TransitionResult } from '../../../main/dossiers/types';
import { FormActions } from './FormActions';

interface Props {
  code: string;
  dueAt: string;
  onDone: (r: TransitionResult) => void;
  onCancel: () => void;
}

export function DelayForm({ code, dueAt, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  // The first weekday after the date in force, or after today when that date has passed.
  const [date, setDate] = useState(() =>
    nextWeekday(Date.parse(dueAt) > Date.now() ? dueAt : new Date().toISOString()),
  );
  const [time, setTime] = useState('16:00');
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() =>
      call('dossiers.delay', {
        code,
        newDueAt: vnInput(date, time),
        reason: reason.normalize('NFC').trim(),
      }),
    );
  };
  const newDueError = errorFor(error, 'newDueAt');
  return (
    <form className="action-form" onSubmit={submit} aria-labelledby="delay-title" noValidate>
      <h3 id="delay-title">{t('desk.delay.title')}</h3>
      <p>{t('desk.delay.current', { at: vnDateTime(dueAt) })}</p>
      <div className="grid-2">
        <TextField
          label={t('desk.delay.newDate')}
          type="date"
          value={date}
          onChange={setDate}
          error={newDueError}
          required
        />
        <TextField
          label={t('desk.delay.newTime')}
          type="time"
          value={time}
          onChange={setTime}
          required
        />
      </div>
      <TextArea
        label={t('desk.reason')}
        hint={t('desk.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errorFor(error, 'reason')}
      />
      <ErrorNotice message={unclaimed(error, 'newDueAt', 'reason')} />
      <FormActions busy={busy} submitLabel={t('desk.delay.submit')} onCancel={onCancel} />
    </form>
  );
}
