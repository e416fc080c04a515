/**
 * "Đánh giá sự hài lòng": five big buttons from "Rất hài lòng" to "Rất không hài lòng"; about the
 * dossier just looked up when there is one, else about the visit. One tap sends one rating.
 */
import { useKioskNavigate } from './useKioskNavigate';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { useKioskSession } from './kioskSession';
import {
  RATING_LEVELS,
  RATING_REASONS,
  type RatingLevel,
  type RatingReason,
} from '../../../main/feedback/types';

export function RatingScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useKioskNavigate();
  const { visit } = useKioskSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const [reasons, setReasons] = useState<RatingReason[]>([]);
  const english = i18n.resolvedLanguage === 'en';
  const shownCode = visit.rateFor?.split('#')[0];
  const toggle = (r: RatingReason) =>
    setReasons((list) => (list.includes(r) ? list.filter((x) => x !== r) : [...list, r]));

  const rate = (level: RatingLevel) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    call('feedback.rate', {
      level,
      ...(visit.rateFor ? { dossierCode: visit.rateFor } : {}),
      ...(reasons.length ? { reasons } : {}),
    }).then(
      () => void navigate('/kiosk/rate/thanks', { replace: true }),
      (e: unknown) => {
        inFlight.current = false;
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };

  return (
    <section className="kiosk-page rating" aria-labelledby="rating-title" aria-busy={busy}>
      <h1 id="rating-title">{t('rating.title')}</h1>
      <p className="lead" id="rating-question">
        {visit.rateFor ? t('rating.questionDossier', { code: shownCode }) : t('rating.question')}
      </p>
      <ErrorNotice message={error} />
      <fieldset className="rating__reasons">
        <legend>{t('rating.reasons')}</legend>
        {RATING_REASONS.map((r) => (
          <button
            key={r.key}
            type="button"
            className="chip"
            aria-pressed={reasons.includes(r.key)}
            onClick={() => toggle(r.key)}
          >
            {english ? r.en : r.vi}
          </button>
        ))}
      </fieldset>
      <ul className="rating__levels" aria-labelledby="rating-question">
        {RATING_LEVELS.map((l) => (
          <li key={l.level}>
            <button
              type="button"
              className={`rating__btn rating__btn--${l.level}`}
              disabled={busy}
              onClick={() => rate(l.level)}
            >
              <span className="rating__mark" aria-hidden="true">
                {'★'.repeat(l.level)}
              </span>
              <span>{english ? l.en : l.vi}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The thank-you after a rating. */
export function RatingThanks() {
  const { t } = useTranslation();
  const { endVisit } = useKioskSession();
  return (
    <section className="kiosk-page thanks" aria-labelledby="thanks-title">
      <h1 id="thanks-title">{t('rating.thanks')}</h1>
      <p className="lead">{t('rating.thanksBody')}</p>
      <button type="button" className="btn btn--primary btn--big btn--wide" onClick={endVisit}>
        {t('kiosk.finish')}
      </button>
    </section>
  );
}
