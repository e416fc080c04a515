/**
 * The unit's settings (settings.get / settings.update): name and address on every slip, the forms'
 * heading, place, contact and signer, codes, kiosk timings.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import type { UnitSettings } from '../../../main/settings/types';

type TextKey =
  | 'unitName'
  | 'parentAgency'
  | 'unitAddress'
  | 'place'
  | 'agencyCode'
  | 'codeFormat'
  | 'collectAt'
  | 'contact'
  | 'headName';
type NumberKey = 'kioskIdleSeconds' | 'kioskCountdownSeconds' | 'dueOverrideMaxDays';
/** Typed by people, printed on the forms: normalised to NFC before they are sent. */
const PROSE_KEYS: TextKey[] = [
  'unitName',
  'parentAgency',
  'unitAddress',
  'place',
  'collectAt',
  'contact',
  'headName',
];
const TEXT_KEYS: TextKey[] = [
  'unitName',
  'parentAgency',
  'unitAddress',
  'place',
  'agencyCode',
  'codeFormat',
  'collectAt',
  'contact',
  'headName',
];
const NUMBER_KEYS: NumberKey[] = [
  'kioskIdleSeconds',
  'kioskCountdownSeconds',
  'dueOverrideMaxDays',
];

type Draft = Record<TextKey | NumberKey | 'periods', string> & { weekdays: number[] };
const WEEK = ['1', '2', '3', '4', '5', '6', '0'] as const;

/** "07:00-11:30, 13:30-17:00" → periods, or null when the text is not that shape. */
function parsePeriods(text: string): { start: string; end: string }[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const periods = parts.map((p) => /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/u.exec(p));
  if (periods.length === 0 || periods.some((m) => !m)) return null;
  return periods.map((m) => ({ start: m![1], end: m![2] }));
}

function toDraft(s: UnitSettings): Draft {
  return {
    periods: s.officeHours.periods.map((p) => `${p.start}-${p.end}`).join(', '),
    weekdays: [...s.officeHours.weekdays],
    unitName: s.unitName,
    parentAgency: s.parentAgency,
    unitAddress: s.unitAddress,
    place: s.place,
    agencyCode: s.agencyCode,
    codeFormat: s.codeFormat,
    collectAt: s.collectAt,
    contact: s.contact,
    headName: s.headName,
    kioskIdleSeconds: String(s.kioskIdleSeconds),
    kioskCountdownSeconds: String(s.kioskCountdownSeconds),
    dueOverrideMaxDays: String(s.dueOverrideMaxDays),
  };
}

export function SettingsPanel() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('settings.get', {}).then(
      (s) => setDraft(toDraft(s)),
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const periods = parsePeriods(draft.periods);
    if (!periods) {
      setError({ message: t('admin.officePeriodsError'), field: 'officeHours' });
      return;
    }
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const prose = Object.fromEntries(
        PROSE_KEYS.map((k) => [k, draft[k].normalize('NFC')]),
      ) as Record<(typeof PROSE_KEYS)[number], string>;
      const s = await call('settings.update', {
        ...prose,
        agencyCode: draft.agencyCode.trim(),
        codeFormat: draft.codeFormat.trim(),
        kioskIdleSeconds: Number(draft.kioskIdleSeconds),
        kioskCountdownSeconds: Number(draft.kioskCountdownSeconds),
        dueOverrideMaxDays: Number(draft.dueOverrideMaxDays),
        officeHours: { weekdays: draft.weekdays, periods },
      });
      setDraft(toDraft(s));
      setSaved(true);
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('admin.settingsTitle')}</h2>
      <ErrorNotice message={loadError} />
      {draft && (
        <form className="form grid-2" onSubmit={(e) => void submit(e)} noValidate>
          {TEXT_KEYS.map((k) => (
            <TextField
              key={k}
              label={t(`admin.${k}`)}
              value={draft[k]}
              onChange={(v) => setDraft({ ...draft, [k]: v })}
              error={errorFor(error, k)}
            />
          ))}
          {NUMBER_KEYS.map((k) => (
            <TextField
              key={k}
              label={t(`admin.${k}`)}
              value={draft[k]}
              onChange={(v) => setDraft({ ...draft, [k]: v })}
              error={errorFor(error, k)}
              type="number"
            />
          ))}
          <TextField
            label={t('admin.officePeriods')}
            value={draft.periods}
            onChange={(v) => setDraft({ ...draft, periods: v })}
            error={errorFor(error, 'officeHours')}
          />
          <fieldset className="weekdays">
            <legend>{t('admin.officeWeekdays')}</legend>
            {WEEK.map((key) => {
              const d = Number(key);
              return (
                <label key={key}>
                  <input
                    type="checkbox"
                    checked={draft.weekdays.includes(d)}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        weekdays: e.target.checked
                          ? [...draft.weekdays, d].sort((a, b) => a - b)
                          : draft.weekdays.filter((x) => x !== d),
                      })
                    }
                  />{' '}
                  {t(`admin.weekday.${key}`)}
                </label>
              );
            })}
          </fieldset>
          <div className="span-2">
            <ErrorNotice message={error?.message} />
            {saved && (
              <p className="notice notice--ok" role="status">
                {t('admin.saved')}
              </p>
            )}
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {t('common.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
