/** The printer and its journal: every job with its status and Vietnamese cause, reprint, view, and a test page. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { vnDateTime } from '../format';
import type {
  PrinterInfo,
  PrintJobSummary,
  PrintOutcome,
  PrintStatus,
} from '../../../main/printing/types';

type Filter = PrintStatus | 'all';

export function PrintingPanel() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<PrinterInfo | null>(null);
  const [jobs, setJobs] = useState<PrintJobSummary[] | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<PrintOutcome | null>(null);
  const [busy, setBusy] = useState<number | 'test' | null>(null);
  const [preview, setPreview] = useState<{ id: number; src: string } | null>(null);

  const load = useCallback(() => {
    call('printing.jobs', { limit: 200, ...(filter === 'all' ? {} : { status: filter }) }).then(
      (r) => setJobs(r.items),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [filter]);
  useEffect(load, [load]);
  useEffect(() => {
    call('printing.info', {}).then(setInfo, (e: unknown) => setError(errorMessage(e)));
  }, []);

  const print = async (what: number | 'test') => {
    setBusy(what);
    setError(null);
    try {
      setOutcome(
        what === 'test'
          ? await call('printing.test', {})
          : await call('printing.reprint', { jobId: what }),
      );
      load();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const view = async (id: number) => {
    setError(null);
    try {
      const r = await call('printing.preview', { jobId: id });
      setPreview({ id, src: r.preview });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  // A slip handed to a desk that prints it itself ('local') is queued until the desk reports.
  const statusText = (s: PrintStatus | 'printing' | 'local') =>
    t(`manage.printing.${s === 'printing' || s === 'local' ? 'queued' : s}`);
  return (
    <section className="card" aria-labelledby="printing-title">
      <div className="panel-head">
        <h2 id="printing-title">{t('manage.printing.title')}</h2>
        <div className="actions actions--tight">
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy !== null}
            onClick={() => void print('test')}
          >
            {busy === 'test' ? t('manage.printing.testing') : t('manage.printing.test')}
          </button>
          <button type="button" className="btn" onClick={load}>
            {t('manage.printing.refresh')}
          </button>
        </div>
      </div>
      {info && (
        <p>
          <strong>{t('manage.printing.printer')}:</strong> {info.label}{' '}
          <span className="muted">({info.uri})</span> ·{' '}
          {t('manage.printing.paper', {
            mm: info.profile.widthDots === 576 ? 80 : 58,
            dots: info.profile.widthDots,
          })}
        </p>
      )}
      <ErrorNotice message={error} />
      {outcome && (
        <p
          className={`notice ${outcome.status === 'printed' ? 'notice--ok' : 'notice--error'}`}
          role="status"
        >
          {t('manage.printing.result', { id: outcome.jobId, status: statusText(outcome.status) })}
          {outcome.message ? `: ${outcome.message}` : ''}
        </p>
      )}
      {preview && (
        <figure className="slip">
          <img src={preview.src} alt={t('manage.printing.previewTitle', { id: preview.id })} />
          <figcaption>
            {t('manage.printing.previewTitle', { id: preview.id })}{' '}
            <button type="button" className="link-button" onClick={() => setPreview(null)}>
              {t('common.close')}
            </button>
          </figcaption>
        </figure>
      )}
      <SelectField
        className="field--narrow"
        label={t('manage.printing.filter')}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: t('manage.printing.all') },
          { value: 'printed', label: t('manage.printing.printed') },
          { value: 'failed', label: t('manage.printing.failed') },
          { value: 'queued', label: t('manage.printing.queued') },
        ]}
      />
      {jobs && jobs.length === 0 && <p className="muted">{t('manage.printing.empty')}</p>}
      {jobs && jobs.length > 0 && (
        <div className="table-scroll">
          <table className="table table--dense" aria-labelledby="printing-title">
            <thead>
              <tr>
                <th scope="col">{t('manage.printing.id')}</th>
                <th scope="col">{t('manage.printing.at')}</th>
                <th scope="col">{t('manage.printing.document')}</th>
                <th scope="col">{t('manage.printing.subject')}</th>
                <th scope="col">{t('manage.printing.device')}</th>
                <th scope="col">{t('manage.printing.printedBy')}</th>
                <th scope="col">{t('manage.printing.status')}</th>
                <th scope="col">{t('manage.printing.error')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('manage.staff.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id}>
                  <td>{j.id}</td>
                  <td>{vnDateTime(j.createdAt)}</td>
                  <td>
                    {j.title}
                    {j.reprintOf ? (
                      <span className="muted">
                        {' '}
                        (<strong>{t('manage.printing.reprintMark')}</strong>{' '}
                        {t('manage.printing.reprintOf', { id: j.reprintOf })})
                      </span>
                    ) : null}
                  </td>
                  <td>{j.subject ?? ''}</td>
                  <td>
                    {j.device ?? t('manage.printing.hub')}
                    <br />
                    <span className="muted">{j.printer}</span>
                  </td>
                  <td>{j.printedBy ?? ''}</td>
                  <td>
                    <span className={`job-status job-status--${j.status}`}>
                      {statusText(j.status)}
                    </span>
                  </td>
                  <td>
                    {j.status === 'failed' ? (j.error ?? '') : ''}
                    {j.note ? <span className="muted">{j.note}</span> : null}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="btn btn--small"
                      onClick={() => void view(j.id)}
                      aria-label={`${t('manage.printing.preview')} ${j.id}`}
                    >
                      {t('manage.printing.preview')}
                    </button>
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={busy !== null}
                      onClick={() => void print(j.id)}
                      aria-label={`${t('manage.printing.reprint')} ${j.id}`}
                    >
                      {t('manage.printing.reprint')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
