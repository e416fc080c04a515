/** The procedure's documents as a checklist: tick each paper received and count it by kind, or mark it shown only. */
import { useTranslation } from 'react-i18next';
import type { DocumentCase } from '../../../main/catalog/types';
import { shownGroup } from '../../../main/dossiers/documents';

export interface CheckedDocument {
  name: string;
  received: boolean;
  originals: number;
  certifiedCopies: number;
  photocopies: number;
  /** Xuất trình: seen and handed back, not kept. */
  shownOnly: boolean;
}

/** One entry per document of every case, keyed "case.document". */
export type Checklist = Record<string, CheckedDocument>;

type CountKey = 'originals' | 'certifiedCopies' | 'photocopies';

/**
 * The starting checklist: nothing ticked, the counts the procedure asks for (its copies as
 * certified copies); a paper of "Giấy tờ phải xuất trình" is shown only (seen, not kept).
 */
export function initialChecklist(cases: DocumentCase[]): Checklist {
  const out: Checklist = {};
  cases.forEach((c, ci) => {
    const shown = shownGroup(c.title);
    c.documents.forEach((d, di) => {
      out[`${ci}.${di}`] = {
        name: d.name,
        received: false,
        originals: shown ? 0 : d.originals,
        certifiedCopies: shown ? 0 : d.copies,
        photocopies: 0,
        shownOnly: shown,
      };
    });
  });
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
  const kinds: { key: CountKey; label: string }[] = [
    { key: 'originals', label: t('officer.originals') },
    { key: 'certifiedCopies', label: t('paper.certifiedCopies') },
    { key: 'photocopies', label: t('paper.photocopies') },
  ];
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
                {kinds.map((k) => (
                  <label className="checklist__count" key={k.key}>
                    <span>{k.label}</span>
                    <input
                      type="number"
                      min={0}
                      max={99}
                      step={1}
                      value={v[k.key]}
                      onChange={(e) => onChange(key, { ...v, [k.key]: clampCount(e.target.value) })}
                      aria-label={`${k.label}: ${d.name}`}
                    />
                  </label>
                ))}
                <label className="checklist__count">
                  <input
                    type="checkbox"
                    checked={v.shownOnly}
                    onChange={(e) =>
                      onChange(key, {
                        ...v,
                        shownOnly: e.target.checked,
                        received: v.received || e.target.checked,
                        originals: e.target.checked ? 0 : v.originals,
                      })
                    }
                    aria-label={t('paper.shownOnlyFor', { name: d.name })}
                  />
                  <span>{t('paper.shownOnly')}</span>
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
