/** A printed form (Mẫu 01–04) as the officer sees it: the exact bitmap, the print status and "In lại". */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import type { PrintOutcome } from '../../../main/printing/types';

export function PrintResult({ print: first, title }: { print: PrintOutcome; title: string }) {
  const { t } = useTranslation();
  const [print, setPrint] = useState<PrintOutcome>(first);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reprint = async () => {
    setBusy(true);
    setError(null);
    try {
      setPrint(await call('printing.reprint', { jobId: print.jobId }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="print-result" aria-label={title}>
      <div>
        <h3>{title}</h3>
        <div className={`print-status print-status--${print.status}`}>
          <p id="notice-print-label" className="muted">
            {t('officer.printStatus')}
          </p>
          <output aria-labelledby="notice-print-label">
            {print.status === 'printed' ? t('officer.printed') : t('officer.printFailed')}
            {print.status === 'failed' && print.message ? `: ${print.message}` : ''}
          </output>
          {print.warning && <p className="notice notice--warn">{print.warning}</p>}
        </div>
        <ErrorNotice message={error} />
        <div className="actions">
          <button type="button" className="btn" onClick={() => void reprint()} disabled={busy}>
            {busy ? t('officer.reprinting') : t('officer.reprint')}
          </button>
        </div>
      </div>
      {print.preview && (
        <figure className="slip">
          <img src={print.preview} alt={title} />
          <figcaption>{title}</figcaption>
        </figure>
      )}
    </section>
  );
}
