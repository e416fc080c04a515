/** One field's procedures in name order, a page at a time, each opening the procedure page. */
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { ResultButton } from '../components/ProcedureResults';
import type { ProcedureSummary } from '../../../main/catalog/types';

const PAGE = 50;

export function FieldProcedures() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { field = '' } = useParams();
  const [items, setItems] = useState<ProcedureSummary[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = (offset: number, live: () => boolean = () => true) => {
    setBusy(true);
    call('catalog.byField', { field, limit: PAGE, offset }).then(
      (r) => {
        if (!live()) return;
        setItems((old) => (offset === 0 ? r.items : [...old, ...r.items]));
        setTotal(r.total);
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        if (!live()) return;
        setError(errorMessage(e));
        setBusy(false);
      },
    );
  };

  useEffect(() => {
    let alive = true;
    load(0, () => alive);
    return () => {
      alive = false;
    };
    // Loads again only when the field changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [field]);

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
              <ResultButton item={item} onChoose={(code) => void navigate(`/kiosk/procedure/${encodeURIComponent(code)}`)} />
            </li>
          ))}
        </ul>
      )}
      {total !== null && items.length < total && (
        <button type="button" className="btn btn--big btn--wide more" disabled={busy} onClick={() => load(items.length)}>
          {t('browse.more', { count: total - items.length })}
        </button>
      )}
    </section>
  );
}
