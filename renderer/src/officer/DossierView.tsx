/** A received dossier opened by its code: where it stands, its dates, what was handed in, what to do next, its history. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReceiptFormPrint } from './ReceiptFormPrint';
import { vnDateTime } from '../format';
import { DossierActions } from './DossierActions';
import { DossierHistory } from './DossierHistory';
import { FormPdfPanel } from './FormPdfPanel';
import { PrintResult } from './PrintResult';
import { noticeTitle } from './noticeTitle';
import { statusLabel, actionLabel } from './labels';
import type { DossierAction } from '../../../main/dossiers/lifecycle';
import type { Dossier, TransitionResult } from '../../../main/dossiers/types';

interface Props {
  dossier: Dossier;
  onClose: () => void;
  /** A step changed the dossier: today's lists may change too. */
  onChanged: () => void;
}

const dong = new Intl.NumberFormat('vi-VN');

export function DossierView({ dossier: first, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const [dossier, setDossier] = useState<Dossier>(first);
  const [last, setLast] = useState<{ action: DossierAction; result: TransitionResult } | null>(
    null,
  );

  const done = (action: DossierAction, result: TransitionResult) => {
    // A transition answers the dossier without what only `dossiers.get` reads (the fee's
    // transfers): those stay from the dossier as opened.
    const next = result.dossier;
    if (next) setDossier((prev) => ({ ...next, payments: next.payments ?? prev.payments }));
    setLast({ action, result });
    onChanged();
  };

  const delayed = dossier.originalDueAt && dossier.originalDueAt !== dossier.dueAt;
  return (
    <section className="card dossier" aria-labelledby="dossier-title">
      <div className="dossier__head">
        <h2 id="dossier-title">{t('officer.dossierTitle', { code: dossier.code })}</h2>
        <div className="actions actions--tight">
          <ReceiptFormPrint code={dossier.code} />
          <button type="button" className="btn btn--small" onClick={onClose}>
            {t('desk.close')}
          </button>
        </div>
      </div>
      {last && (
        <p className="notice notice--ok" role="status">
          {t('desk.done', { action: actionLabel(t, last.action), status: last.result.statusLabel })}
        </p>
      )}
      <dl className="pairs">
        <div>
          <dt id="dossier-status-label">{t('officer.dossierStatus')}</dt>
          <dd>
            <strong
              className={`state state--${dossier.status}`}
              aria-labelledby="dossier-status-label"
            >
              {statusLabel(t, dossier.status)}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{t('officer.procedure')}</dt>
          <dd>
            {dossier.procedureName} <span className="muted">({dossier.procedureCode})</span>
          </dd>
        </div>
        <div>
          <dt>{t('officer.fullName')}</dt>
          <dd>{dossier.applicant.fullName}</dd>
        </div>
        <div>
          <dt>{t('officer.idNumber')}</dt>
          <dd>{dossier.applicant.idNumber}</dd>
        </div>
        <div>
          <dt>{t('officer.phone')}</dt>
          <dd>{dossier.applicant.phone}</dd>
        </div>
        <div>
          <dt>{t('officer.address')}</dt>
          <dd>{dossier.applicant.address}</dd>
        </div>
        <div>
          <dt>{t('officer.receivedAt')}</dt>
          <dd>{vnDateTime(dossier.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('officer.dueAt')}</dt>
          <dd>
            <strong>{vnDateTime(dossier.dueAt)}</strong>
          </dd>
        </div>
        {delayed && (
          <div>
            <dt>{t('desk.originalDueAt')}</dt>
            <dd>{vnDateTime(dossier.originalDueAt)}</dd>
          </div>
        )}
        {dossier.pausedAt && (
          <div>
            <dt>{t('desk.pausedAt')}</dt>
            <dd>{vnDateTime(dossier.pausedAt)}</dd>
          </div>
        )}
        {dossier.handlingUnit && (
          <div>
            <dt>{t('desk.handlingUnit')}</dt>
            <dd>{dossier.handlingUnit}</dd>
          </div>
        )}
        {dossier.missing && dossier.missing.length > 0 && (
          <div>
            <dt>{t('desk.missingTitle')}</dt>
            <dd>
              <ul className="plain-list">
                {dossier.missing.map((m, i) => (
                  <li key={i}>{m.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {dossier.missingReason && (
          <div>
            <dt>{t('paper.missingReason')}</dt>
            <dd>{dossier.missingReason}</dd>
          </div>
        )}
        {dossier.fee && (
          <div>
            <dt>{t('desk.fee')}</dt>
            <dd>
              {dong.format(dossier.fee.amount)} đ · {t(`desk.giveBack.${dossier.fee.method}`)}
              {dossier.fee.receiptNumber
                ? ` · ${t('desk.giveBack.receipt')} ${dossier.fee.receiptNumber}`
                : ''}
            </dd>
          </div>
        )}
        {dossier.note && (
          <div>
            <dt>{t('desk.note')}</dt>
            <dd>{dossier.note}</dd>
          </div>
        )}
      </dl>

      <DossierActions
        key={`${dossier.status}-${last?.result.at ?? ''}`}
        dossier={dossier}
        onDone={done}
      />

      {last?.result.print && (
        <PrintResult
          key={last.result.print.jobId}
          print={last.result.print}
          title={noticeTitle(t, last.action)}
        />
      )}

      {dossier.ledger && (
        <p className="muted">
          {t('paper.ledger', { year: dossier.ledger.year, no: dossier.ledger.no })}
        </p>
      )}
      {dossier.documents.length > 0 && (
        <section aria-labelledby="docs-received-title">
          <h3 id="docs-received-title">{t('officer.documentsReceived')}</h3>
          <ul className="plain-list">
            {dossier.documents.map((d, i) => (
              <li key={i}>
                {d.name} —{' '}
                {t('paper.kindCounts', {
                  originals: d.originals,
                  certified: d.certifiedCopies,
                  photo: d.photocopies,
                })}
                {d.shownOnly ? `; ${t('paper.shown')}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <FormPdfPanel
        key={`${dossier.code}-${dossier.status}-${dossier.history.length}`}
        dossier={dossier}
      />
      <DossierHistory dossier={dossier} />
    </section>
  );
}
