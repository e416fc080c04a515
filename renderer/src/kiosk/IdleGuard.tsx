/**
 * Personal data must not stay on a public screen: after `idleSeconds` without a touch or a key the
 * kiosk asks whether the citizen is still there, counts down `countdownSeconds`, then calls
 * `onIdle` (the shell clears the visit and goes home). Any touch or key during the question counts
 * as "still here"; "Xóa ngay" clears at once. The screen behind the question is blurred so the
 * previous citizen's data cannot be read while it waits. Timers are plain setTimeout/Date.now, so a test can fast-forward them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  idleSeconds: number;
  countdownSeconds: number;
  /** Off while there is nothing to clear (home screen, default language and text size). */
  enabled: boolean;
  onIdle: () => void;
}

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

export function IdleGuard({ idleSeconds, countdownSeconds, enabled, onIdle }: Props) {
  const { t } = useTranslation();
  // When the question times out, and under which timings it was asked: new timings (or the guard
  // switched off) make an earlier question moot, so it is only shown while they still hold.
  const [question, setQuestion] = useState<{ deadline: number; armedFor: string } | null>(null);
  const [left, setLeft] = useState(countdownSeconds);
  const quietTimer = useRef<number | undefined>(undefined);
  const countTimer = useRef<number | undefined>(undefined);
  const stayRef = useRef<HTMLButtonElement>(null);
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  const timings = `${enabled}:${idleSeconds}:${countdownSeconds}`;
  const deadline = question?.armedFor === timings ? question.deadline : null;

  const arm = useCallback(() => {
    window.clearTimeout(quietTimer.current);
    if (!enabled) return;
    quietTimer.current = window.setTimeout(
      () => setQuestion({ deadline: Date.now() + countdownSeconds * 1000, armedFor: timings }),
      idleSeconds * 1000,
    );
  }, [enabled, idleSeconds, countdownSeconds, timings]);

  // "Still here": the question goes and the quiet time starts again.
  const stay = useCallback(() => {
    setQuestion(null);
    arm();
  }, [arm]);

  // Quiet time: every touch or key starts it again (except on "Xóa ngay", which clears at once).
  useEffect(() => {
    arm();
    const activity = (e: Event) => {
      if (e.target instanceof Element && e.target.closest('[data-idle-clear]')) return;
      stay();
    };
    for (const e of ACTIVITY)
      document.addEventListener(e, activity, { capture: true, passive: true });
    return () => {
      window.clearTimeout(quietTimer.current);
      for (const e of ACTIVITY) document.removeEventListener(e, activity, { capture: true });
    };
  }, [arm, stay]);

  const clearNow = () => {
    setQuestion(null);
    onIdleRef.current();
  };

  // The question: count down, then clear.
  useEffect(() => {
    if (deadline === null) return undefined;
    stayRef.current?.focus();
    const tick = () => {
      const ms = deadline - Date.now();
      if (ms <= 0) {
        setQuestion(null);
        onIdleRef.current();
        return;
      }
      setLeft(Math.ceil(ms / 1000));
      countTimer.current = window.setTimeout(tick, Math.min(ms, 250));
    };
    tick();
    return () => window.clearTimeout(countTimer.current);
  }, [deadline]);

  if (deadline === null) return null;
  return (
    <div className="overlay overlay--idle">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
      >
        <h2 id="idle-title">{t('kiosk.idleTitle')}</h2>
        <p id="idle-body">{t('kiosk.idleBody', { count: left })}</p>
        <button ref={stayRef} type="button" className="btn btn--primary btn--big" onClick={stay}>
          {t('kiosk.stillHere')}
        </button>
        <button type="button" className="btn btn--big" data-idle-clear onClick={clearNow}>
          {t('kiosk.clearNow')}
        </button>
      </div>
    </div>
  );
}
