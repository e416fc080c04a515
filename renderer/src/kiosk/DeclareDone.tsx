/** The declaration code, big, what to do next, and the ticket for the counter that handles it. */
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { useKioskSession } from './kioskSession';
import { DocumentsToBring } from './ProcedurePage';
import { useTakeTicket } from './useTakeTicket';
import { PriorityToggle } from './PriorityToggle';
import { PrintDeclaration } from './PrintDeclaration';

export function DeclareDone() {
  const { t } = useTranslation();
  const { visit, endVisit } = useKioskSession();
  const ticket = useTakeTicket();
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
      <PriorityToggle on={ticket.priority} onChange={ticket.setPriority} />
      <button
        type="button"
        className="btn btn--primary btn--big btn--wide"
        disabled={ticket.busy}
        onClick={() => ticket.take({ declarationCode: d.code })}
      >
        {t('kiosk.doneTakeTicket')}
      </button>
      <ErrorNotice message={ticket.error} />
      <PrintDeclaration code={d.code} />
      <p>
        {t('kiosk.doneProcedure')}: {d.procedureName}
      </p>
      {visit.procedure && <DocumentsToBring procedure={visit.procedure} />}
      <button type="button" className="btn btn--big btn--wide" onClick={endVisit}>
        {t('kiosk.finish')}
      </button>
    </section>
  );
}
