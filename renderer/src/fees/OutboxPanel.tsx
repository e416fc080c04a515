/** The admin's view of the outbox (portal, SMS, Zalo): counts, the latest items, and a retry for parked ones. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import type { OutboxView } from '../../../main/portal/types';

export function OutboxPanel() {
  const { t } = useTranslation();
  const [view, setView] = useState<OutboxView | null>(null);
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(() => {
    call('portal.outbox', { limit: 100 }).then(setView, (err: unknown) =>
      setError(errorMessage(err)),
    );
  }, []);
  useEffect(load, [load]);

  const retry = () => {
    call('portal.retry', {}).then(load, (err: unknown) => setError(errorMessage(err)));
  };

  return (
    <section className="card" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('fees.outboxTitle')}</h2>
      <ErrorNotice message={error} />
      {view && (
        <>
          {!view.portalEnabled && <p className="muted">{t('fees.outboxOff')}</p>}
          <p>
            {t('fees.pending')}: {view.counts.pending} · {t('fees.sent')}: {view.counts.sent} ·{' '}
            {t('fees.parked')}: {view.counts.parked}
          </p>
          <button type="button" className="btn" onClick={load}>
            {t('fees.refresh')}
          </button>{' '}
          <button type="button" className="btn" onClick={retry} disabled={view.counts.parked === 0}>
            {t('fees.retryAll')}
          </button>
          <table className="table table--dense">
            <thead>
              <tr>
                <th>{t('fees.colDossier')}</th>
                <th>{t('fees.colChannel')}</th>
                <th>{t('fees.colEvent')}</th>
                <th>{t('fees.colStatus')}</th>
                <th>{t('fees.colAttempts')}</th>
                <th>{t('fees.colError')}</th>
              </tr>
            </thead>
            <tbody>
              {view.items.map((i) => (
                <tr key={i.id}>
                  <td>{i.dossier}</td>
                  <td>{t(`fees.channel.${i.channel}`)}</td>
                  <td>
                    {i.event}
                    {i.statusCode ? ` (${i.statusCode})` : ''}
                  </td>
                  <td>{t(`fees.${i.status}`)}</td>
                  <td>{i.attempts}</td>
                  <td>{i.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
