/**
 * The unit's working calendar, a year at a time: twelve month grids with the days off and the
 * make-up working days (source and note on each), a click to edit a day, confirming a provisional
 * year, and the JSON / iCalendar exchange.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import type { CalendarDay, YearCalendar } from '../../../main/calendar/types';
import { CalendarExchange } from './CalendarExchange';
import { DayEditor } from './DayEditor';
import { MonthGrid } from './MonthGrid';

export function CalendarPanel() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [calendar, setCalendar] = useState<YearCalendar | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(() => {
    call('calendar.days', { year }).then(
      (c) => {
        setCalendar(c);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [year]);
  useEffect(load, [load]);

  const changeYear = (y: number) => {
    setYear(y);
    setSelected(null);
    setMessage(null);
  };

  const confirm = async () => {
    setError(null);
    try {
      setCalendar(await call('calendar.confirmYear', { year }));
      setMessage(t('manage.calendar.confirmed', { year }));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const byDate = new Map<string, CalendarDay>((calendar?.days ?? []).map((d) => [d.date, d]));
  const hours = calendar?.officeHours.periods.map((p) => `${p.start}–${p.end}`).join(', ');

  return (
    <section className="card" aria-labelledby="calendar-title">
      <div className="panel-head">
        <h2 id="calendar-title">{t('manage.calendar.title', { year })}</h2>
        <div className="actions actions--tight">
          <button type="button" className="btn btn--small" onClick={() => changeYear(year - 1)}>
            {t('manage.calendar.prev')}
          </button>
          <button type="button" className="btn btn--small" onClick={() => changeYear(year + 1)}>
            {t('manage.calendar.next')}
          </button>
        </div>
      </div>
      {hours && (
        <p className="muted">
          {t('manage.calendar.officeHours')}: {hours}
        </p>
      )}
      <ErrorNotice message={error} />
      {message && (
        <p className="notice notice--ok" role="status">
          {message}
        </p>
      )}
      {calendar?.provisional && (
        <div className="notice notice--warn calendar__provisional">
          <span>{t('manage.calendar.provisional')}</span>
          <button type="button" className="btn btn--small" onClick={() => void confirm()}>
            {t('manage.calendar.confirm', { year })}
          </button>
        </div>
      )}
      <ul className="legend" aria-hidden="true">
        <li className="day day--off">{t('manage.calendar.legendOff')}</li>
        <li className="day day--work">{t('manage.calendar.legendWork')}</li>
        <li className="day day--weekend">{t('manage.calendar.legendWeekend')}</li>
      </ul>
      {selected && (
        <DayEditor
          key={selected}
          year={year}
          date={selected}
          day={byDate.get(selected)}
          onSaved={(c) => {
            setCalendar(c);
            setMessage(
              t('manage.calendar.saved', { date: selected.split('-').reverse().join('/') }),
            );
            setSelected(null);
          }}
          onCancel={() => setSelected(null)}
        />
      )}
      {calendar && (
        <div className="year-grid">
          {Array.from({ length: 12 }, (_, m) => (
            <MonthGrid
              key={m}
              year={year}
              month={m + 1}
              days={byDate}
              selected={selected}
              onPick={setSelected}
            />
          ))}
        </div>
      )}
      <CalendarExchange
        year={year}
        onImported={(c, note) => {
          setCalendar(c);
          setMessage(note);
        }}
      />
    </section>
  );
}
