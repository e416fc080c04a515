/** "Gửi thử": one SMS or Zalo message now, through the saved settings, with the gateway's answer. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import type { NotifyTestResult } from '../../../main/portal/types';

interface Props {
  /** The form has unsaved changes: a test would not test them. */
  dirty: boolean;
  send: (channel: 'sms' | 'zalo', phone: string) => Promise<NotifyTestResult>;
}

export function NotifyTest({ dirty, send }: Props) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [result, setResult] = useState<NotifyTestResult | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (channel: 'sms' | 'zalo') => {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await send(channel, phone.trim()));
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="notify__test" aria-labelledby="notify-test-title">
      <h3 id="notify-test-title">{t('notify.testTitle')}</h3>
      <p className="muted">{dirty ? t('notify.testUnsaved') : t('notify.testHint')}</p>
      <div className="notify__test-row">
        <TextField
          label={t('notify.testPhone')}
          value={phone}
          onChange={setPhone}
          inputMode="tel"
          autoComplete="off"
          error={errorFor(error, 'phone')}
        />
        <button
          type="button"
          className="btn"
          disabled={busy || dirty || !phone.trim()}
          onClick={() => void run('sms')}
        >
          {t('notify.testSms')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || dirty || !phone.trim()}
          onClick={() => void run('zalo')}
        >
          {t('notify.testZalo')}
        </button>
      </div>
      {result?.sent && (
        <p className="notice notice--ok" role="status">
          {result.message}
        </p>
      )}
      <ErrorNotice
        message={
          result && !result.sent
            ? t('notify.testFailed', { message: result.message })
            : error && error.field !== 'phone'
              ? error.message
              : undefined
        }
      />
    </section>
  );
}
