/**
 * A required paper is not ticked: the accept form names the papers missing and asks why the
 * dossier is accepted without them, or offers the supplement request (Mẫu 02) instead.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../components/TextArea';

interface Props {
  /** The required papers not received, as the procedure names them. */
  names: string[];
  reason: string;
  onReason: (reason: string) => void;
  error: string | undefined;
  /** Present where a supplement can be asked for (a declaration still waiting to be accepted). */
  onRequestSupplement?: () => void;
}

export function MissingPapers({ names, reason, onReason, error, onRequestSupplement }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // The officer pressed accept: the question comes into view with the cursor in the reason.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'center' });
    box.current?.querySelector('textarea')?.focus();
  }, []);
  return (
    <div
      ref={box}
      className="notice notice--warn missing-papers"
      role="group"
      aria-labelledby="missing-papers-title"
    >
      <p id="missing-papers-title">
        <strong>{t('paper.missingTitle')}</strong>
      </p>
      {names.length > 0 && (
        <ul className="plain-list" aria-label={t('paper.missingList')}>
          {names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <TextArea
        label={t('paper.missingReason')}
        hint={t('paper.missingHint')}
        value={reason}
        onChange={onReason}
        error={error}
      />
      {onRequestSupplement && (
        <div className="actions">
          <button type="button" className="btn" onClick={onRequestSupplement}>
            {t('paper.missingToSupplement')}
          </button>
        </div>
      )}
    </div>
  );
}
