/**
 * A declaration at the counter: accept it, or (papers missing) ask for a supplement with Mẫu 02, note
 * that the papers arrived, or refuse it with Mẫu 03. The printed notice stays on screen with "In lại".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcceptForm } from './AcceptForm';
import type { Accepted } from './AcceptedPanel';
import { PrintResult } from './PrintResult';
import { ReasonForm } from './ReasonForm';
import { SupplementForm } from './SupplementForm';
import { noticeTitle } from './noticeTitle';
import { actionLabel, statusLabel } from './labels';
import { SuppliedForm } from './SuppliedForm';
import type { Declaration, MissingDocument, TransitionResult } from '../../../main/dossiers/types';

type DeclAction = 'requestSupplement' | 'supplementReceived' | 'refuse';

interface Props {
  declaration: Declaration;
  onAccepted: (a: Accepted) => void;
  onCancel: () => void;
  onChanged: () => void;
  /**
   * Papers missing from a dossier received without a declaration: its declaration was just made
   * from what the officer typed, and Mẫu 02 opens at once, listing them.
   */
  supplementFirst?: MissingDocument[];
  /** A walk-in the officer chose to refuse: its declaration was just made, Mẫu 03 opens at once. */
  refuseFirst?: boolean;
}

export function DeclarationWork({
  declaration: first,
  onAccepted,
  onCancel,
  onChanged,
  supplementFirst,
  refuseFirst,
}: Props) {
  const { t } = useTranslation();
  const [declaration, setDeclaration] = useState(first);
  const [open, setOpen] = useState<DeclAction | null>(
    supplementFirst ? 'requestSupplement' : refuseFirst ? 'refuse' : null,
  );
  const [last, setLast] = useState<{ action: DeclAction; result: TransitionResult } | null>(null);
  const [formKey, setFormKey] = useState(0);
  // The papers the accept form found missing, when the officer chose Mẫu 02 instead of accepting.
  const [prefill, setPrefill] = useState<MissingDocument[] | undefined>(supplementFirst);

  const finish = (action: DeclAction, result: TransitionResult) => {
    if (result.declaration) setDeclaration(result.declaration);
    setLast({ action, result });
    setOpen(null);
    setFormKey((k) => k + 1);
    onChanged();
  };

  const actions = (
    <section className="card" aria-labelledby="decl-actions-title">
      <h2 id="decl-actions-title">{t('desk.actionsTitle')}</h2>
      {last && (
        <p className="notice notice--ok" role="status">
          {t('desk.done', {
            action: actionLabel(t, last.action),
            status: statusLabel(t, last.result.status),
          })}
        </p>
      )}
      {declaration.status === 'supplement' && (
        <div className="notice notice--warn">
          <p>{t('desk.supplement.waiting')}</p>
          <ul className="plain-list">
            {declaration.missing?.map((m, i) => (
              <li key={i}>{m.name}</li>
            ))}
          </ul>
          {declaration.note && <p>{declaration.note}</p>}
        </div>
      )}
      {last?.result.print && (
        <PrintResult
          key={last.result.print.jobId}
          print={last.result.print}
          title={noticeTitle(t, last.action)}
        />
      )}
      <div className="actions">
        {declaration.status === 'supplement' && (
          <button
            type="button"
            className="btn btn--primary"
            aria-pressed={open === 'supplementReceived'}
            onClick={() => setOpen('supplementReceived')}
          >
            {t('desk.action.supplementReceived')}
          </button>
        )}
        {declaration.status === 'declared' && (
          <button
            type="button"
            className="btn"
            aria-pressed={open === 'requestSupplement'}
            onClick={() => {
              setPrefill(undefined);
              setOpen('requestSupplement');
            }}
          >
            {t('desk.action.requestSupplement')}
          </button>
        )}
        {(declaration.status === 'declared' || declaration.status === 'supplement') && (
          <button
            type="button"
            className="btn"
            aria-pressed={open === 'refuse'}
            onClick={() => setOpen('refuse')}
          >
            {t('desk.action.refuse')}
          </button>
        )}
      </div>
      {open === 'supplementReceived' && (
        <SuppliedForm
          code={declaration.code}
          missing={declaration.missing ?? []}
          onDone={(r) => finish('supplementReceived', r)}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'requestSupplement' && (
        <SupplementForm
          code={declaration.code}
          procedureCode={declaration.procedureCode}
          initial={prefill}
          onDone={(r) => finish('requestSupplement', r)}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'refuse' && (
        <ReasonForm
          action="refuse"
          code={declaration.code}
          onDone={(r) => finish('refuse', r)}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );

  const waiting = declaration.status === 'supplement';
  const actionsFirst = waiting || last !== null || supplementFirst !== undefined || !!refuseFirst;
  return (
    <>
      {actionsFirst && actions}
      <AcceptForm
        key={formKey}
        declaration={declaration}
        procedureCode={declaration.procedureCode}
        procedureName={declaration.procedureName}
        onAccepted={onAccepted}
        onCancel={onCancel}
        onRequestSupplement={
          declaration.status === 'declared'
            ? (missing) => {
                setPrefill(missing);
                setOpen('requestSupplement');
              }
            : undefined
        }
      />
      {!actionsFirst && declaration.status === 'declared' && actions}
    </>
  );
}
