/** What happened to a print job, in the officer's words: printed, or failed with the printer's cause. */
import { useTranslation } from 'react-i18next';
import type { PrintOutcome } from '../../../main/printing/types';

export function PrintStatus({ print, labelId }: { print: PrintOutcome; labelId: string }) {
  const { t } = useTranslation();
  return (
    <div className={`print-status print-status--${print.status}`}>
      <p id={labelId} className="muted">
        {t('officer.printStatus')}
      </p>
      <output aria-labelledby={labelId}>
        {print.status === 'printed'
          ? t('officer.printed')
          : print.status === 'printing'
            ? t('officer.printing')
            : t('officer.printFailed')}
        {print.status === 'failed' && print.message ? `: ${print.message}` : ''}
      </output>
      {print.warning && <p className="notice notice--warn">{print.warning}</p>}
    </div>
  );
}
