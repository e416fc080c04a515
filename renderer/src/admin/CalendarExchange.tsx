/** Saving a year to JSON or iCalendar, and loading one back (the file replaces the year's stored days). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { downloadFile } from '../components/download';
import type { YearCalendar } from '../../../main/calendar/types';

interface Props {
  year: number;
  onImported: (c: YearCalendar, note: string) => void;
}

export function CalendarExchange({ year, onImported }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'json' | 'ical') => {
    setError(null);
    try {
      const r = await call('calendar.export', { year, format });
      downloadFile(r.filename, r.mimeType, r.content);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const importFile = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const format = /\.ics$/iu.test(file.name) ? 'ical' : 'json';
      const r = await call('calendar.import', { year, format, content: await file.text() });
      onImported(r, t('manage.calendar.imported', { imported: r.imported, skipped: r.skipped }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="exchange" aria-labelledby="exchange-title">
      <h3 id="exchange-title">{t('manage.calendar.exchange')}</h3>
      <div className="actions">
        <button type="button" className="btn" onClick={() => void exportAs('json')}>
          {t('manage.calendar.exportJson')}
        </button>
        <button type="button" className="btn" onClick={() => void exportAs('ical')}>
          {t('manage.calendar.exportIcal')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="calendar-file">{t('manage.calendar.importFile')}</label>
        <input
          id="calendar-file"
          type="file"
          accept=".json,.ics,application/json,text/calendar"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <button
        type="button"
        className="btn"
        disabled={!file || busy}
        onClick={() => void importFile()}
      >
        {t('manage.calendar.importButton', { year })}
      </button>
      <ErrorNotice message={error} />
    </section>
  );
}
