/** Prints the procedure's document checklist on the kiosk's slip printer, so the citizen can gather their papers. */
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { PrintButton } from './PrintButton';

export function PrintChecklist({ procedureCode }: { procedureCode: string }) {
  const { t } = useTranslation();
  return (
    <PrintButton
      print={() => call('printing.checklist', { procedureCode })}
      label={t('kiosk.checklistPrint')}
      busyLabel={t('kiosk.checklistPrinting')}
      printed={t('kiosk.checklistPrinted')}
      printing={t('ticket.printing')}
      failed={(message) => t('kiosk.checklistFailed', { message })}
    />
  );
}
