/**
 * The procedure catalog as the admin keeps it: find a procedure, hide the ones this unit does not
 * handle (or show them again), edit one by hand, import a catalog file and read the last import's report.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { useProcedureSearch } from '../components/useProcedureSearch';
import { CatalogImport } from './CatalogImport';
import { ProcedureEditor } from './ProcedureEditor';
import { ScopePanel } from './ScopePanel';

export function ProceduresPanel() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [byCode, setByCode] = useState('');
  const search = useProcedureSearch(query, 30);
  const [hidden, setHidden] = useState<Record<string, boolean>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (code: string, hide: boolean) => {
    setError(null);
    setMessage(null);
    try {
      const r = await call('catalog.setHidden', { code, hidden: hide });
      setHidden((h) => ({ ...h, [r.code]: r.hidden }));
      setMessage(
        t(r.hidden ? 'manage.procedures.hiddenDone' : 'manage.procedures.shownDone', {
          code: r.code,
        }),
      );
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const openCode = (e: FormEvent) => {
    e.preventDefault();
    if (byCode.trim()) setEditing(byCode.trim());
  };

  return (
    <>
      <ScopePanel />
      <section className="card" aria-labelledby="procedures-title">
        <h2 id="procedures-title">{t('manage.procedures.title')}</h2>
        <div className="grid-2">
          <form role="search" onSubmit={(e) => e.preventDefault()}>
            <TextField
              label={t('manage.procedures.search')}
              value={query}
              onChange={setQuery}
              type="search"
              autoComplete="off"
            />
          </form>
          <form className="inline-form" onSubmit={openCode}>
            <TextField
              label={t('kiosk.code')}
              value={byCode}
              onChange={setByCode}
              autoComplete="off"
            />
            <button type="submit" className="btn">
              {t('manage.procedures.edit')}
            </button>
          </form>
        </div>
        <ErrorNotice message={search.error ?? error} />
        {message && (
          <p className="notice notice--ok" role="status">
            {message}
          </p>
        )}
        {!query.trim() && <p className="muted">{t('manage.procedures.noQuery')}</p>}
        {search.result && query.trim() && (
          <table className="table table--dense" aria-label={t('kiosk.resultsLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('kiosk.code')}</th>
                <th scope="col">{t('manage.procedures.name')}</th>
                <th scope="col">{t('manage.procedures.field')}</th>
                <th scope="col">{t('manage.printing.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('manage.staff.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {search.result.items.map((p) => {
                const isHidden = hidden[p.code] ?? false;
                return (
                  <tr key={p.code} className={isHidden ? 'row--muted' : undefined}>
                    <td className="nowrap">{p.code}</td>
                    <td>{p.name}</td>
                    <td>{p.field}</td>
                    <td>
                      {isHidden ? t('manage.procedures.hidden') : t('manage.procedures.visible')}
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="btn btn--small"
                        onClick={() => setEditing(p.code)}
                        aria-label={`${t('manage.procedures.edit')}: ${p.name}`}
                      >
                        {t('manage.procedures.edit')}
                      </button>
                      <button
                        type="button"
                        className="btn btn--small"
                        onClick={() => void toggle(p.code, !isHidden)}
                        aria-label={`${isHidden ? t('manage.procedures.unhide') : t('manage.procedures.hide')}: ${p.name}`}
                      >
                        {isHidden ? t('manage.procedures.unhide') : t('manage.procedures.hide')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {editing && (
        <ProcedureEditor
          key={editing}
          code={editing}
          onHidden={(code, h) => setHidden((x) => ({ ...x, [code]: h }))}
          onClose={() => setEditing(null)}
        />
      )}
      <CatalogImport />
    </>
  );
}
