/**
 * Search as you type: the citizen types a few words (with or without accents) on the on-screen
 * keyboard and picks a procedure; or browses by field instead.
 */
import { useKioskNavigate } from './useKioskNavigate';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProcedureResults } from '../components/ProcedureResults';
import { useProcedureSearch } from '../components/useProcedureSearch';
import { KioskField } from './KioskField';
import { SearchHelp } from './SearchHelp';
import { useKioskSession } from './kioskSession';

export function KioskSearch() {
  const { t } = useTranslation();
  const navigate = useKioskNavigate();
  const { visit, setSearch } = useKioskSession();
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useProcedureSearch(visit.search, 20);

  useEffect(() => inputRef.current?.focus(), []);

  return (
    <section className="kiosk-page" aria-labelledby="search-title">
      <h1 id="search-title">{t('kiosk.searchTitle')}</h1>
      <form role="search" className="kiosk-search" onSubmit={(e) => e.preventDefault()}>
        <KioskField
          label={t('kiosk.searchLabel')}
          hint={t('kiosk.searchHint')}
          placeholder={t('kiosk.searchPlaceholder')}
          value={visit.search}
          onChange={setSearch}
          inputRef={inputRef}
          type="search"
          keys="text"
          maxLength={100}
        />
      </form>
      <ErrorNotice message={search.error} />
      <ProcedureResults
        query={visit.search}
        result={search.result}
        size="big"
        onChoose={(code) => void navigate(`/kiosk/procedure/${encodeURIComponent(code)}`)}
      />
      {search.result && visit.search.trim() && search.result.match !== 'all' && <SearchHelp />}
      {!visit.search.trim() && (
        <button
          type="button"
          className="btn btn--big btn--wide"
          onClick={() => void navigate('/kiosk/fields')}
        >
          {t('kiosk.browseFields')}
        </button>
      )}
    </section>
  );
}
