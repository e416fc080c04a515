/**
 * The unit's catalog scope: the levels it handles and the fields the kiosk shows, with the
 * counts each choice leaves. On a fresh install (no scope yet) it asks for the level first.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import type { FieldCount, Level } from '../../../main/catalog/types';

const NAMES = { bo: 'ministry', tinh: 'province', huyen: 'district', xa: 'commune' } as const;
const ORDER: Level[] = ['xa', 'tinh', 'huyen', 'bo'];
type Overview = {
  scope: { levels: Level[]; fields?: string[] } | null;
  count: number;
  total: number;
  levels: { level: Level; count: number }[];
  fields: FieldCount[];
};

export function ScopePanel() {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<Level[]>([]);
  const [fields, setFields] = useState<string[] | null>(null);
  const [view, setView] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fresh, setFresh] = useState(false);

  const load = useCallback((proposed?: Level[]) => {
    const input = proposed ? { levels: proposed.map((l) => NAMES[l]) } : {};
    call('catalog.scope', input).then(
      (o) => {
        setView(o);
        if (!proposed) {
          setFresh(o.scope === null);
          setLevels(o.scope?.levels ?? []);
          setFields(o.scope?.fields ?? null);
        }
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(() => load(), [load]);

  const toggleLevel = (l: Level) => {
    const next = levels.includes(l) ? levels.filter((x) => x !== l) : [...levels, l];
    setLevels(next);
    if (next.length > 0) load(next);
  };
  const toggleField = (name: string) => {
    const all = view?.fields.map((f) => f.name) ?? [];
    const current = fields ?? all;
    setFields(current.includes(name) ? current.filter((f) => f !== name) : [...current, name]);
  };
  const kept = view
    ? view.fields.filter((f) => !fields || fields.includes(f.name)).reduce((n, f) => n + f.count, 0)
    : 0;

  const save = async () => {
    setError(null);
    setDone(null);
    try {
      const r = await call('catalog.setScope', {
        levels: levels.map((l) => NAMES[l]),
        ...(fields ? { fields } : {}),
      });
      setDone(t('manage.scope.saved', { count: r.count }));
      setFresh(false);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="card" aria-labelledby="scope-title">
      <h2 id="scope-title">{t('manage.scope.title')}</h2>
      <p>
        {fresh ? (
          <strong role="alert">{t('manage.scope.firstRun')}</strong>
        ) : (
          t('manage.scope.intro')
        )}
      </p>
      <fieldset>
        <legend>{t('manage.scope.levels')}</legend>
        {ORDER.map((l) => (
          <label key={l} className="check">
            <input type="checkbox" checked={levels.includes(l)} onChange={() => toggleLevel(l)} />{' '}
            {t(`manage.scope.level_${l}`)} (
            {t('manage.scope.count', {
              count: view?.levels.find((x) => x.level === l)?.count ?? 0,
            })}
            )
          </label>
        ))}
      </fieldset>
      {view && levels.length > 0 && (
        <fieldset className="scope-fields">
          <legend>{t('manage.scope.fields')}</legend>
          <button type="button" className="btn" onClick={() => setFields(null)}>
            {t('manage.scope.allFields')}
          </button>
          {view.fields.map((f) => (
            <label key={f.name} className="check">
              <input
                type="checkbox"
                checked={!fields || fields.includes(f.name)}
                onChange={() => toggleField(f.name)}
              />{' '}
              {f.name} ({f.count})
            </label>
          ))}
        </fieldset>
      )}
      <p role="status">
        {view && levels.length > 0 && t('manage.scope.leaves', { count: kept, total: view.total })}
      </p>
      <ErrorNotice message={error} />
      {done && <p role="status">{done}</p>}
      <button type="button" className="btn btn--primary" onClick={() => void save()}>
        {t('manage.scope.save')}
      </button>
    </section>
  );
}
