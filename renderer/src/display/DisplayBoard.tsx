/**
 * /display: the waiting hall's TV. The latest call in big numbers (flashing, and announced aloud
 * with a chime), then every counter as a tile in a grid that fits both orientations, with the
 * number it serves, how many wait and a pause. Refreshed every few seconds from queue.board; ticket
 * numbers and counters only, never personal data. A late answer never replaces a newer one.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { useUnitSettings } from '../kiosk/useUnitSettings';
import type { QueueBoard } from '../../../main/queue/types';
import { announce } from './announce';
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

type Call = QueueBoard['recentCalls'][number];
const callKey = (c: Call) => `${c.ticket}|${c.counter}|${c.recalls}|${c.calledAt}`;

/**
 * Announces every call (and every recall) that appears after the first board, oldest first, one
 * after the other; answers the key of the call being announced, for the flash.
 */
function useAnnouncements(board: QueueBoard | null): string | null {
  const seen = useRef<Set<string> | null>(null);
  const queue = useRef<Call[]>([]);
  const speaking = useRef(false);
  const [flash, setFlash] = useState<string | null>(null);
  useEffect(() => {
    if (!board) return;
    const keys = board.recentCalls.map(callKey);
    if (seen.current === null) {
      seen.current = new Set(keys);
      return;
    }
    const known = seen.current;
    const fresh = board.recentCalls.filter((c) => !known.has(callKey(c))).reverse();
    fresh.forEach((c) => known.add(callKey(c)));
    queue.current.push(...fresh);
    const next = async () => {
      if (speaking.current) return;
      speaking.current = true;
      for (let c = queue.current.shift(); c; c = queue.current.shift()) {
        setFlash(callKey(c));
        await announce(c.ticket, c.counter);
      }
      speaking.current = false;
      setFlash(null);
    };
    void next();
  }, [board]);
  return flash;
}

const hhmm = (iso: string) => {
  const m = /T(\d{2}:\d{2})/u.exec(iso);
  return m ? m[1] : '';
};

export function DisplayBoard() {
  const { t } = useTranslation();
  const settings = useUnitSettings();
  const { board, error } = useBoard();
  const flash = useAnnouncements(board);
  const latest = board?.recentCalls[0];
  const recentTickets = new Set(board?.recentCalls.slice(0, 3).map((c) => c.ticket));
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
      <section
        className={`board__call${latest && flash === callKey(latest) ? ' board__call--flash' : ''}`}
        aria-labelledby="board-call-title"
        aria-live="polite"
      >
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
        <section aria-labelledby="board-grid-title" className="board__counters">
          <h2 id="board-grid-title" className="board__grid-title">
            {t('display.counters')}
          </h2>
          <ul className={`board__grid board__grid--${Math.min(board.counters.length, 12)}`}>
            {board.counters.map((c) => (
              <li
                key={c.number}
                className={`board__tile${c.serving && recentTickets.has(c.serving) ? ' board__tile--recent' : ''}${c.paused ? ' board__tile--paused' : ''}`}
              >
                <h3>{c.name}</h3>
                <p className="board__serving" aria-label={t('display.serving')}>
                  {c.serving ?? '—'}
                </p>
                <p className="board__waiting">
                  {c.paused
                    ? t('display.paused', { reason: c.pausedReason ?? '' })
                    : t('display.waitingAt', { count: c.waiting })}
                </p>
              </li>
            ))}
          </ul>
        </section>
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
