/** The name of the form a lifecycle step printed, as the officer reads it under the preview. */
import type { TFunction } from 'i18next';
import type { DossierAction } from '../../../main/dossiers/lifecycle';

/** Mẫu 02 for a supplement request, 03 for a refusal, 04 for a new date, 01 again when the papers arrived. */
export function noticeTitle(t: TFunction, action: DossierAction): string {
  switch (action) {
    case 'requestSupplement':
      return `${t('desk.print.form02')} (Mẫu 02)`;
    case 'refuse':
      return `${t('desk.print.form03')} (Mẫu 03)`;
    case 'delay':
      return `${t('desk.print.form04')} (Mẫu 04)`;
    case 'supplementReceived':
      return `${t('desk.print.form01')} (Mẫu 01)`;
    default:
      return t('desk.print.notice');
  }
}
