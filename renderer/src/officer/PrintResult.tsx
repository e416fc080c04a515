/** A printed form (Mẫu 01–04) as the officer sees it: the exact bitmap, the print status and "In lại". */
import { useTranslation } from 'react-i18next';
import { useReprint } from './useReprint';
import { ErrorNotice } from '../components/ErrorNotice';
import type { PrintOutcome } from '../../../main/printing/types';
import { PrintStatus } from './PrintStatus';

export function PrintResult({ print: first, title }: { print: PrintOutcome; title: string }) {
  const { t } = useTranslation();
  const { print, busy, error, reprint } = useReprint(first);

  return (
    <section className="print-result" aria-label={title}>
      <div>
        <h3>{title}</h3>
        <PrintStatus print={print} labelId="notice-print-label" />
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
