/** The ticket just taken: its number, big, the counter to wait for, and whether the slip printed. */
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useKioskSession } from './kioskSession';
import { usePrintFollow } from '../api/usePrintFollow';

export function TicketIssued() {
  const { visit, endVisit } = useKioskSession();
  const ticket = visit.ticket;
  if (!ticket) return <Navigate to="/kiosk" replace />;
  return <Issued ticket={ticket} endVisit={endVisit} />;
}

type Ticket = NonNullable<ReturnType<typeof useKioskSession>['visit']['ticket']>;

function Issued({ ticket, endVisit }: { ticket: Ticket; endVisit: () => void }) {
  const { t } = useTranslation();
  const print = usePrintFollow(ticket.print);
  const printed = print.status === 'printed';
  // Taken outside office time (the hub's calendar, holidays included): no "sắp được mời", no wait
  // in minutes; the opening time when the counters serve again later the same day.
  const from = ticket.servingFrom;
  const serving = from === undefined;
  const opensToday = from !== undefined && from.slice(0, 10) === ticket.issuedAt.slice(0, 10);
  return (
    <section className="kiosk-page ticket" aria-labelledby="ticket-done-title">
      <h1 id="ticket-done-title">{t('ticket.yourNumber')}</h1>
      <div className="ticket__card">
        <output className="ticket__number" aria-labelledby="ticket-done-title">
          {ticket.ticket}
        </output>
        <p className="ticket__counter" role="status" aria-label={t('ticket.counterLabel')}>
          {t('ticket.goTo', { counter: ticket.counterName })}
        </p>
        {ticket.priority && <p className="ticket__priority">{t('ticket.priorityTicket')}</p>}
        {(serving || ticket.waitingAhead > 0) && (
          <p>{t('ticket.ahead', { count: ticket.waitingAhead })}</p>
        )}
        {serving && ticket.waitingAhead > 0 && (
          <p>{t('ticket.estimate', { minutes: ticket.estimatedWaitMinutes })}</p>
        )}
        {opensToday && <p>{t('ticket.opensAt', { time: from.slice(11, 16) })}</p>}
        {!serving && !opensToday && <p>{t('ticket.closedNow')}</p>}
        {ticket.declarationCode && (
          <p>{t('ticket.declaration', { code: ticket.declarationCode })}</p>
        )}
        {ticket.field && <p className="muted">{t('ticket.field', { field: ticket.field })}</p>}
      </div>
      <p
        className={`notice ${printed ? 'notice--ok' : 'notice--warn'}`}
        role="status"
        aria-label={t('ticket.printLabel')}
      >
        {printed
          ? t('ticket.printed')
          : print.status === 'printing'
            ? t('ticket.printing')
            : t('ticket.printFailed', { reason: print.message ?? '' })}
      </p>
      <p className="lead">{t('ticket.watchScreen')}</p>
      <button type="button" className="btn btn--primary btn--big btn--wide" onClick={endVisit}>
        {t('kiosk.finish')}
      </button>
    </section>
  );
}
