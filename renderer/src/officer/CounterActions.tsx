/**
 * What the officer does with the called ticket, like NovoSGA's attendance: call again, no-show
 * (skip; a skipped number may be called again later today), transfer to another counter (it keeps
 * its place), pause the counter with a reason. The ticket's declaration opens in one step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult, CounterView } from '../../../main/queue/types';

export interface CounterActionsProps {
  counter: CounterView;
  counters: CounterView[];
  called: CallResult | null;
  busy: boolean;
  act: (op: 'recall' | 'skip', extra?: { ticket: string }) => void;
  transfer: (toCounter: number) => void;
  pause: (reason: string | null) => void;
  onOpen: (declarationCode: string) => void;
}

export function CounterActions(p: CounterActionsProps) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const serving = p.called?.ticket ?? null;
  const others = p.counters.filter((c) => c.number !== p.counter.number);
  return (
    <div className="call-next__actions">
      {serving && (
        <div className="call-next__row">
          <button type="button" className="btn" disabled={p.busy} onClick={() => p.act('recall')}>
            {t('desk.call.recall')}
          </button>
          <button type="button" className="btn" disabled={p.busy} onClick={() => p.act('skip')}>
            {t('desk.call.skip')}
          </button>
          {p.called?.declarationCode && (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => p.onOpen(p.called!.declarationCode!)}
            >
              {t('desk.call.openDeclaration', { code: p.called.declarationCode })}
            </button>
          )}
        </div>
      )}
      {serving && others.length > 0 && (
        <div className="call-next__row">
          <label htmlFor="call-transfer">{t('desk.call.transferTo')}</label>
          <select id="call-transfer" value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">—</option>
            {others.map((c) => (
              <option key={c.number} value={c.number}>
                {c.name}
                {c.paused ? ` (${t('desk.call.paused')})` : ''}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn"
            disabled={p.busy || !to}
            onClick={() => p.transfer(Number(to))}
          >
            {t('desk.call.transfer')}
          </button>
        </div>
      )}
      {p.called && p.called.skipped.length > 0 && (
        <div className="call-next__row">
          <span className="muted">{t('desk.call.skippedList')}</span>
          {p.called.skipped.map((s) => (
            <button
              key={s}
              type="button"
              className="btn btn--small"
              disabled={p.busy}
              onClick={() => p.act('recall', { ticket: s })}
              aria-label={t('desk.call.recallTicket', { ticket: s })}
            >
              {s}
            </button>
          ))}
        </div>
      )}
      <div className="call-next__row">
        {p.counter.paused ? (
          <>
            <span role="status">
              {t('desk.call.pausedBecause', { reason: p.counter.pausedReason })}
            </span>
            <button type="button" className="btn" disabled={p.busy} onClick={() => p.pause(null)}>
              {t('desk.call.resume')}
            </button>
          </>
        ) : (
          <>
            <label htmlFor="call-pause-reason">{t('desk.call.pauseReason')}</label>
            <input
              id="call-pause-reason"
              value={reason}
              maxLength={120}
              onChange={(e) => setReason(e.target.value)}
            />
            <button
              type="button"
              className="btn"
              disabled={p.busy || !reason.trim()}
              onClick={() => p.pause(reason.trim())}
            >
              {t('desk.call.pause')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
