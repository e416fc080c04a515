/**
 * The periodic report on the statistics screen: the lines of the unit's report on administrative
 * procedures as a table, the identity between them, and the XLSX / PDF (A4) files beside it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { downloadFile } from '../components/download';
import { PdfView, type PdfFile } from '../components/PdfView';
import { periodicLines } from '../../../main/reports/periodic-lines';
import type { PeriodicReport as Figures } from '../../../main/reports/types';
import type { reportsVi } from './reportMessages';

/** The i18n key of a report line: "2.1" → "l2_1". */
const lineKey = (no: string) => `l${no.replace('.', '_')}` as keyof typeof reportsVi.periodic.line;

/** carriedOver + received and the sum of the end states: the two sides of the report's identity. */
function sides(r: Figures): [number, number] {
  const out =
    r.resolved.early +
    r.resolved.onTime +
    r.resolved.late +
    r.inProgress.withinTime +
    r.inProgress.overdue +
    r.withdrawn +
    r.stopped;
  return [r.carriedOver + r.received, out];
}

export function PeriodicReport({
  report,
  period,
}: {
  report: Figures;
  period: { from: string; to: string };
}) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PdfFile | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [left, right] = sides(report);

  const file = async (format: 'xlsx' | 'pdf') => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const r = await call('reports.periodic', { ...period, format });
      if (!('format' in r)) return;
      if (format === 'pdf') setPdf({ filename: r.filename, base64: r.base64 });
      else {
        downloadFile(r.filename, r.mimeType, r.base64, true);
        setNote(t('reports.periodic.downloaded', { name: r.filename }));
      }
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="periodic-title">
      <h2 id="periodic-title">{t('reports.periodic.title')}</h2>
      <table className="table table--dense periodic-table" aria-labelledby="periodic-title">
        <thead>
          <tr>
            <th scope="col">{t('reports.periodic.no')}</th>
            <th scope="col">{t('reports.periodic.indicator')}</th>
            <th scope="col">{t('reports.periodic.count')}</th>
          </tr>
        </thead>
        <tbody>
          {periodicLines(report).map(([no, , n]) => (
            <tr key={no} data-line={no} className={no.includes('.') ? undefined : 'strong'}>
              <td>{no}</td>
              <th scope="row" style={{ fontWeight: no.includes('.') ? 'normal' : 'bold' }}>
                {t(`reports.periodic.line.${lineKey(no)}`)}
              </th>
              <td className="num">{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p
        className={left === right ? 'muted' : 'notice notice--error'}
        data-testid="periodic-balance"
      >
        {t('reports.periodic.balance', { left, right })}
      </p>
      <div className="actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void file('xlsx')}>
          {t('reports.periodic.excel')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void file('pdf')}>
          {t('reports.periodic.pdf')}
        </button>
      </div>
      <ErrorNotice message={error?.message} />
      {note && (
        <p className="notice notice--ok" role="status">
          {note}
        </p>
      )}
      {pdf && (
        <PdfView file={pdf} title={t('reports.periodic.title')} onClose={() => setPdf(null)} />
      )}
    </section>
  );
}
