/** Changing the computed due date at acceptance: allowed only with a written reason, which the core keeps in the history. */
import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../api/fieldErrors';
import { TextField } from '../components/TextField';
import { vnDateInput, vnTimeInput } from './localTime';

export interface Override {
  on: boolean;
  date: string;
  time: string;
  reason: string;
}

interface Props {
  value: Override;
  /** The computed date, to start the override from. */
  dueAt: string | null;
  onChange: (v: Override) => void;
  error: FormError | null;
}

export function DueOverride({ value, dueAt, onChange, error }: Props) {
  const { t } = useTranslation();
  const toggle = (on: boolean) =>
    onChange({
      ...value,
      on,
      date: value.date || (dueAt ? vnDateInput(dueAt) : ''),
      time: value.time || (dueAt ? vnTimeInput(dueAt) : '16:00'),
    });
  return (
    <div className="due-override">
      <label className="check">
        <input type="checkbox" checked={value.on} onChange={(e) => toggle(e.target.checked)} />
        <span>{t('desk.override.toggle')}</span>
      </label>
      {value.on && (
        <div className="grid-3">
          <TextField
            label={t('desk.override.date')}
            type="date"
            value={value.date}
            onChange={(date) => onChange({ ...value, date })}
            error={errorFor(error, 'dueAtOverride')}
          />
          <TextField
            label={t('desk.override.time')}
            type="time"
            value={value.time}
            onChange={(time) => onChange({ ...value, time })}
          />
          <TextField
            label={t('desk.override.reason')}
            hint={t('desk.override.reasonNeeded')}
            value={value.reason}
            onChange={(reason) => onChange({ ...value, reason })}
            error={errorFor(error, 'overrideReason')}
            autoComplete="off"
          />
        </div>
      )}
    </div>
  );
}
