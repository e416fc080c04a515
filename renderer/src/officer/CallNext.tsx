/**
 * "Gọi số tiếp theo": the counter's queue of tickets. The counter is chosen once and remembered
 * for this tab (sessionStorage), like the sign-in.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { CounterActions } from './CounterActions';
import type { CallResult, CounterView } from '../../../main/queue/types';

const KEY = 'motcua.counter';

function storedCounter(): number | null {
  const n = Number(window.sessionStorage.getItem(KEY));
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : null;
}

/** `onOpen` opens a declaration code in the officer's main panel. */
export function CallNext({ onOpen }: { onOpen: (code: string) => void }) {
  const { t } = useTranslation();
  const [counters, setCounters] = useState<CounterView[] | null>(null);
  const [counter, setCounter] = useState<number | null>(storedCounter);
  const [called, setCalled] = useState<CallResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const [notice, setNotice] = useState<string | null>(null);
  const loadCounters = () =>
    call('queue.counters', {}).then(
      (r) => setCounters(r.items),
      (e: unknown) => setError(errorMessage(e)),
    );
  useEffect(() => void loadCounters(), []);

  const choose = (n: number | null) => {
    if (n === null) window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, String(n));
    setCounter(n);
    setCalled(null);
  };

  const run = async (f: () => Promise<void>) => {
    if (counter === null) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await f();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const callNext = () =>
    run(async () => setCalled(await call('queue.callNext', { counter: counter! })));
  const act = (op: 'recall' | 'skip', extra?: { ticket: string }) =>
    run(async () =>
      setCalled(
        op === 'recall'
          ? await call('queue.recall', { counter: counter!, ...extra })
          : await call('queue.skip', { counter: counter! }),
      ),
    );
  const transfer = (toCounter: number) =>
    run(async () => {
      const r = await call('queue.transfer', { counter: counter!, toCounter });
      setNotice(t('desk.call.transferred', { ticket: r.ticket, to: r.to.name }));
      setCalled((c) => c && { ...c, ticket: null, declarationCode: undefined });
    });
  const pause = (reason: string | null) =>
    run(async () => {
      if (reason === null) await call('queue.resume', { counter: counter! });
      else await call('queue.pause', { counter: counter!, reason });
      await loadCounters();
    });

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
            disabled={busy || mine?.paused}
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
              {called.priority && <p className="call-next__priority">{t('desk.call.priority')}</p>}
              <p className="muted">{t('desk.call.waiting', { count: called.waiting })}</p>
            </div>
          )}
          {mine && counters && (
            <CounterActions
              counter={mine}
              counters={counters}
              called={called}
              busy={busy}
              act={(op, extra) => void act(op, extra)}
              transfer={(n) => void transfer(n)}
              pause={(r) => void pause(r)}
              onOpen={onOpen}
            />
          )}
          {notice && <p role="status">{notice}</p>}
        </>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}
