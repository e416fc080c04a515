/**
 * /display: the waiting hall's TV. The latest call in big numbers, then every counter with the
 * number it serves and how many wait. Refreshed every few seconds from queue.board; ticket numbers
 * and counters only, never personal data. A late answer never replaces a newer one.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { useUnitSettings } from '../kiosk/useUnitSettings';
import type { QueueBoard } from '../../../main/queue/types';
import './display.css';

/** How often the board asks the hub, in milliseconds. */
export const BOARD_REFRESH_MS = 3000;

function useBoard(): { board: QueueBoard | null; error: string | null } {
  const [board, setBoard] = useState<QueueBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const load = () => {
      const mine = ++seq.current;
      void call('queue.board', {})
        .then(
          (b) => {
            if (!live || mine !== seq.current) return;
            setBoard(b);
            setError(null);
          },
          (e: unknown) => {
            if (!live || mine !== seq.current) return;
            setError(errorMessage(e));
          },
        )
        .finally(() => {
          if (live) timer = window.setTimeout(load, BOARD_REFRESH_MS);
        });
    };
    load();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, []);
  return { board, error };
}

const hhmm = (iso: string) => {
  const m = /T(\d{2}:\d{2})/u.exec(iso);
  return m ? m[1] : '';
};

export function DisplayBoard() {
  const { t } = useTranslation();
  const settings = useUnitSettings();
  const { board, error } = useBoard();
  const latest = board?.recentCalls[0];
  return (
    <main className="board" aria-labelledby="board-title">
      <header className="board__head">
        <h1 id="board-title">{settings?.unitName || t('app.unitFallback')}</h1>
        {board && (
          <p className="board__updated">
            {t('display.waitingTotal', { count: board.waitingTotal })} ·{' '}
            {t('display.updatedAt', { time: hhmm(board.updatedAt) })}
          </p>
        )}
      </header>
      {error && (
        <p className="board__error" role="alert">
          {t('display.offline')}
        </p>
      )}
      <section className="board__call" aria-labelledby="board-call-title" aria-live="polite">
        <h2 id="board-call-title">{t('display.nowCalling')}</h2>
        {latest ? (
          <p className="board__call-line">
            <span className="board__call-number">{latest.ticket}</span>
            <span className="board__call-arrow" aria-hidden="true">
              →
            </span>
            <span className="board__call-counter">{latest.counterName}</span>
          </p>
        ) : (
          <p className="board__none">{t('display.noCalls')}</p>
        )}
      </section>
      {board && (
        <table className="board__table" aria-labelledby="board-table-title">
          <caption id="board-table-title">{t('display.counters')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('display.counter')}</th>
              <th scope="col">{t('display.serving')}</th>
              <th scope="col">{t('display.waiting')}</th>
            </tr>
          </thead>
          <tbody>
            {board.counters.map((c) => (
              <tr key={c.number}>
                <th scope="row">{c.name}</th>
                <td className="board__serving">{c.serving ?? '—'}</td>
                <td>{c.waiting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {board && board.recentCalls.length > 1 && (
        <section aria-labelledby="board-recent-title" className="board__recent">
          <h2 id="board-recent-title">{t('display.recent')}</h2>
          <ol>
            {board.recentCalls.slice(1, 7).map((c) => (
              <li key={`${c.ticket}-${c.calledAt}`}>
                <span className="board__recent-number">{c.ticket}</span> → {c.counterName}
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
