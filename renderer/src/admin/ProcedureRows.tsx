/** The repeated parts of a procedure in the editor: processing times, fees, and the documents of each case. */
import { useTranslation } from 'react-i18next';
import type { DocumentCase, Fee, ProcessingTime, TimeUnit } from '../../../main/catalog/types';

const UNITS: TimeUnit[] = ['working_day', 'calendar_day', 'working_hour', 'same_day'];

function num(s: string): number {
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

export function ProcessingRows({
  rows,
  onChange,
}: {
  rows: ProcessingTime[];
  onChange: (r: ProcessingTime[]) => void;
}) {
  const { t } = useTranslation();
  const put = (i: number, patch: Partial<ProcessingTime>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="checklist">
      <legend>{t('manage.procedures.processing')}</legend>
      <table className="table table--dense">
        <thead>
          <tr>
            <th scope="col">{t('manage.procedures.channel')}</th>
            <th scope="col">{t('manage.procedures.amount')}</th>
            <th scope="col">{t('manage.procedures.unit')}</th>
            <th scope="col">{t('manage.procedures.cutoff')}</th>
            <th scope="col">{t('manage.procedures.timeText')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{t(`channel.${r.channel}`)}</td>
              <td>
                <input
                  className="cell-input cell-input--num"
                  type="number"
                  min={0}
                  value={r.amount}
                  onChange={(e) => put(i, { amount: num(e.target.value) })}
                  aria-label={`${t('manage.procedures.amount')} ${i + 1}`}
                />
              </td>
              <td>
                <select
                  className="cell-input"
                  value={r.unit}
                  onChange={(e) =>
                    put(i, { unit: UNITS.find((u) => u === e.target.value) ?? r.unit })
                  }
                  aria-label={`${t('manage.procedures.unit')} ${i + 1}`}
                >
                  {UNITS.map((u) => (
                    <option key={u} value={u}>
                      {t(`manage.procedures.units.${u}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  className="cell-input cell-input--num"
                  value={r.cutoff ?? ''}
                  placeholder="15:00"
                  onChange={(e) => put(i, { cutoff: e.target.value || undefined })}
                  aria-label={`${t('manage.procedures.cutoff')} ${i + 1}`}
                />
              </td>
              <td>
                <input
                  className="cell-input"
                  value={r.text}
                  onChange={(e) => put(i, { text: e.target.value })}
                  aria-label={`${t('manage.procedures.timeText')} ${i + 1}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

export function FeeRows({ rows, onChange }: { rows: Fee[]; onChange: (r: Fee[]) => void }) {
  const { t } = useTranslation();
  const put = (i: number, patch: Partial<Fee>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="checklist">
      <legend>{t('manage.procedures.fees')}</legend>
      {rows.map((r, i) => (
        <div className="row-inputs" key={i}>
          <input
            className="cell-input cell-input--num"
            type="number"
            min={0}
            value={r.amount}
            onChange={(e) => put(i, { amount: Math.round(num(e.target.value)) })}
            aria-label={`${t('manage.procedures.feeAmount')} ${i + 1}`}
          />
          <input
            className="cell-input"
            value={r.text}
            onChange={(e) => put(i, { text: e.target.value })}
            aria-label={`${t('manage.procedures.feeText')} ${i + 1}`}
          />
        </div>
      ))}
    </fieldset>
  );
}

export function DocumentRows({
  cases,
  onChange,
}: {
  cases: DocumentCase[];
  onChange: (c: DocumentCase[]) => void;
}) {
  const { t } = useTranslation();
  const put = (
    ci: number,
    di: number,
    patch: { name?: string; originals?: number; copies?: number },
  ) =>
    onChange(
      cases.map((c, i) =>
        i === ci
          ? { ...c, documents: c.documents.map((d, j) => (j === di ? { ...d, ...patch } : d)) }
          : c,
      ),
    );
  return (
    <fieldset className="checklist">
      <legend>{t('manage.procedures.documents')}</legend>
      {cases.map((c, ci) => (
        <div key={ci}>
          {cases.length > 1 && <p className="muted">{c.title}</p>}
          {c.documents.map((d, di) => (
            <div className="row-inputs" key={di}>
              <input
                className="cell-input"
                value={d.name}
                onChange={(e) => put(ci, di, { name: e.target.value })}
                aria-label={`${t('manage.procedures.docName')} ${ci + 1}.${di + 1}`}
              />
              <label className="checklist__count">
                <span>{t('officer.originals')}</span>
                <input
                  type="number"
                  min={0}
                  max={99}
                  value={d.originals}
                  onChange={(e) =>
                    put(ci, di, { originals: Math.min(99, Math.round(num(e.target.value))) })
                  }
                />
              </label>
              <label className="checklist__count">
                <span>{t('officer.copies')}</span>
                <input
                  type="number"
                  min={0}
                  max={99}
                  value={d.copies}
                  onChange={(e) =>
                    put(ci, di, { copies: Math.min(99, Math.round(num(e.target.value))) })
                  }
                />
              </label>
            </div>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
