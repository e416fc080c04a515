/** The footer of every officer action form: submit (showing "working" while busy) and cancel. */
import { useTranslation } from 'react-i18next';

export function FormActions({
  busy,
  submitLabel,
  onCancel,
}: {
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {busy ? t('desk.working') : submitLabel}
      </button>
      <button type="button" className="btn" onClick={onCancel}>
        {t('desk.cancel')}
      </button>
    </div>
  );
}
