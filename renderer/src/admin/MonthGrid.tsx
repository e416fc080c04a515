/** One month of the calendar: Monday-first weeks, each day a button named by its date and what it is. */
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../main/calendar/types';

interface Props {
  year: number;
  month: number;
  days: Map<string, CalendarDay>;
  selected: string | null;
  onPick: (date: string) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function MonthGrid({ year, month, days, selected, onPick }: Props) {
  const { t } = useTranslation();
  const count = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const source = {
    official: t('manage.calendar.sourceOfficial'),
    provisional: t('manage.calendar.sourceProvisional'),
    admin: t('manage.calendar.sourceAdmin'),
  };
  const titleId = `month-${year}-${month}`;

  return (
    <section className="month" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('manage.calendar.month', { month })}</h3>
      <div className="month__grid">
        {t('manage.calendar.weekdays')
          .split(',')
          .map((w) => (
            <span key={w} className="month__weekday" aria-hidden="true">
              {w}
            </span>
          ))}
        {Array.from({ length: lead }, (_, i) => (
          <span key={`x${i}`} />
        ))}
        {Array.from({ length: count }, (_, i) => {
          const date = `${year}-${pad(month)}-${pad(i + 1)}`;
          const weekday = (lead + i) % 7;
          const weekend = weekday >= 5;
          const entry = days.get(date);
          const kind = entry?.kind ?? (weekend ? 'weekend' : 'normal');
          const what = entry
            ? `${entry.kind === 'off' ? t('manage.calendar.legendOff') : t('manage.calendar.legendWork')} (${source[entry.source]})${entry.note ? ` — ${entry.note}` : ''}`
            : weekend
              ? t('manage.calendar.weekendDay')
              : t('manage.calendar.normalDay');
          return (
            <button
              key={date}
              type="button"
              className={`day day--${kind}${entry?.source === 'provisional' ? ' day--provisional' : ''}`}
              aria-label={t('manage.calendar.dayLabel', {
                date: `${pad(i + 1)}/${pad(month)}/${year}`,
                what,
              })}
              aria-pressed={selected === date}
              title={what}
              onClick={() => onPick(date)}
            >
              {i + 1}
            </button>
          );
        })}
      </div>
    </section>
  );
}
