/** The list of procedures a search found; each line is one button named by the procedure's name. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Highlight } from './Highlight';
import type { SearchResult } from './useProcedureSearch';
import type { ProcedureSummary } from '../../../main/catalog/types';

interface Props {
  query: string;
  result: SearchResult | null;
  size: 'big' | 'compact';
  onChoose: (code: string, item: ProcedureSummary) => void;
}

export function ProcedureResults({ query, result, size, onChoose }: Props) {
  const { t } = useTranslation();
  if (!result || !query.trim()) return null;
  return (
    <div className={`results results--${size}`}>
      <p className="results__count" role="status">
        {result.total === 0
          ? (result.message ?? t('kiosk.noResults'))
          : result.match === 'partial'
            ? t('kiosk.didYouMean')
            : t('kiosk.resultsCount', { count: result.total })}
      </p>
      {result.items.length > 0 && (
        <ul className="results__list" aria-label={t('kiosk.resultsLabel')}>
          {result.items.map((item) => (
            <li key={item.code}>
              <ResultButton item={item} onChoose={onChoose} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One procedure as a big button named by its name; the field, time, fee and code describe it. */
export function ResultButton({
  item,
  onChoose,
}: {
  item: ProcedureSummary;
  onChoose: Props['onChoose'];
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <button
      type="button"
      className="result"
      onClick={() => onChoose(item.code, item)}
      aria-labelledby={`${id}-n`}
      aria-describedby={`${id}-m`}
    >
      <span className="result__name" id={`${id}-n`}>
        <Highlight item={item} />
      </span>
      <span className="result__meta" id={`${id}-m`}>
        <span>
          <span className="result__key">{t('kiosk.field')}:</span> {item.field}
        </span>
        {item.timeText && (
          <span>
            <span className="result__key">{t('kiosk.time')}:</span> {item.timeText}
          </span>
        )}
        {item.feeText && (
          <span>
            <span className="result__key">{t('kiosk.fee')}:</span> {item.feeText}
          </span>
        )}
        <span className="result__code">{item.code}</span>
      </span>
    </button>
  );
}
