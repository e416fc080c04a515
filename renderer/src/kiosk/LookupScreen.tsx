/**
 * Status by the code on the slip. A QR scanner acts as a keyboard: it types `CODE#SECRET` and
 * Enter, which submits the form like a typed code.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { vnDateTime } from '../format';
import type { PublicStatus } from '../../../main/dossiers/types';

export function LookupScreen() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<PublicStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const typed = code.normalize('NFC').trim();
    if (!typed || busy) return;
    setBusy(true);
    setError(null);
    try {
      setStatus(await call('dossiers.lookup', { code: typed }));
      // A scanned secret must not stay on a public screen.
      if (typed.includes('#')) setCode(typed.split('#')[0]);
    } catch (err) {
      setStatus(null);
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      inputRef.current?.select();
    }
  };

  return (
    <section className="kiosk-page lookup" aria-labelledby="lookup-title">
      <h1 id="lookup-title">{t('lookup.title')}</h1>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('lookup.codeLabel')}
          hint={t('lookup.codeHint')}
          value={code}
          onChange={setCode}
          inputRef={inputRef}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          data-osk="code"
        />
        <button type="submit" className="btn btn--primary btn--big" disabled={busy}>
          {busy ? t('lookup.searching') : t('lookup.submit')}
        </button>
      </form>
      <ErrorNotice message={error} />
      {status && <StatusCard status={status} />}
    </section>
  );
}

function StatusCard({ status }: { status: PublicStatus }) {
  const { t } = useTranslation();
  return (
    <section className="card status-card" aria-labelledby="status-heading">
      <h2 id="status-heading">
        {t('lookup.code')}: {status.code}
      </h2>
      <p className="status-card__label">{status.statusLabel}</p>
      <p className="status-card__text" role="status" aria-label={t('lookup.status')}>
        {status.statusText}
      </p>
      <dl className="pairs">
        <div>
          <dt>{t('lookup.procedure')}</dt>
          <dd>{status.procedureName}</dd>
        </div>
        <div>
          <dt>{t('lookup.applicant')}</dt>
          <dd>{status.applicantName}</dd>
        </div>
        <div>
          <dt>{t('lookup.idNumber')}</dt>
          <dd>{status.idNumberMasked}</dd>
        </div>
        <div>
          <dt>{t('lookup.phone')}</dt>
          <dd>{status.phoneMasked}</dd>
        </div>
        {status.receivedAt && (
          <div>
            <dt>{t('lookup.receivedAt')}</dt>
            <dd>{vnDateTime(status.receivedAt)}</dd>
          </div>
        )}
        {status.dueAt && (
          <div>
            <dt>{t('lookup.dueAt')}</dt>
            <dd>{vnDateTime(status.dueAt)}</dd>
          </div>
        )}
      </dl>
      {status.bring.length > 0 && (
        <>
          <h3>{t('lookup.bring')}</h3>
          <ul>
            {status.bring.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
