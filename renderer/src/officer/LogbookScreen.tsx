/**
 * Sổ theo dõi hồ sơ: the dossiers received in a period, filtered by procedure and status, as the
 * table of DOMAIN.md; printed on A4 from the core's print view, as Mẫu 07 (PDF), or exported to Excel.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { toFormError, errorFor, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { downloadFile } from '../components/download';
import { PdfView, type PdfFile } from '../components/PdfView';
import { vnDateTime } from '../format';
import { DeskShell } from './DeskShell';
import { thisMonth } from './period';
import { statusLabel } from './labels';
import type { DossierState } from '../../../main/dossiers/lifecycle';
import type { LogbookRow } from '../../../main/reports/types';

const STATES: DossierState[] = [
  'received',
  'supplement_requested',
  'in_progress',
  'handed_over',
  'result_ready',
  'returned',
  'refused',
  'withdrawn',
  'stopped',
];

type Format = 'json' | 'xlsx' | 'html' | 'pdf';

interface Filter {
  from: string;
  to: string;
  procedureCode: string;
  status: DossierState | '';
}

export function LogbookScreen() {
  const { t } = useTranslation();
  return <DeskShell title={t('desk.logbook.title')}>{() => <Logbook />}</DeskShell>;
}

function Logbook() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>(() => ({
    ...thisMonth(),
    procedureCode: '',
    status: '',
  }));
  const [rows, setRows] = useState<LogbookRow[] | null>(null);
  const [printHtml, setPrintHtml] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [pdf, setPdf] = useState<PdfFile | null>(null);
  const [busy, setBusy] = useState<Format | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  const input = () => ({
    from: filter.from,
    to: filter.to,
    ...(filter.procedureCode.trim() ? { procedureCode: filter.procedureCode.trim() } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  });

  const run = async (format: Format) => {
    setBusy(format);
    setError(null);
    setNote(null);
    try {
      const r = await call('reports.logbook', { ...input(), format });
      if (r.format === 'json') setRows(r.rows);
      else if (r.format === 'pdf') setPdf({ filename: r.filename, base64: r.base64 });
      else if (r.format === 'xlsx') {
        downloadFile(r.filename, r.mimeType, r.base64, true);
        setNote(t('desk.logbook.downloaded', { name: r.filename }));
      } else setPrintHtml(r.content);
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(null);
    }
  };

  useEffect(() => {
    // The current month on arrival; later periods on "Xem".
    call('reports.logbook', { ...thisMonth(), format: 'json' }).then(
      (r) => r.format === 'json' && setRows(r.rows),
      (err: unknown) => setError(toFormError(err)),
    );
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run('json');
  };

  return (
    <main className="report-page">
      <form
        className="card report-filters"
        onSubmit={submit}
        aria-label={t('desk.logbook.title')}
        noValidate
      >
        <TextField
          label={t('desk.logbook.from')}
          type="date"
          value={filter.from}
          onChange={(from) => setFilter({ ...filter, from })}
          error={errorFor(error, 'from')}
        />
        <TextField
          label={t('desk.logbook.to')}
          type="date"
          value={filter.to}
          onChange={(to) => setFilter({ ...filter, to })}
          error={errorFor(error, 'to')}
        />
        <TextField
          label={`${t('desk.logbook.procedure')} ${t('common.optional')}`}
          value={filter.procedureCode}
          onChange={(procedureCode) => setFilter({ ...filter, procedureCode })}
          error={errorFor(error, 'procedureCode')}
          autoComplete="off"
        />
        <SelectField
          label={t('desk.logbook.status')}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
          options={[
            { value: '' as const, label: t('desk.logbook.anyStatus') },
            ...STATES.map((s) => ({ value: s, label: statusLabel(t, s) })),
          ]}
        />
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy !== null}>
            {t('desk.logbook.show')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy !== null}
            onClick={() => void run('html')}
          >
            {t('desk.logbook.print')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy !== null}
            onClick={() => void run('pdf')}
          >
            {t('reports.logbookPdf')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy !== null}
            onClick={() => void run('xlsx')}
          >
            {t('desk.logbook.excel')}
          </button>
        </div>
      </form>
      <ErrorNotice message={error?.message} />
      {note && (
        <p className="notice notice--ok" role="status">
          {note}
        </p>
      )}
      {printHtml && (
        <section className="card" aria-labelledby="print-view-title">
          <div className="dossier__head">
            <h2 id="print-view-title">{t('desk.logbook.printView')}</h2>
            <div className="actions actions--tight">
              <button
                type="button"
                className="btn btn--primary"
                onClick={() => frame.current?.contentWindow?.print()}
              >
                {t('desk.logbook.print')}
              </button>
              <button type="button" className="btn" onClick={() => setPrintHtml(null)}>
                {t('common.close')}
              </button>
            </div>
          </div>
          <iframe
            ref={frame}
            className="print-frame"
            title={t('desk.logbook.printView')}
            srcDoc={printHtml}
            onLoad={() => frame.current?.contentWindow?.print()}
          />
        </section>
      )}
      {pdf && (
        <section className="card" aria-label={t('reports.logbookPdfTitle')}>
          <h2>{t('reports.logbookPdfTitle')}</h2>
          <PdfView file={pdf} title={t('reports.logbookPdfTitle')} onClose={() => setPdf(null)} />
        </section>
      )}
      {rows && <LogbookTable rows={rows} />}
    </main>
  );
}

function LogbookTable({ rows }: { rows: LogbookRow[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="logbook-title">
      <h2 id="logbook-title">
        {t('desk.logbook.title')}{' '}
        <span className="muted">— {t('desk.logbook.total', { count: rows.length })}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('desk.logbook.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table logbook-table" aria-labelledby="logbook-title">
            <thead>
              <tr>
                {(
                  [
                    'no',
                    'code',
                    'procedure',
                    'sets',
                    'applicant',
                    'contact',
                    'unit',
                    'received',
                    'due',
                    'sent',
                    'result',
                    'returned',
                    'status',
                    'note',
                  ] as const
                ).map((k) => (
                  <th key={k} scope="col">
                    {t(`desk.logbook.col.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code}>
                  <td>{r.no}</td>
                  <td className="nowrap">{r.code}</td>
                  <td>{r.procedureName}</td>
                  <td>{r.sets}</td>
                  <td>{r.applicantName}</td>
                  <td>
                    {r.address}
                    <br />
                    {r.phone}
                  </td>
                  <td>{r.handlingUnit}</td>
                  <td>{vnDateTime(r.receivedAt)}</td>
                  <td>
                    {vnDateTime(r.dueAt)}
                    {r.originalDueAt && r.originalDueAt !== r.dueAt && (
                      <span className="muted"> ({vnDateTime(r.originalDueAt)})</span>
                    )}
                  </td>
                  <td>{vnDateTime(r.sentAt)}</td>
                  <td>{vnDateTime(r.resultAt)}</td>
                  <td>{vnDateTime(r.returnedAt)}</td>
                  <td>{statusLabel(t, r.status)}</td>
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
