/** Editing one day: a day off, a make-up working day, or back to the weekly rule; with its note. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import type { CalendarDay, YearCalendar } from '../../../main/calendar/types';

type Kind = 'off' | 'work' | 'normal';

interface Props {
  year: number;
  date: string;
  day: CalendarDay | undefined;
  onSaved: (c: YearCalendar) => void;
  onCancel: () => void;
}

export function DayEditor({ year, date, day, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>(day?.kind ?? 'off');
  const [note, setNote] = useState(day?.note ?? '');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await call('calendar.setDays', {
          year,
          days: [
            { date, kind, ...(kind === 'normal' ? {} : { note: note.normalize('NFC').trim() }) },
          ],
        }),
      );
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  const shown = date.split('-').reverse().join('/');
  return (
    <form
      className="action-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="day-title"
      noValidate
    >
      <h3 id="day-title">{t('manage.calendar.dayTitle', { date: shown })}</h3>
      <div className="grid-2">
        <SelectField
          label={t('manage.calendar.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'off', label: t('manage.calendar.kindOff') },
            { value: 'work', label: t('manage.calendar.kindWork') },
            { value: 'normal', label: t('manage.calendar.kindNormal') },
          ]}
        />
        <TextField
          label={t('manage.calendar.note')}
          value={note}
          onChange={setNote}
          disabled={kind === 'normal'}
          error={errorFor(error, 'days.0.note')}
          autoComplete="off"
        />
      </div>
      <ErrorNotice message={error?.message} />
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('manage.calendar.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('desk.cancel')}
        </button>
      </div>
    </form>
  );
}
