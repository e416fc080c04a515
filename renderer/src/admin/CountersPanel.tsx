/** The hall's counters for queue tickets: number, name and the fields each serves (none = a general counter). */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import type { CounterView } from '../../../main/queue/types';

interface Row {
  number: string;
  name: string;
  fields: string;
}

const toRow = (c: CounterView): Row => ({
  number: String(c.number),
  name: c.name,
  fields: c.fields.join('; '),
});

export function CountersPanel() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [views, setViews] = useState<CounterView[]>([]);
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('queue.counters', {}).then(
      (r) => {
        setViews(r.items);
        setRows(r.items.map(toRow));
      },
      (e: unknown) => setError({ field: null, message: errorMessage(e) }),
    );
  }, []);

  if (!rows) return <ErrorNotice message={error?.message} />;
  const put = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => {
    const next = Math.max(0, ...rows.map((r) => Number(r.number) || 0)) + 1;
    setRows([...rows, { number: String(next), name: `Quầy số ${next}`, fields: '' }]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const counters = rows.map((r) => ({
        number: Number(r.number),
        name: r.name.normalize('NFC').trim(),
        fields: r.fields
          .split(';')
          .map((f) => f.normalize('NFC').trim())
          .filter(Boolean),
      }));
      const r = await call('queue.setCounters', { counters });
      setViews(r.items);
      setRows(r.items.map(toRow));
      setSaved(true);
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  const waiting = (n: string) => views.find((v) => String(v.number) === n);
  return (
    <form
      className="card"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="counters-title"
      noValidate
    >
      <h2 id="counters-title">{t('manage.counters.title')}</h2>
      <table className="table table--dense">
        <thead>
          <tr>
            <th scope="col">{t('manage.counters.number')}</th>
            <th scope="col">{t('manage.counters.name')}</th>
            <th scope="col">{t('manage.counters.fields')}</th>
            <th scope="col">{t('manage.counters.waiting')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('manage.staff.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const view = waiting(r.number);
            const bad = error?.field?.startsWith(`counters.${i}.`);
            return (
              <tr key={i} className={bad ? 'row--error' : undefined}>
                <td>
                  <input
                    className="cell-input cell-input--num"
                    type="number"
                    min={1}
                    max={99}
                    value={r.number}
                    onChange={(e) => put(i, { number: e.target.value })}
                    aria-label={`${t('manage.counters.number')} ${i + 1}`}
                  />
                </td>
                <td>
                  <input
                    className="cell-input"
                    value={r.name}
                    onChange={(e) => put(i, { name: e.target.value })}
                    aria-label={`${t('manage.counters.name')} ${i + 1}`}
                  />
                </td>
                <td>
                  <input
                    className="cell-input"
                    value={r.fields}
                    onChange={(e) => put(i, { fields: e.target.value })}
                    aria-label={`${t('manage.counters.fields')} ${i + 1}`}
                  />
                  {view?.general && <span className="muted"> {t('manage.counters.general')}</span>}
                </td>
                <td>{view?.waiting ?? ''}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() => setRows(rows.filter((_, j) => j !== i))}
                  >
                    {t('manage.counters.remove', { number: r.number })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorNotice message={error?.message} />
      {saved && (
        <p className="notice notice--ok" role="status">
          {t('manage.counters.saved')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={add}>
          {t('manage.counters.add')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('manage.counters.save')}
        </button>
      </div>
    </form>
  );
}
