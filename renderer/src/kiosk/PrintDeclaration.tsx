/** Prints the declaration slip (code and QR, procedure, what to bring) for a citizen who takes no ticket. */
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { PrintButton } from './PrintButton';

export function PrintDeclaration({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <PrintButton
      print={() => call('printing.declaration', { declarationCode: code })}
      label={t('kiosk.slipPrint')}
      printed={t('kiosk.slipPrinted')}
      failed={(message) => t('kiosk.slipFailed', { message })}
      wide
    />
  );
}
