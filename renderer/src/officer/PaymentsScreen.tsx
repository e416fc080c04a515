/** The officer's payments screen: a day's transfers (with the XLSX sheet) and the bank statement import. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { downloadFile, readFileText } from '../components/download';
import type { PaymentsReport, StatementResult } from '../../../main/fees/types';
import { DeskShell } from './DeskShell';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });

export function PaymentsScreen() {
  const { t } = useTranslation();
  const [day, setDay] = useState(today);
  const [report, setReport] = useState<PaymentsReport | null>(null);
  const [statement, setStatement] = useState<StatementResult | null>(null);
  const [error, setError] = useState<string | undefined>();
  const fail = (e: unknown) => setError(errorMessage(e));

  const load = (format: 'json' | 'xlsx') => {
    setError(undefined);
    call('reports.payments', { from: day, to: day, format }).then((r) => {
      setReport(r);
      if (r.base64 && r.filename && r.mimeType)
        downloadFile(r.filename, r.mimeType, r.base64, true);
    }, fail);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    try {
      setStatement(await call('fees.importStatement', { content: await readFileText(file) }));
      load('json');
    } catch (e) {
      fail(e);
    }
  };

  return (
    <DeskShell title={t('payments.title')}>
      {() => (
        <main className="card">
          <div className="actions">
            <label>
              {t('payments.day')}{' '}
              <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            </label>
            <button type="button" className="btn" onClick={() => load('json')}>
              {t('payments.show')}
            </button>
            <button type="button" className="btn" onClick={() => load('xlsx')}>
              {t('payments.xlsx')}
            </button>
          </div>
          <ErrorNotice message={error} />
          {report && (
            <>
              <p role="status">
                {t('payments.total', {
                  count: report.payments.length,
                  total: report.total.toLocaleString('vi-VN'),
                })}
              </p>
              <table>
                <thead>
                  <tr>
                    <th>{t('payments.colCode')}</th>
                    <th>{t('payments.colAmount')}</th>
                    <th>{t('payments.colPurpose')}</th>
                    <th>{t('payments.colReference')}</th>
                    <th>{t('payments.colSource')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.payments.map((p) => (
                    <tr key={p.reference}>
                      <td>{p.code}</td>
                      <td>{p.amount.toLocaleString('vi-VN')}</td>
                      <td>{p.purpose}</td>
                      <td>{p.reference}</td>
                      <td>{p.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <h2>{t('payments.importTitle')}</h2>
          <label>
            {t('payments.importFile')}{' '}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void importFile(e.target.files?.[0])}
            />
          </label>
          {statement && (
            <section aria-label={t('payments.importTitle')}>
              <p>{t('payments.matched', { count: statement.matched.length })}</p>
              <p>{t('payments.unmatched', { count: statement.unmatched.length })}</p>
              <ul>
                {statement.unmatched.map((u) => (
                  <li key={u.line}>
                    {u.line}: {u.description} — {u.amount.toLocaleString('vi-VN')} đ ({u.reason})
                  </li>
                ))}
              </ul>
              <p>{t('payments.rejected', { count: statement.rejected.length })}</p>
            </section>
          )}
        </main>
      )}
    </DeskShell>
  );
}
