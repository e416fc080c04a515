/** The procedure's documents as a checklist: tick each paper received and set its counts. */
import { useTranslation } from 'react-i18next';
import type { DocumentCase } from '../../../main/catalog/types';

export interface CheckedDocument {
  name: string;
  received: boolean;
  originals: number;
  copies: number;
}

/** One entry per document of every case, keyed "case.document". */
export type Checklist = Record<string, CheckedDocument>;

/** The starting checklist: nothing ticked, the counts the procedure asks for. */
export function initialChecklist(cases: DocumentCase[]): Checklist {
  const out: Checklist = {};
  cases.forEach((c, ci) =>
    c.documents.forEach((d, di) => {
      out[`${ci}.${di}`] = {
        name: d.name,
        received: false,
        originals: d.originals,
        copies: d.copies,
      };
    }),
  );
  return out;
}

interface Props {
  cases: DocumentCase[];
  value: Checklist;
  onChange: (key: string, next: CheckedDocument) => void;
}

export function DocumentChecklist({ cases, value, onChange }: Props) {
  const { t } = useTranslation();
  if (cases.length === 0) return <p>{t('officer.noDocuments')}</p>;
  return (
    <>
      {cases.map((c, ci) => (
        <fieldset className="checklist" key={ci}>
          {c.title && <legend>{c.title}</legend>}
          {c.documents.map((d, di) => {
            const key = `${ci}.${di}`;
            const v = value[key];
            if (!v) return null;
            const base = `doc-${ci}-${di}`;
            return (
              <div className={`checklist__row${v.received ? ' checklist__row--on' : ''}`} key={key}>
                <label className="checklist__tick" htmlFor={`${base}-r`}>
                  <input
                    id={`${base}-r`}
                    type="checkbox"
                    checked={v.received}
                    onChange={(e) => onChange(key, { ...v, received: e.target.checked })}
                    aria-label={t('officer.received', { name: d.name })}
                  />
                  <span aria-hidden="true">{d.name}</span>
                </label>
                <label className="checklist__count">
                  <span>{t('officer.originals')}</span>
                  <input
                    type="number"
                    min={0}
                    max={99}
                    value={v.originals}
                    onChange={(e) => onChange(key, { ...v, originals: clampCount(e.target.value) })}
                    aria-label={`${t('officer.originals')}: ${d.name}`}
                  />
                </label>
                <label className="checklist__count">
                  <span>{t('officer.copies')}</span>
                  <input
                    type="number"
                    min={0}
                    max={99}
                    value={v.copies}
                    onChange={(e) => onChange(key, { ...v, copies: clampCount(e.target.value) })}
                    aria-label={`${t('officer.copies')}: ${d.name}`}
                  />
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

function clampCount(s: string): number {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? Math.max(0, Math.min(99, n)) : 0;
}
