/** Importing a catalog file (our JSON, or the national portal's JSONL, gzip sent as base64) and the last import's report. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { readFileBase64 } from '../components/download';
import { vnDateTime } from '../format';
import type { ImportReport } from '../../../main/catalog/types';

type Format = 'json' | 'national';

export function CatalogImport() {
  const { t } = useTranslation();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('json');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('catalog.lastImport', {}).then(
      (r) => {
        setReport(r.report);
        setLoaded(true);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);

  const choose = (f: File | null) => {
    setFile(f);
    if (f && /\.jsonl(\.gz)?$|\.gz$/iu.test(f.name)) setFormat('national');
  };

  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const gz = /\.gz$/iu.test(file.name);
      const content = gz ? await readFileBase64(file) : await file.text();
      setReport(
        await call('catalog.import', {
          format,
          content,
          encoding: gz ? 'base64' : 'text',
          name: file.name.slice(0, 200),
        }),
      );
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('manage.procedures.importTitle')}</h2>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="catalog-file">{t('manage.procedures.importFile')}</label>
          <input
            id="catalog-file"
            type="file"
            accept=".json,.jsonl,.gz,application/json"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
        </div>
        <SelectField
          label={t('manage.procedures.importFormat')}
          value={format}
          onChange={setFormat}
          options={[
            { value: 'json', label: t('manage.procedures.formatJson') },
            { value: 'national', label: t('manage.procedures.formatNational') },
          ]}
        />
      </div>
      <button
        type="button"
        className="btn btn--primary"
        disabled={!file || busy}
        onClick={() => void run()}
      >
        {busy ? t('manage.procedures.importing') : t('manage.procedures.importButton')}
      </button>
      <ErrorNotice message={error} />
      <h3>{t('manage.procedures.lastImport')}</h3>
      {loaded && !report && <p className="muted">{t('manage.procedures.noImport')}</p>}
      {report && <ImportReportView report={report} />}
    </section>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const sections = Object.entries(report.coverage);
  return (
    <div aria-label={t('manage.procedures.lastImport')} role="group">
      <p>
        {t('manage.procedures.source')}: <strong>{report.source}</strong> · {vnDateTime(report.at)}{' '}
        · {report.format}
      </p>
      <dl className="figures">
        {(
          ['records', 'imported', 'updated', 'unchanged', 'rejected', 'withUnstructured'] as const
        ).map((k) => (
          <div className="figure" key={k}>
            <dt>{t(`manage.procedures.${k}`)}</dt>
            <dd>{report[k]}</dd>
          </div>
        ))}
      </dl>
      {sections.length > 0 && (
        <table className="table table--dense" aria-label={t('manage.procedures.coverage')}>
          <caption>{t('manage.procedures.coverage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manage.procedures.section')}</th>
              <th scope="col">{t('manage.procedures.structured')}</th>
              <th scope="col">{t('manage.procedures.textOnly')}</th>
              <th scope="col">{t('manage.procedures.empty')}</th>
            </tr>
          </thead>
          <tbody>
            {sections.map(([name, c]) => (
              <tr key={name}>
                <td>{name}</td>
                <td>{c.structured}</td>
                <td>{c.textOnly}</td>
                <td>{c.empty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConflictsView report={report} />
      {report.rejections.length > 0 && (
        <table className="table table--dense" aria-label={t('manage.procedures.rejections')}>
          <caption>{t('manage.procedures.rejections')}</caption>
          <tbody>
            {report.rejections.slice(0, 50).map((r, i) => (
              <tr key={i}>
                <td>
                  {t('manage.procedures.line')} {r.line}
                </td>
                <td>{r.code ?? ''}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The admin's edits the import kept (its value not applied), so the admin can review each one. */
function ConflictsView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const conflicts = report.conflicts ?? [];
  if (conflicts.length === 0)
    return report.conflicts ? (
      <p className="muted">{t('manage.procedures.conflictsNone')}</p>
    ) : null;
  return (
    <table className="table table--dense" aria-label={t('manage.procedures.conflicts')}>
      <caption>
        {t('manage.procedures.conflicts')} ({conflicts.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('manage.procedures.conflictCode')}</th>
          <th scope="col">{t('manage.procedures.conflictField')}</th>
          <th scope="col">{t('manage.procedures.conflictKept')}</th>
          <th scope="col">{t('manage.procedures.conflictIncoming')}</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.slice(0, 200).map((c, i) => (
          <tr key={i}>
            <td>{c.code}</td>
            <td>{c.field}</td>
            <td className="conflict-value">{c.kept}</td>
            <td className="conflict-value">{c.incoming}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
