/** Search as you type: the citizen types a few words (with or without accents) and picks a procedure. */
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { ProcedureResults } from '../components/ProcedureResults';
import { useProcedureSearch } from '../components/useProcedureSearch';
import { useKioskSession } from './kioskSession';

export function KioskSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { visit, setSearch } = useKioskSession();
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useProcedureSearch(visit.search, 20);

  useEffect(() => inputRef.current?.focus(), []);

  return (
    <section className="kiosk-page" aria-labelledby="search-title">
      <h1 id="search-title">{t('kiosk.searchTitle')}</h1>
      <form role="search" className="kiosk-search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('kiosk.searchLabel')}
          hint={t('kiosk.searchHint')}
          placeholder={t('kiosk.searchPlaceholder')}
          value={visit.search}
          onChange={setSearch}
          inputRef={inputRef}
          type="search"
          autoComplete="off"
          spellCheck={false}
          data-osk="text"
        />
      </form>
      <ErrorNotice message={search.error} />
      <ProcedureResults
        query={visit.search}
        result={search.result}
        size="big"
        onChoose={(code) => void navigate(`/kiosk/procedure/${encodeURIComponent(code)}`)}
      />
    </section>
  );
}
