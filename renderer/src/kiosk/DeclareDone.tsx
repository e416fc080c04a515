/** The declaration code, big, and what to do next. */
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useKioskSession } from './kioskSession';
import { DocumentsToBring } from './ProcedurePage';

export function DeclareDone() {
  const { t } = useTranslation();
  const { visit, endVisit } = useKioskSession();
  const d = visit.declaration;
  if (!d) return <Navigate to="/kiosk" replace />;
  return (
    <section className="kiosk-page done" aria-labelledby="done-title">
      <h1 id="done-title">{t('kiosk.doneTitle')}</h1>
      <p className="code-big">
        <span className="code-big__label" id="decl-code-label">
          {t('kiosk.declarationCode')}:
        </span>{' '}
        <output className="code-big__code" aria-labelledby="decl-code-label">
          {d.code}
        </output>
      </p>
      <p className="lead">{t('kiosk.doneNext')}</p>
      <p>
        {t('kiosk.doneProcedure')}: {d.procedureName}
      </p>
      {visit.procedure && <DocumentsToBring procedure={visit.procedure} />}
      <button type="button" className="btn btn--primary btn--big btn--wide" onClick={endVisit}>
        {t('kiosk.finish')}
      </button>
    </section>
  );
}
