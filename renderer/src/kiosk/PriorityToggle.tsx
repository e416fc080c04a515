/** The citizen says they are entitled to priority (elderly, disabled, pregnant, with a small child): one big toggle. */
import { useTranslation } from 'react-i18next';

export function PriorityToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="btn btn--big btn--wide priority-toggle"
      aria-pressed={on}
      onClick={() => onChange(!on)}
    >
      <span className="priority-toggle__box" aria-hidden="true">
        {on ? '✓' : ''}
      </span>
      <span>
        <strong>{t('ticket.priority')}</strong>
        <br />
        <span className="priority-toggle__who">{t('ticket.priorityWho')}</span>
      </span>
    </button>
  );
}
