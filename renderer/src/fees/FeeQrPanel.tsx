/**
 * The fee's VietQR at the officer's desk: shown large (and on the counter's customer screen), printable
 * on a slip, then confirmed with the bank's reference once the transfer arrives.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import type { FeeQr } from '../../../main/fees/types';
import './fees.css';

interface Props {
  code: string;
  amount: number;
  /** Called with the bank reference once the officer confirmed the transfer. */
  onConfirmed: (reference: string) => void;
  /** Show the QR at once (thu trước, right after accepting) instead of waiting for the button. */
  autoShow?: boolean;
}

/** The counter this desk calls for (CallNext keeps it in the tab's session). */
function deskCounter(): number | undefined {
  const n = Number(window.sessionStorage.getItem('motcua.counter'));
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : undefined;
}

export function FeeQrPanel({ code, amount, onConfirmed, autoShow = false }: Props) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<FeeQr | null>(null);
  const [reference, setReference] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);

  const show = async (print: boolean) => {
    setError(null);
    try {
      setQr(await call('fees.qr', { code, amount, counter: deskCounter(), print }));
    } catch (err) {
      setError(toFormError(err));
    }
  };
  const shownOnce = useRef(false);
  useEffect(() => {
    if (!autoShow || shownOnce.current) return;
    shownOnce.current = true;
    void show(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shown once for the dossier this panel opened with.
  }, [autoShow]);
  const confirm = async () => {
    setError(null);
    try {
      const p = await call('fees.confirm', { code, amount, reference: reference.trim() });
      setDone(p.reference);
      onConfirmed(p.reference);
    } catch (err) {
      setError(toFormError(err));
    }
  };

  return (
    <section className="fee-qr" aria-label={t('fees.show')}>
      <div className="fee-qr-buttons">
        <button type="button" onClick={() => void show(false)}>
          {t('fees.show')}
        </button>
        <button type="button" onClick={() => void show(true)}>
          {t('fees.print')}
        </button>
      </div>
      {qr && qr.code === code && qr.amount === amount && (
        <div className="fee-qr-body">
          <img
            src={qr.image}
            width={360}
            height={360}
            alt={t('fees.qrAlt', { code: qr.code, amount: qr.amount.toLocaleString('vi-VN') })}
          />
          <dl>
            <dt>{t('fees.bank')}</dt>
            <dd>{qr.bank.shortName}</dd>
            <dt>{t('fees.account')}</dt>
            <dd>{qr.bank.account}</dd>
            <dt>{t('fees.accountName')}</dt>
            <dd>{qr.bank.accountName}</dd>
            <dt>{t('fees.amount')}</dt>
            <dd>{qr.amount.toLocaleString('vi-VN')} đ</dd>
            <dt>{t('fees.purpose')}</dt>
            <dd>{qr.purpose}</dd>
          </dl>
        </div>
      )}
      {qr && !done && (
        <div className="fee-qr-confirm">
          <TextField
            label={t('fees.reference')}
            hint={t('fees.referenceHint')}
            value={reference}
            onChange={setReference}
            error={errorFor(error, 'reference')}
            autoComplete="off"
          />
          <button type="button" onClick={() => void confirm()} disabled={!reference.trim()}>
            {t('fees.confirm')}
          </button>
        </div>
      )}
      {done && <p role="status">{t('fees.confirmed', { reference: done })}</p>}
      <ErrorNotice message={error && error.field !== 'reference' ? error.message : undefined} />
    </section>
  );
}
