/** A dossier's past: its steps (history), the control sheet of hand-overs, and the audit log on demand. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { vnDateTime } from '../format';
import type { AuditEntry } from '../../../main/audit/types';
import type { Dossier } from '../../../main/dossiers/types';
import { actionLabel, statusLabel } from './labels';

export function DossierHistory({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  return (
    <>
      {dossier.handovers && dossier.handovers.length > 0 && (
        <section aria-labelledby="handovers-title">
          <h3 id="handovers-title">{t('desk.handoversTitle')}</h3>
          <table className="table table--dense">
            <thead>
              <tr>
                <th scope="col">{t('desk.handoverSent')}</th>
                <th scope="col">{t('desk.handoverTo')}</th>
                <th scope="col">{t('desk.handOver.receiver')}</th>
                <th scope="col">{t('desk.handoverBack')}</th>
              </tr>
            </thead>
            <tbody>
              {dossier.handovers.map((h, i) => (
                <tr key={i}>
                  <td>
                    {vnDateTime(h.sentAt)} · {h.giver} · {t(`desk.timing.${h.sentTiming}`)}
                  </td>
                  <td>{h.toUnit}</td>
                  <td>{h.receiver ?? ''}</td>
                  <td>
                    {h.backAt
                      ? `${vnDateTime(h.backAt)} · ${h.backBy ?? ''}${h.backTiming ? ` · ${t(`desk.timing.${h.backTiming}`)}` : ''}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="history-title">
        <h3 id="history-title">{t('desk.historyTitle')}</h3>
        <table className="table table--dense">
          <thead>
            <tr>
              <th scope="col">{t('desk.historyAt')}</th>
              <th scope="col">{t('desk.historyAction')}</th>
              <th scope="col">{t('desk.historyChange')}</th>
              <th scope="col">{t('desk.historyActor')}</th>
            </tr>
          </thead>
          <tbody>
            {dossier.history.map((e, i) => (
              <tr key={i}>
                <td>{vnDateTime(e.at)}</td>
                <td>{actionLabel(t, e.action)}</td>
                <td>
                  {e.from ? `${statusLabel(t, e.from)} → ` : ''}
                  {statusLabel(t, e.to)}
                </td>
                <td>{e.actor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <AuditLog code={dossier.code} />
    </>
  );
}

function AuditLog({ code }: { code: string }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    call('dossiers.get', { code }).then(
      (d) => setEntries(d.audit ?? []),
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  return (
    <section aria-labelledby="audit-title">
      <h3 id="audit-title">{t('desk.auditTitle')}</h3>
      {entries === null ? (
        <button type="button" className="btn btn--small" onClick={load}>
          {t('desk.auditLoad')}
        </button>
      ) : (
        <table className="table table--dense">
          <tbody>
            {entries.map((a) => (
              <tr key={a.id}>
                <td>{vnDateTime(a.at)}</td>
                <td>{a.actor}</td>
                <td>{actionLabel(t, a.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}
