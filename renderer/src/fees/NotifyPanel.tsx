/**
 * The admin sets how citizens are notified: the SMS gateway (address, method, body template),
 * Zalo OA (API address, access token, a ZNS template per event), each channel on or off per
 * event, saved with settings.update; "Gửi thử" sends one message now with the saved settings.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { TextArea } from '../components/TextArea';
import { TextField } from '../components/TextField';
import {
  ZALO_DEFAULT_URL,
  type NotifyEvents,
  type UnitSettings,
} from '../../../main/settings/types';
import type { NotifyTestResult } from '../../../main/portal/types';
import { NotifyTest } from './NotifyTest';

type Event = keyof NotifyEvents;
const EVENTS = [
  { key: 'supplement', label: 'notify.eventSupplement' },
  { key: 'ready', label: 'notify.eventReady' },
  { key: 'dueChanged', label: 'notify.eventDueChanged' },
] as const satisfies readonly { key: Event; label: string }[];
const OFF: NotifyEvents = { supplement: false, ready: false, dueChanged: false };
const NONE: NotifyEvents<string> = { supplement: '', ready: '', dueChanged: '' };

interface Draft {
  smsUrl: string;
  smsMethod: 'GET' | 'POST';
  smsTemplate: string;
  sms: NotifyEvents;
  zaloUrl: string;
  zaloToken: string;
  zalo: NotifyEvents;
  templates: NotifyEvents<string>;
}

function draftOf(s: UnitSettings): Draft {
  return {
    smsUrl: s.sms?.url ?? '',
    smsMethod: s.sms?.method ?? 'POST',
    smsTemplate: s.sms?.template ?? '{"to":"{phone}","message":"{text}"}',
    sms: s.sms?.events ?? OFF,
    zaloUrl: s.zalo?.url ?? ZALO_DEFAULT_URL,
    zaloToken: '',
    zalo: s.zalo?.events ?? OFF,
    templates: s.zalo?.templates ?? NONE,
  };
}

const anyOn = (e: NotifyEvents) => Object.values(e).some(Boolean);

/** The settings.update input: a channel goes when it was saved before or the admin set anything in it. */
function changeOf(d: Draft, saved: UnitSettings | null) {
  const token = d.zaloToken.trim();
  const sms = saved?.sms || d.smsUrl.trim() || anyOn(d.sms);
  const zalo = saved?.zalo || token || anyOn(d.zalo) || Object.values(d.templates).some(Boolean);
  return {
    ...(sms && {
      sms: { url: d.smsUrl.trim(), method: d.smsMethod, template: d.smsTemplate, events: d.sms },
    }),
    ...(zalo && {
      zalo: {
        url: d.zaloUrl.trim(),
        templates: d.templates,
        events: d.zalo,
        ...(token && { accessToken: token }),
      },
    }),
  };
}

export function NotifyPanel() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<UnitSettings | null>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf({} as UnitSettings));
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const loaded = (s: UnitSettings) => {
    setSaved(s);
    setDraft(draftOf(s));
    setDirty(false);
  };
  useEffect(() => {
    call('settings.get', {}).then(loaded, (err: unknown) => setError(toFormError(err)));
  }, []);

  const put = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setDirty(true);
    setDone(false);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      loaded(await call('settings.update', changeOf(draft, saved)));
      setDone(true);
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };
  const test = (channel: 'sms' | 'zalo', phone: string): Promise<NotifyTestResult> =>
    call('notify.test', { channel, phone });

  const fieldError = (path: string) => errorFor(error, path);
  const placed = ['sms.url', 'sms.method', 'sms.template', 'zalo.url', 'zalo.accessToken'];
  const general =
    error && !placed.includes(error.field ?? '') && !error.field?.startsWith('zalo.templates.')
      ? error.message
      : undefined;
  return (
    <section className="card notify" aria-labelledby="notify-title">
      <h2 id="notify-title">{t('notify.title')}</h2>
      <p className="muted">{t('notify.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="notify__group">
          <legend>{t('notify.smsTitle')}</legend>
          <div className="grid-2">
            <TextField
              label={t('notify.smsUrl')}
              hint={t('notify.smsUrlHint')}
              value={draft.smsUrl}
              onChange={(smsUrl) => put({ smsUrl })}
              inputMode="url"
              autoComplete="off"
              error={fieldError('sms.url')}
            />
            <SelectField
              label={t('notify.smsMethod')}
              value={draft.smsMethod}
              onChange={(smsMethod) => put({ smsMethod })}
              options={[
                { value: 'POST', label: 'POST' },
                { value: 'GET', label: 'GET' },
              ]}
              error={fieldError('sms.method')}
            />
          </div>
          <TextArea
            label={t('notify.smsTemplate')}
            hint={t('notify.smsTemplateHint')}
            value={draft.smsTemplate}
            onChange={(smsTemplate) => put({ smsTemplate })}
            rows={2}
            spellCheck={false}
            error={fieldError('sms.template')}
          />
        </fieldset>
        <fieldset className="notify__group">
          <legend>{t('notify.zaloTitle')}</legend>
          <div className="grid-2">
            <TextField
              label={t('notify.zaloUrl')}
              hint={t('notify.zaloUrlHint')}
              value={draft.zaloUrl}
              onChange={(zaloUrl) => put({ zaloUrl })}
              inputMode="url"
              autoComplete="off"
              error={fieldError('zalo.url')}
            />
            <TextField
              label={t('notify.zaloToken')}
              hint={t(
                saved?.zalo?.hasAccessToken ? 'notify.zaloTokenSet' : 'notify.zaloTokenUnset',
              )}
              type="password"
              value={draft.zaloToken}
              onChange={(zaloToken) => put({ zaloToken })}
              autoComplete="off"
              error={fieldError('zalo.accessToken')}
            />
          </div>
        </fieldset>
        <EventTable draft={draft} put={put} error={error} />
        <ErrorNotice message={general} />
        {done && (
          <p className="notice notice--ok" role="status">
            {t('notify.saved')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('notify.save')}
          </button>
        </div>
      </form>
      <NotifyTest dirty={dirty} send={test} />
    </section>
  );
}

/** One row per event: SMS on/off, Zalo on/off, the event's ZNS template id. */
function EventTable({
  draft,
  put,
  error,
}: {
  draft: Draft;
  put: (change: Partial<Draft>) => void;
  error: FormError | null;
}) {
  const { t } = useTranslation();
  return (
    <table className="table table--dense notify__events">
      <caption>{t('notify.eventsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('notify.colEvent')}</th>
          <th scope="col">{t('notify.colSms')}</th>
          <th scope="col">{t('notify.colZalo')}</th>
          <th scope="col">{t('notify.colTemplate')}</th>
        </tr>
      </thead>
      <tbody>
        {EVENTS.map(({ key, label }) => {
          const event = t(label);
          const bad = errorFor(error, `zalo.templates.${key}`);
          return (
            <tr key={key} className={bad ? 'row--error' : undefined}>
              <th scope="row">{event}</th>
              <td>
                <input
                  type="checkbox"
                  checked={draft.sms[key]}
                  onChange={(e) => put({ sms: { ...draft.sms, [key]: e.target.checked } })}
                  aria-label={t('notify.sendSms', { event })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={draft.zalo[key]}
                  onChange={(e) => put({ zalo: { ...draft.zalo, [key]: e.target.checked } })}
                  aria-label={t('notify.sendZalo', { event })}
                />
              </td>
              <td>
                <input
                  className="cell-input"
                  inputMode="numeric"
                  value={draft.templates[key]}
                  onChange={(e) =>
                    put({ templates: { ...draft.templates, [key]: e.target.value } })
                  }
                  aria-label={t('notify.template', { event })}
                  aria-invalid={bad ? true : undefined}
                  aria-describedby={bad ? `notify-template-${key}-error` : undefined}
                />
                {bad && (
                  <span id={`notify-template-${key}-error`} className="field__error">
                    {bad}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
