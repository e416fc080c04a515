/** After accepting: the dossier code, the times, the slip exactly as printed, and the print status. */
import { useTranslation } from 'react-i18next';
import { useReprint } from './useReprint';
import { ErrorNotice } from '../components/ErrorNotice';
import { vnDateTime } from '../format';
import type { AcceptResult } from '../../../main/dossiers/types';
import { PrintStatus } from './PrintStatus';
import { AcceptFee } from '../fees/AcceptFee';

export interface Accepted {
  result: AcceptResult;
  procedureName: string;
  applicantName: string;
  /** Set by the accept form: a thu-trước procedure's fee QR shows below. */
  procedureCode?: string;
}

export function AcceptedPanel({ accepted, onNext }: { accepted: Accepted; onNext: () => void }) {
  const { t } = useTranslation();
  const { result } = accepted;
  const { print, busy, error, reprint } = useReprint(result.print);

  return (
    <section className="card accepted" aria-labelledby="accepted-title">
      <h2 id="accepted-title">{t('officer.acceptedTitle')}</h2>
      <div className="accepted__grid">
        <div>
          <dl className="pairs">
            <div>
              <dt id="acc-code-label">{t('officer.dossierCode')}</dt>
              <dd>
                <output className="code-big__code" aria-labelledby="acc-code-label">
                  {result.dossierCode}
                </output>
              </dd>
            </div>
            <div>
              <dt>{t('officer.procedure')}</dt>
              <dd>{accepted.procedureName}</dd>
            </div>
            <div>
              <dt>{t('officer.fullName')}</dt>
              <dd>{accepted.applicantName}</dd>
            </div>
            <div>
              <dt>{t('officer.receivedAt')}</dt>
              <dd>{vnDateTime(result.receivedAt)}</dd>
            </div>
            <div>
              <dt>{t('officer.dueAt')}</dt>
              <dd>
                <strong>{vnDateTime(result.dueAt)}</strong>
              </dd>
            </div>
          </dl>
          <PrintStatus print={print} labelId="print-status-label" />
          <ErrorNotice message={error} />
          <div className="actions">
            <button type="button" className="btn" onClick={() => void reprint()} disabled={busy}>
              {busy ? t('officer.reprinting') : t('officer.reprint')}
            </button>
            <button type="button" className="btn btn--primary" onClick={onNext}>
              {t('officer.nextCitizen')}
            </button>
          </div>
        </div>
        {print.preview && (
          <figure className="slip">
            <img src={print.preview} alt={t('officer.slipPreview')} />
            <figcaption>{t('officer.slipPreview')}</figcaption>
          </figure>
        )}
      </div>
      {accepted.procedureCode && (
        <AcceptFee code={result.dossierCode} procedureCode={accepted.procedureCode} />
      )}
    </section>
  );
}
