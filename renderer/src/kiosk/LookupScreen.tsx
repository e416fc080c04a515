/**
 * Status by the code on the slip. A QR scanner acts as a keyboard: it types `CODE#SECRET` and
 * Enter, which submits the form like a typed code. After an answer the field lets go of the focus
 * (the keyboard closes, the answer shows); keys that arrive while no field has focus (the next
 * scan) are steered into the code field, which starts empty again.
 * A lookup answered after a newer one was sent is dropped.
 */
import { useKioskNavigate } from './useKioskNavigate';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { vnDateTime } from '../format';
import { setFieldValue } from '../input/useKioskField';
import { KioskField } from './KioskField';
import { useKioskSession } from './kioskSession';
import type { PublicStatus } from '../../../main/dossiers/types';

/** Keys a scanner types that should land in the code field. */
const isTyping = (e: KeyboardEvent) => e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;

export function LookupScreen() {
  const { t } = useTranslation();
  const navigate = useKioskNavigate();
  const { setRateFor } = useKioskSession();
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<PublicStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const seq = useRef(0);
  // The scanned `CODE#SECRET`, kept off the screen: only it lets the citizen rate the dossier.
  const scanned = useRef<string | null>(null);

  useEffect(() => inputRef.current?.focus(), []);

  // A scan while focus is elsewhere: start a fresh code in the field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const input = inputRef.current;
      const active = document.activeElement;
      if (!input || active === input || !isTyping(e)) return;
      if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return;
      // Cleared through the DOM (an input event), so the key that follows lands in an empty field.
      setFieldValue(input, '');
      input.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const typed = code.normalize('NFC').trim();
    if (!typed) {
      inputRef.current?.focus();
      return;
    }
    const mine = ++seq.current;
    setBusy(true);
    setError(null);
    // A scanned secret must not stay on a public screen.
    scanned.current = typed.includes('#') ? typed : null;
    if (typed.includes('#')) setCode(typed.split('#')[0]);
    try {
      const found = await call('dossiers.lookup', { code: typed });
      if (mine !== seq.current) return;
      setStatus(found);
      // The answer must not hide under the keyboard; the next scan still lands in the field (see above).
      inputRef.current?.blur();
    } catch (err) {
      if (mine !== seq.current) return;
      setStatus(null);
      setError(errorMessage(err));
      inputRef.current?.select();
    } finally {
      if (mine === seq.current) setBusy(false);
    }
  };

  return (
    <section className="kiosk-page lookup" aria-labelledby="lookup-title">
      <h1 id="lookup-title">{t('lookup.title')}</h1>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <KioskField
          label={t('lookup.codeLabel')}
          hint={t('lookup.codeHint')}
          value={code}
          onChange={setCode}
          inputRef={inputRef}
          keys="text"
          telex={false}
          upperCase
          enter="submit"
          maxLength={120}
        />
        <button type="submit" className="btn btn--primary btn--big">
          {busy ? t('lookup.searching') : t('lookup.submit')}
        </button>
      </form>
      <ErrorNotice message={error} />
      {status && (
        <>
          <StatusCard status={status} />
          <button
            type="button"
            className="btn btn--big btn--wide"
            onClick={() => {
              // Only a dossier scanned with its slip's secret is rated by its code; else the visit is rated.
              setRateFor(status.kind === 'dossier' ? scanned.current : null);
              void navigate('/kiosk/rate');
            }}
          >
            {t('rating.title')}
          </button>
        </>
      )}
    </section>
  );
}

/**
 * What the list of things to bring is for: a declaration not yet handed in, or papers asked for,
 * are brought to the counter to submit; otherwise they are for collecting the result.
 */
function bringHeading(
  status: PublicStatus,
): 'lookup.bringToSubmit' | 'lookup.bringToSupplement' | 'lookup.bring' {
  if (status.kind === 'declaration' && status.status === 'declared') return 'lookup.bringToSubmit';
  if (status.status === 'supplement' || status.status === 'supplement_requested')
    return 'lookup.bringToSupplement';
  return 'lookup.bring';
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
        {status.dueAt && (
          <div className="pairs__key">
            <dt>{t('lookup.dueAt')}</dt>
            <dd>{vnDateTime(status.dueAt)}</dd>
          </div>
        )}
        {status.receivedAt && (
          <div>
            <dt>{t('lookup.receivedAt')}</dt>
            <dd>{vnDateTime(status.receivedAt)}</dd>
          </div>
        )}
        {/* Only a slip's QR (code and secret) shows whose dossier it is, masked. */}
        {status.applicantName && (
          <div>
            <dt>{t('lookup.applicant')}</dt>
            <dd>{status.applicantName}</dd>
          </div>
        )}
        {status.idNumberMasked && (
          <div>
            <dt>{t('lookup.idNumber')}</dt>
            <dd>{status.idNumberMasked}</dd>
          </div>
        )}
        {status.phoneMasked && (
          <div>
            <dt>{t('lookup.phone')}</dt>
            <dd>{status.phoneMasked}</dd>
          </div>
        )}
      </dl>
      {status.bring.length > 0 && (
        <>
          <h3>{t(bringHeading(status))}</h3>
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
