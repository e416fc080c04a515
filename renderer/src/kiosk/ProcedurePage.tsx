/**
 * Everything a citizen needs to read about one procedure (papers, time, fee, the online service
 * level in plain words, a QR code to the national portal), then the ways on: declare, take a ticket.
 */
import { useKioskNavigate } from './useKioskNavigate';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { useProcedure } from '../components/useProcedure';
import { PortalQr } from './PortalQr';
import { PrintChecklist } from './PrintChecklist';
import { ServiceLevel } from './ServiceLevel';
import { useTakeTicket } from './useTakeTicket';
import {
  feeKey,
  feeParts,
  sameAcrossChannels,
  timeKey,
  timeText,
} from '../../../main/catalog/time-fee';
import type { Channel, Fee, Procedure } from '../../../main/catalog/types';

export function ProcedurePage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const navigate = useKioskNavigate();
  const { procedure, error, loading } = useProcedure(code);
  const ticket = useTakeTicket();

  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!procedure) return <ErrorNotice message={error} />;
  return (
    <article className="kiosk-page procedure" aria-labelledby="proc-title">
      <h1 id="proc-title">{procedure.name}</h1>
      <p className="procedure__sub">
        {t('kiosk.field')}: {procedure.field} · {t('kiosk.code')}: {procedure.code}
      </p>
      <div className="procedure__actions">
        <button
          type="button"
          className="btn btn--primary btn--big"
          onClick={() => void navigate(`/kiosk/declare/${encodeURIComponent(procedure.code)}`)}
        >
          {t('kiosk.declareButton')}
        </button>
        <button
          type="button"
          className="btn btn--big"
          disabled={ticket.busy}
          onClick={() => ticket.take({ procedureCode: procedure.code })}
        >
          {t('ticket.take')}
        </button>
        <PrintChecklist procedureCode={procedure.code} />
      </div>
      <ErrorNotice message={ticket.error} />
      <DocumentsToBring procedure={procedure} />
      <TimesAndFees procedure={procedure} />
      <ServiceLevel procedure={procedure} />
      {procedure.portalUrl && <PortalQr url={procedure.portalUrl} />}
      {procedure.steps.length > 0 && (
        <section aria-labelledby="proc-steps">
          <h2 id="proc-steps">{t('kiosk.stepsTitle')}</h2>
          <ol className="steps">
            {procedure.steps.map((s, i) => {
              const [head, ...subs] = s.split('\n');
              return (
                <li key={i}>
                  {head}
                  {subs.length > 0 && (
                    <ul>
                      {subs.map((sub, j) => (
                        <li key={j}>{sub}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {procedure.results.length > 0 && (
        <section aria-labelledby="proc-result">
          <h2 id="proc-result">{t('kiosk.resultTitle')}</h2>
          <ul>
            {procedure.results.map((r, i) => (
              <li key={i}>{r.name}</li>
            ))}
          </ul>
        </section>
      )}
      {(procedure.submitAt || procedure.agencies.length > 0) && (
        <section aria-labelledby="proc-where">
          <h2 id="proc-where">{t('kiosk.submitAtTitle')}</h2>
          <p>{procedure.submitAt || procedure.agencies.join('; ')}</p>
        </section>
      )}
      {procedure.conditions && (
        <section aria-labelledby="proc-cond">
          <h2 id="proc-cond">{t('kiosk.conditionsTitle')}</h2>
          <Folded text={procedure.conditions} />
        </section>
      )}
    </article>
  );
}

/** The documents per case, with how many originals and copies. */
export function DocumentsToBring({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  if (procedure.documentCases.length === 0) return null;
  return (
    <section aria-labelledby="proc-docs">
      <h2 id="proc-docs">{t('kiosk.documentsTitle')}</h2>
      {procedure.documentCases.map((c, ci) => (
        <div className="doc-case" key={ci}>
          {c.title && <h3>{c.title}</h3>}
          {c.documents.length > 0 && (
            <ul className="doc-list">
              {c.documents.map((d, di) => (
                <li key={di}>
                  <span className="doc-list__name">{d.name}</span>
                  <span className="doc-list__counts">
                    {[
                      d.originals > 0 ? t('kiosk.originals', { count: d.originals }) : null,
                      d.copies > 0 ? t('kiosk.copies', { count: d.copies }) : null,
                      d.form ? `${t('kiosk.form')}: ${d.form}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {d.note && <span className="doc-list__note">{d.note}</span>}
                </li>
              ))}
            </ul>
          )}
          {c.notes && c.notes.length > 0 && (
            <div className="doc-case__notes">
              <Folded text={c.notes.map((n) => `– ${n}`).join('\n')} />
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

/** The channels' names ("Nộp trực tiếp · Qua bưu chính"), or "any channel" when the record gives none. */
function useChannelLabel(): (cs: (Channel | undefined)[]) => string {
  const { t } = useTranslation();
  return (cs) => cs.map((c) => (c ? t(`channel.${c}`) : t('channel.any'))).join(' · ');
}

function TimesAndFees({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  const channelLabel = useChannelLabel();
  return (
    <div className="two-col">
      <section aria-labelledby="proc-time">
        <h2 id="proc-time">{t('kiosk.processingTitle')}</h2>
        {procedure.processing.length === 0 ? (
          <p>{t('kiosk.timeAskOfficer')}</p>
        ) : (
          <dl className="pairs">
            {sameAcrossChannels(procedure.processing, timeKey).map(({ channels, row }, i) => (
              <div key={i}>
                <dt>{channelLabel(channels)}</dt>
                <dd>
                  <strong>{timeText(row)}</strong>
                  {row.note && !row.assumed && <Folded text={row.note} />}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="proc-fee">
        <h2 id="proc-fee">{t('kiosk.feesTitle')}</h2>
        {procedure.fees.length === 0 ? (
          // No fee in the record is no information, not "free".
          <p>{t('kiosk.feeAskOfficer')}</p>
        ) : (
          <dl className="pairs">
            {sameAcrossChannels(procedure.fees, feeKey).map(({ channels, row }, i) => (
              <div key={i}>
                <dt>{channelLabel(channels)}</dt>
                <dd>
                  <FeeValue fee={row} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}

/** Texts longer than this are folded behind "Xem đầy đủ" on the kiosk. */
const FOLD_AT = 160;

/** A long text shown as its opening words, the whole behind a large "Xem đầy đủ" button. */
export function Folded({ text }: { text: string }) {
  const { t } = useTranslation();
  if (text.length <= FOLD_AT) return <p className="prewrap">{text}</p>;
  const cut = text.slice(0, FOLD_AT).replace(/\s+\S*$/u, '');
  return (
    <details className="folded">
      <summary>
        <span className="folded__lead">{cut}…</span>
        <span className="btn folded__button">{t('kiosk.showFull')}</span>
      </summary>
      <p className="prewrap">{text}</p>
    </details>
  );
}

/** The fee's amount in Vietnamese format, its explanation folded when long. */
function FeeValue({ fee }: { fee: Fee }) {
  const { amount, note } = feeParts(fee);
  return (
    <>
      <strong>{amount}</strong>
      {note && <Folded text={note} />}
    </>
  );
}
