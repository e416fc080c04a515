/** Officer-facing names of dossier states and history actions, through i18n, with the raw code as the fallback. */
import type { TFunction } from 'i18next';
import { deskCommonVi as deskVi } from './deskCommonMessages';

const STATUS_KEYS = new Set(Object.keys(deskVi.status));
const ACTION_KEYS = new Set(Object.keys(deskVi.action));

/** "Đã tiếp nhận" for `received`; an unknown state is shown as is. */
export function statusLabel(t: TFunction, status: string): string {
  return STATUS_KEYS.has(status)
    ? t(`desk.status.${status as keyof typeof deskVi.status}`)
    : status;
}

/** "Yêu cầu bổ sung" for `requestSupplement` or `dossiers.requestSupplement`; audit actions of other features stay as written. */
export function actionLabel(t: TFunction, action: string): string {
  const bare = action.startsWith('dossiers.') ? action.slice('dossiers.'.length) : action;
  return ACTION_KEYS.has(bare) ? t(`desk.action.${bare as keyof typeof deskVi.action}`) : action;
}
