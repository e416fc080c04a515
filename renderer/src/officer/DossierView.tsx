/** A received dossier opened by its code: where it stands and what was handed in. */
import { useTranslation } from 'react-i18next';
import { vnDateTime } from '../format';
import type { Dossier } from '../../../main/dossiers/types';

export function DossierView({ dossier, onClose }: { dossier: Dossier; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{t('officer.dossierTitle', { code: dossier.code })}</h2>
      <dl className="pairs">
        <div>
          <dt>{t('officer.dossierStatus')}</dt>
          <dd>
            <strong>{dossier.statusLabel}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('officer.procedure')}</dt>
          <dd>{dossier.procedureName}</dd>
        </div>
        <div>
          <dt>{t('officer.fullName')}</dt>
          <dd>{dossier.applicant.fullName}</dd>
        </div>
        <div>
          <dt>{t('officer.idNumber')}</dt>
          <dd>{dossier.applicant.idNumber}</dd>
        </div>
        <div>
          <dt>{t('officer.phone')}</dt>
          <dd>{dossier.applicant.phone}</dd>
        </div>
        <div>
          <dt>{t('officer.receivedAt')}</dt>
          <dd>{vnDateTime(dossier.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('officer.dueAt')}</dt>
          <dd>{vnDateTime(dossier.dueAt)}</dd>
        </div>
      </dl>
      {dossier.documents.length > 0 && (
        <>
          <h3>{t('officer.documentsReceived')}</h3>
          <ul>
            {dossier.documents.map((d, i) => (
              <li key={i}>
                {d.name} — {t('officer.countOriginals', { count: d.originals })}, {t('officer.countCopies', { count: d.copies })}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}
