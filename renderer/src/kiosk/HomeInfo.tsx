/** The kiosk home's notice board: unit, today's date and a live clock (Vietnam time), office hours, hotline, notices. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { vnParts } from '../../../main/calendar/vn-time';
import type { OfficeHours } from '../../../main/calendar/types';
import type { UnitSettings } from '../../../main/settings/types';

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_KEYS = [
  'kiosk.day0',
  'kiosk.day1',
  'kiosk.day2',
  'kiosk.day3',
  'kiosk.day4',
  'kiosk.day5',
  'kiosk.day6',
] as const;
/** The weekday's name (0 = Sunday). */
const dayName = (d: number, t: TFunction) => t(DAY_KEYS[d] ?? DAY_KEYS[0]);

/** The current instant, refreshed every second. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** "Thứ Hai – Thứ Sáu" for a run of days, else the days one by one. */
function weekdaysText(days: number[], t: TFunction): string {
  const sorted = [...days].sort((a, b) => a - b);
  const name = (d: number) => dayName(d, t);
  const run = sorted.every((d, i) => i === 0 || d === (sorted[i - 1] ?? -1) + 1);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? first;
  if (run && sorted.length > 2) return `${name(first)} – ${name(last)}`;
  return sorted.map(name).join(', ');
}

/** Office hours as two plain lines: the days, then the periods. */
function hoursLines(hours: OfficeHours, t: TFunction): [string, string] {
  const periods = hours.periods.map((p) => `${p.start} – ${p.end}`).join(t('kiosk.hoursAnd'));
  return [weekdaysText(hours.weekdays, t), periods];
}

interface Props {
  settings: UnitSettings | null;
}

/** The board at the top of the home screen; parts without a setting are left out. */
export function HomeInfo({ settings }: Props) {
  const { t } = useTranslation();
  const now = vnParts(useNow());
  const date = t('kiosk.today', {
    weekday: dayName(now.weekday, t),
    date: `${pad(now.day)}/${pad(now.month)}/${now.year}`,
  });
  const hours = settings ? hoursLines(settings.officeHours, t) : null;
  const notices = settings?.notices.filter((n) => n.trim()) ?? [];
  return (
    <section className="home-info" aria-label={t('kiosk.infoLabel')}>
      <div className="home-info__when">
        <p className="home-info__unit">{settings?.unitName || t('app.unitFallback')}</p>
        <p className="home-info__date">{date}</p>
        <p className="home-info__clock" aria-label={t('kiosk.clockLabel')}>
          <time dateTime={`${pad(now.hour)}:${pad(now.minute)}`}>
            {pad(now.hour)}:{pad(now.minute)}
          </time>
        </p>
      </div>
      <dl className="home-info__facts">
        {hours && (
          <div>
            <dt>{t('kiosk.officeHours')}</dt>
            <dd>{hours[0]}</dd>
            <dd>{hours[1]}</dd>
          </div>
        )}
        {settings?.hotline && (
          <div>
            <dt>{t('kiosk.hotline')}</dt>
            <dd className="home-info__hotline">{settings.hotline}</dd>
          </div>
        )}
      </dl>
      {notices.length > 0 && (
        <div className="home-info__notices" role="region" aria-labelledby="home-notices">
          <h2 id="home-notices">{t('kiosk.notices')}</h2>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
