/** One field's procedures in name order, a page at a time, each opening the procedure page. */
import { useKioskNavigate } from './useKioskNavigate';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { ResultButton } from '../components/ProcedureResults';
import type { ProcedureSummary } from '../../../main/catalog/types';

const PAGE = 50;

export function FieldProcedures() {
  const { t } = useTranslation();
  const navigate = useKioskNavigate();
  const { field = '' } = useParams();
  // The loaded page belongs to one field: while another field's first page loads, nothing shows.
  const [page, setPage] = useState<{
    field: string;
    items: ProcedureSummary[];
    total: number;
  } | null>(null);
  const [failure, setFailure] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const items = page?.field === field ? page.items : [];
  const total = page?.field === field ? page.total : null;
  const error = failure?.field === field ? failure.message : null;

  // The first page, again whenever the field changes.
  useEffect(() => {
    let alive = true;
    call('catalog.byField', { field, limit: PAGE, offset: 0 }).then(
      (r) => {
        if (!alive) return;
        setPage({ field, items: r.items, total: r.total });
        setFailure(null);
      },
      (e: unknown) => alive && setFailure({ field, message: errorMessage(e) }),
    );
    return () => {
      alive = false;
    };
  }, [field]);

  const more = () => {
    setBusy(true);
    call('catalog.byField', { field, limit: PAGE, offset: items.length }).then(
      (r) => {
        setPage((old) =>
          old?.field === field ? { field, items: [...old.items, ...r.items], total: r.total } : old,
        );
        setFailure(null);
        setBusy(false);
      },
      (e: unknown) => {
        setFailure({ field, message: errorMessage(e) });
        setBusy(false);
      },
    );
  };

  return (
    <section className="kiosk-page" aria-labelledby="field-title">
      <h1 id="field-title">{field}</h1>
      <button type="button" className="btn" onClick={() => void navigate('/kiosk/fields')}>
        <span aria-hidden="true">← </span>
        {t('browse.allFields')}
      </button>
      {total !== null && (
        <p className="results__count" role="status">
          {t('browse.count', { count: total })}
        </p>
      )}
      {total === null && !error && <p role="status">{t('common.loading')}</p>}
      <ErrorNotice message={error} />
      {items.length > 0 && (
        <ul className="results__list" aria-labelledby="field-title">
          {items.map((item) => (
            <li key={item.code}>
              <ResultButton
                item={item}
                onChoose={(code) => void navigate(`/kiosk/procedure/${encodeURIComponent(code)}`)}
              />
            </li>
          ))}
        </ul>
      )}
      {total !== null && items.length < total && (
        <button
          type="button"
          className="btn btn--big btn--wide more"
          disabled={busy}
          onClick={more}
        >
          {t('browse.more', { count: total - items.length })}
        </button>
      )}
    </section>
  );
}
