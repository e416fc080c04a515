/** Today's work beside the main panel: declarations waiting (click to open) and what was received. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { vnDateTime } from '../format';
import { openCode } from './openCode';
import { CallNext } from './CallNext';
import { statusLabel } from './labels';
import type { Work } from './OfficerScreen';
import type { Declaration, DossierSummary, QueueView } from '../../../main/dossiers/types';

const REFRESH_MS = 30_000;

export function QueueList({ version, onOpened }: { version: number; onOpened: (w: Work) => void }) {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<QueueView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    call('dossiers.queue', {}).then(
      (q) => {
        setQueue(q);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);

  useEffect(() => {
    load();
    const id = window.setInterval(load, REFRESH_MS);
    return () => window.clearInterval(id);
  }, [load, version]);

  const open = (code: string) => {
    openCode(code).then(onOpened, (e: unknown) => setError(errorMessage(e)));
  };

  const total = (k: keyof QueueView['totals']) => queue?.totals?.[k];
  return (
    <aside className="queue" aria-labelledby="queue-title">
      <CallNext onOpen={open} />
      <div className="queue__head">
        <h2 id="queue-title">{t('officer.queueTitle')}</h2>
        <button type="button" className="btn btn--small" onClick={load}>
          {t('officer.refresh')}
        </button>
      </div>
      <ErrorNotice message={error} />
      <DeclarationGroup
        id="q-decl"
        title={t('officer.queueDeclarations')}
        items={queue?.declarations}
        total={total('declarations')}
        open={open}
      />
      <DeclarationGroup
        id="q-decl-papers"
        title={t('desk.queue.declarationsAwaitingPapers')}
        items={queue?.declarationsAwaitingPapers}
        total={total('declarationsAwaitingPapers')}
        open={open}
        hideEmpty
      />
      <DossierGroup
        title={t('officer.queueOverdue')}
        items={queue?.overdue}
        total={total('overdue')}
        open={open}
        id="q-over"
        hideEmpty
      />
      <DossierGroup
        title={t('officer.queueDue')}
        items={queue?.dueToday}
        total={total('dueToday')}
        open={open}
        id="q-due"
        hideEmpty
      />
      <DossierGroup
        title={t('desk.queue.supplements')}
        items={queue?.awaitingSupplement}
        total={total('awaitingSupplement')}
        open={open}
        id="q-supp"
        hideEmpty
      />
      <DossierGroup
        title={t('officer.queueReceived')}
        items={queue?.receivedToday}
        total={total('receivedToday')}
        open={open}
        id="q-recv"
      />
    </aside>
  );
}

/** Declarations waiting at the counter (or for papers): click one to open it. */
function DeclarationGroup(props: {
  id: string;
  title: string;
  items: Declaration[] | undefined;
  total: number | undefined;
  open: (code: string) => void;
  hideEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const { id, title, items, total, open, hideEmpty } = props;
  if (hideEmpty && (!items || items.length === 0)) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} {items ? `(${countText(items.length, total)})` : ''}
      </h3>
      {items && items.length === 0 && <p className="muted">{t('officer.queueEmpty')}</p>}
      <ul className="queue__list">
        {items?.map((d) => (
          <li key={d.code}>
            <button type="button" className="queue__item" onClick={() => open(d.code)}>
              <span className="queue__code">{d.code}</span>
              <span>{d.applicant.fullName}</span>
              <span className="muted">{d.procedureName}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "12" or "50/130" when the list shows only the first screenful. */
function countText(shown: number, total: number | undefined): string {
  return total !== undefined && total > shown ? `${shown}/${total}` : String(shown);
}

function DossierGroup(props: {
  title: string;
  items: DossierSummary[] | undefined;
  total: number | undefined;
  open: (code: string) => void;
  id: string;
  hideEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const { title, items, total, open, id, hideEmpty } = props;
  if (!items || (hideEmpty && items.length === 0)) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} ({countText(items.length, total)})
      </h3>
      {items.length === 0 && <p className="muted">{t('officer.queueEmpty')}</p>}
      <ul className="queue__list">
        {items.map((d) => (
          <li key={d.code}>
            <button type="button" className="queue__item" onClick={() => open(d.code)}>
              <span className="queue__code">{d.code}</span>
              <span>{d.applicant.fullName}</span>
              <span className="muted">
                {statusLabel(t, d.status)} · {vnDateTime(d.dueAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
