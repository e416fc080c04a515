/** "Lấy số thứ tự": the citizen picks the field of their business (or "other") and gets a ticket. */
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { FieldList } from './BrowseFields';
import { useTakeTicket } from './useTakeTicket';
import { PriorityToggle } from './PriorityToggle';

export function TicketScreen() {
  const { t } = useTranslation();
  const { take, busy, error, priority, setPriority } = useTakeTicket();
  return (
    <section className="kiosk-page" aria-labelledby="ticket-title" aria-busy={busy}>
      <h1 id="ticket-title">{t('ticket.take')}</h1>
      <p className="lead" id="ticket-intro">
        {t('ticket.chooseField')}
      </p>
      <PriorityToggle on={priority} onChange={setPriority} />
      <ErrorNotice message={error} />
      <FieldList labelledBy="ticket-intro" onChoose={(field) => take({ field })} />
      <button type="button" className="btn btn--big btn--wide" onClick={() => take({})}>
        {t('ticket.other')}
      </button>
    </section>
  );
}
