/** Receiving without a declaration: the officer finds the procedure, then types the applicant. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProcedureResults } from '../components/ProcedureResults';
import { TextField } from '../components/TextField';
import { useProcedureSearch } from '../components/useProcedureSearch';

export function DirectAccept({ onChoose }: { onChoose: (code: string, name: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useProcedureSearch(query, 10);
  return (
    <section className="card" aria-labelledby="direct-title">
      <h2 id="direct-title">{t('officer.direct')}</h2>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('officer.directSearch')}
          value={query}
          onChange={setQuery}
          type="search"
          autoComplete="off"
        />
      </form>
      <ErrorNotice message={search.error} />
      <ProcedureResults
        query={query}
        result={search.result}
        size="compact"
        onChoose={(code, item) => onChoose(code, item.name)}
      />
    </section>
  );
}
