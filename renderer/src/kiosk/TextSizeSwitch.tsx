/** A / A+ / A++: three text sizes for citizens who read with difficulty (kiosk header). */
import { useTranslation } from 'react-i18next';

export type TextScale = 0 | 1 | 2;
const LABELS = ['A', 'A+', 'A++'] as const;

export function TextSizeSwitch({
  scale,
  onChange,
}: {
  scale: TextScale;
  onChange: (scale: TextScale) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="size-switch" role="group" aria-label={t('kiosk.textSize')}>
      {LABELS.map((label, i) => (
        <button
          key={label}
          type="button"
          className={`size-switch__btn size-switch__btn--${i}`}
          aria-pressed={scale === i}
          onClick={() => onChange(i as TextScale)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
