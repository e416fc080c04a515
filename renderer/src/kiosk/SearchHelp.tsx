/**
 * Help under a search that found nothing or only near matches: the unit's most used procedures,
 * browsing by field, and "Hỏi cán bộ", which gives a ticket for the general counter.
 */
import { useKioskNavigate } from './useKioskNavigate';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { ResultButton } from '../components/ProcedureResults';
import type { ProcedureSummary } from '../../../main/catalog/types';
import { useCall } from './useCall';
import { useTakeTicket } from './useTakeTicket';

export function SearchHelp() {
  const { t } = useTranslation();
  const navigate = useKioskNavigate();
  const { take, busy, error } = useTakeTicket();
  const popular = useCall('catalog.popular', { limit: 5 }, 'popular');
  const items: ProcedureSummary[] = popular.data?.items ?? [];
  const open = (code: string) => void navigate(`/kiosk/procedure/${encodeURIComponent(code)}`);
  return (
    <section className="search-help" aria-labelledby="search-help-title" aria-busy={busy}>
      <h2 id="search-help-title">{t('kiosk.helpTitle')}</h2>
      <ErrorNotice message={error} />
      <div className="search-help__actions">
        <button type="button" className="btn btn--big" onClick={() => take({})}>
          {t('kiosk.askOfficer')}
        </button>
        <button
          type="button"
          className="btn btn--big"
          onClick={() => void navigate('/kiosk/fields')}
        >
          {t('kiosk.browseFields')}
        </button>
      </div>
      {items.length > 0 && (
        <>
          <h3 id="popular-title">{t('kiosk.popularTitle')}</h3>
          <ul className="results__list" aria-labelledby="popular-title">
            {items.map((item) => (
              <li key={item.code}>
                <ResultButton item={item} onChoose={open} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
