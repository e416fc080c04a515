/**
 * The citizen-facing screen of one counter (`/customer?counter=N`, a second monitor turned to the
 * citizen): it shows the QR the officer at that counter has just made, large, and nothing else.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import type { FeeQr } from '../../../main/fees/types';
import './fees.css';

const POLL_MS = 2000;

export function CustomerScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const counter = Number(params.get('counter') ?? '1');
  const [qr, setQr] = useState<FeeQr | null>(null);

  useEffect(() => {
    if (!Number.isInteger(counter) || counter < 1 || counter > 99) return undefined;
    let live = true;
    const load = () =>
      call('fees.current', { counter }).then(
        (r) => live && setQr(r.qr),
        () => undefined,
      );
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [counter]);

  return (
    <main className="customer-screen">
      <h1>{t('fees.customerTitle')}</h1>
      {qr ? (
        <>
          <img
            src={qr.image}
            width={480}
            height={480}
            alt={t('fees.qrAlt', { code: qr.code, amount: qr.amount.toLocaleString('vi-VN') })}
          />
          <p className="customer-amount">{qr.amount.toLocaleString('vi-VN')} đ</p>
          <p>
            {qr.bank.shortName} · {qr.bank.account} · {qr.bank.accountName}
          </p>
          <p>
            {t('fees.purpose')}: <strong>{qr.purpose}</strong>
          </p>
          <p className="muted">{t('fees.customerHint')}</p>
        </>
      ) : (
        <p>{t('fees.customerWaiting', { counter })}</p>
      )}
    </main>
  );
}
