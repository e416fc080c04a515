/**
 * What the officer may do with a dossier now: the buttons follow ALLOWED_FROM (lifecycle.ts), so a
 * step the core would refuse is never offered; each step opens its form, or, when it needs no
 * input, asks once ("Xác nhận") and runs.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { ALLOWED_FROM, type DossierAction } from '../../../main/dossiers/lifecycle';
import { DelayForm } from './DelayForm';
import { HandOverForm } from './HandOverForm';
import { ReasonForm } from './ReasonForm';
import { ReturnForm } from './ReturnForm';
import { SupplementForm } from './SupplementForm';
import { SuppliedForm } from './SuppliedForm';
import { useSubmit } from './useSubmit';
import type { Dossier, TransitionResult } from '../../../main/dossiers/types';

/** The order the buttons appear in: the usual path first, the endings last. */
const ORDER: DossierAction[] = [
  'supplementReceived',
  'handOver',
  'receiveBack',
  'markReady',
  'return',
  'requestSupplement',
  'delay',
  'refuse',
  'withdraw',
  'stop',
];
/** Steps that need no input: one press. */
const IMMEDIATE = {
  receiveBack: 'dossiers.receiveBack',
  markReady: 'dossiers.markReady',
} as const;
const PRIMARY = new Set<DossierAction>([
  'supplementReceived',
  'markReady',
  'return',
  'receiveBack',
]);

interface Props {
  dossier: Dossier;
  onDone: (action: DossierAction, r: TransitionResult) => void;
}

export function DossierActions({ dossier, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const [running, setRunning] = useState<DossierAction | null>(null);
  const immediate = useSubmit((r: { action: DossierAction; result: TransitionResult }) =>
    finish(r.action, r.result),
  );
  const available = ORDER.filter((a) => ALLOWED_FROM[a].includes(dossier.status));

  function finish(action: DossierAction, r: TransitionResult) {
    setOpen(null);
    setRunning(null);
    onDone(action, r);
  }

  const [confirming, setConfirming] = useState<keyof typeof IMMEDIATE | null>(null);

  const press = (action: DossierAction) => {
    immediate.setError(null);
    if (action in IMMEDIATE) {
      // One press asks; "Xác nhận" runs it (see confirmStep).
      setOpen(null);
      setConfirming(action as keyof typeof IMMEDIATE);
    } else {
      setConfirming(null);
      setOpen(action);
    }
  };

  const runImmediate = (action: keyof typeof IMMEDIATE) => {
    setConfirming(null);
    setRunning(action);
    const op = IMMEDIATE[action];
    void immediate.run(async () => ({ action, result: await call(op, { code: dossier.code }) }));
  };

  const done = (action: DossierAction) => (r: TransitionResult) => finish(action, r);
  const cancel = () => setOpen(null);

  return (
    <section className="dossier-actions" aria-labelledby="actions-title">
      <h3 id="actions-title">{t('desk.actionsTitle')}</h3>
      {available.length === 0 ? (
        <p className="muted">{t('desk.noActions')}</p>
      ) : (
        <div className="actions" role="group" aria-labelledby="actions-title">
          {available.map((a) => (
            <button
              key={a}
              type="button"
              className={`btn${PRIMARY.has(a) ? ' btn--primary' : ''}`}
              aria-pressed={open === a || confirming === a}
              disabled={immediate.busy}
              onClick={() => press(a)}
            >
              {running === a && immediate.busy ? t('desk.working') : t(`desk.action.${a}`)}
            </button>
          ))}
        </div>
      )}
      {confirming && (
        <div className="confirm-step" role="group" aria-label={t(`desk.action.${confirming}`)}>
          <p>{t(`desk.confirmStep.${confirming}`)}</p>
          <div className="actions">
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => runImmediate(confirming)}
            >
              {t('desk.confirm')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(null)}>
              {t('desk.cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorNotice message={immediate.error?.message} />
      {open === 'supplementReceived' && (
        <SuppliedForm
          code={dossier.code}
          missing={dossier.missing ?? []}
          onDone={done(open)}
          onCancel={cancel}
        />
      )}
      {open === 'requestSupplement' && (
        <SupplementForm
          code={dossier.code}
          procedureCode={dossier.procedureCode}
          onDone={done(open)}
          onCancel={cancel}
        />
      )}
      {(open === 'refuse' || open === 'withdraw' || open === 'stop') && (
        <ReasonForm
          key={open}
          action={open}
          code={dossier.code}
          onDone={done(open)}
          onCancel={cancel}
        />
      )}
      {open === 'handOver' && (
        <HandOverForm code={dossier.code} onDone={done(open)} onCancel={cancel} />
      )}
      {open === 'delay' && (
        <DelayForm
          code={dossier.code}
          dueAt={dossier.dueAt}
          onDone={done(open)}
          onCancel={cancel}
        />
      )}
      {open === 'return' && (
        <ReturnForm
          code={dossier.code}
          procedureCode={dossier.procedureCode}
          payments={dossier.payments}
          onDone={done(open)}
          onCancel={cancel}
        />
      )}
    </section>
  );
}
