/**
 * "Gọi số tiếp theo": the counter's queue of tickets. The counter is chosen once and remembered
 * for this tab (sessionStorage), like the sign-in.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import type { CallResult, CounterView } from '../../../main/queue/types';

const KEY = 'motcua.counter';

function storedCounter(): number | null {
  const n = Number(window.sessionStorage.getItem(KEY));
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : null;
}

export function CallNext() {
  const { t } = useTranslation();
  const [counters, setCounters] = useState<CounterView[] | null>(null);
  const [counter, setCounter] = useState<number | null>(storedCounter);
  const [called, setCalled] = useState<CallResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('queue.counters', {}).then(
      (r) => setCounters(r.items),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);

  const choose = (n: number | null) => {
    if (n === null) window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, String(n));
    setCounter(n);
    setCalled(null);
  };

  const callNext = async () => {
    if (counter === null) return;
    setBusy(true);
    setError(null);
    try {
      setCalled(await call('queue.callNext', { counter }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const mine = counters?.find((c) => c.number === counter);
  return (
    <section className="call-next" aria-labelledby="call-title">
      <h2 id="call-title">{t('desk.call.title')}</h2>
      {counters && counters.length === 0 && <p className="muted">{t('desk.call.noCounters')}</p>}
      {counters && counters.length > 0 && counter === null && (
        <div className="field">
          <label htmlFor="call-counter">{t('desk.call.chooseCounter')}</label>
          <select
            id="call-counter"
            value=""
            onChange={(e) => choose(Number(e.target.value) || null)}
          >
            <option value="">—</option>
            {counters.map((c) => (
              <option key={c.number} value={c.number}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {counter !== null && (
        <>
          <p className="call-next__counter">
            {mine?.name ?? `${t('desk.call.counter')} ${counter}`}{' '}
            <button type="button" className="link-button" onClick={() => choose(null)}>
              {t('desk.call.change')}
            </button>
          </p>
          <button
            type="button"
            className="btn btn--primary btn--wide"
            onClick={() => void callNext()}
            disabled={busy}
          >
            {busy ? t('desk.call.calling') : t('desk.call.callNext')}
          </button>
          {called && (
            <div className="call-next__result">
              {called.ticket ? (
                <p>
                  <span className="muted">{t('desk.call.serving')}</span>{' '}
                  <output className="call-next__ticket" aria-label={t('desk.call.serving')}>
                    {called.ticket}
                  </output>
                </p>
              ) : (
                <p role="status">{t('desk.call.nobody')}</p>
              )}
              <p className="muted">{t('desk.call.waiting', { count: called.waiting })}</p>
            </div>
          )}
        </>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}
