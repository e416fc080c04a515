/** The officer states a processing time the catalog could not structure, before any due date is computed. */
import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../api/fieldErrors';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';

export interface TimeEntry {
  amount: string;
  unit: 'working_day' | 'calendar_day' | 'same_day';
  cutoff: string;
}

export const EMPTY_TIME: TimeEntry = { amount: '', unit: 'working_day', cutoff: '' };

/** What `dossiers.previewDue` and `dossiers.accept` take, or undefined while incomplete. */
export function timeInput(
  v: TimeEntry,
): { amount: number; unit: TimeEntry['unit']; cutoff?: string } | undefined {
  if (v.unit === 'same_day')
    return { amount: 0, unit: 'same_day', ...(v.cutoff ? { cutoff: v.cutoff } : {}) };
  const n = Number.parseInt(v.amount, 10);
  return Number.isFinite(n) && n > 0 ? { amount: n, unit: v.unit } : undefined;
}

interface Props {
  value: TimeEntry;
  onChange: (v: TimeEntry) => void;
  /** The source's wording, for the officer to judge. */
  sourceNote?: string;
  error: FormError | null;
}

export function ConfirmTime({ value, onChange, sourceNote, error }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="confirm-time" aria-labelledby="confirm-time-title">
      <legend id="confirm-time-title">{t('confirmTime.title')}</legend>
      <p className="notice notice--warn">{t('confirmTime.intro')}</p>
      {sourceNote && (
        <p className="muted">
          {t('confirmTime.source')}: {sourceNote}
        </p>
      )}
      <div className="grid-3">
        <SelectField
          label={t('confirmTime.unit')}
          value={value.unit}
          onChange={(unit) => onChange({ ...value, unit })}
          options={[
            { value: 'working_day', label: t('confirmTime.workingDay') },
            { value: 'calendar_day', label: t('confirmTime.calendarDay') },
            { value: 'same_day', label: t('confirmTime.sameDay') },
          ]}
        />
        {value.unit === 'same_day' ? (
          <TextField
            label={t('confirmTime.cutoff')}
            value={value.cutoff}
            onChange={(cutoff) => onChange({ ...value, cutoff })}
            type="time"
            error={errorFor(error, 'processing.cutoff')}
          />
        ) : (
          <TextField
            label={t('confirmTime.amount')}
            value={value.amount}
            onChange={(amount) => onChange({ ...value, amount })}
            type="number"
            min={1}
            max={3650}
            error={errorFor(error, 'processing.amount') ?? errorFor(error, 'processing')}
          />
        )}
      </div>
    </fieldset>
  );
}
