/**
 * Personal data must not stay on a public screen: after a while without touch the kiosk asks
 * whether the citizen is still there, then clears the visit.
 */
import { useEffect, useRef, useState } from 'react';
import { useIdleTimer } from 'react-idle-timer';
import { useTranslation } from 'react-i18next';

interface Props {
  idleSeconds: number;
  countdownSeconds: number;
  onIdle: () => void;
}

export function IdleGuard({ idleSeconds, countdownSeconds, onIdle }: Props) {
  const { t } = useTranslation();
  const [prompting, setPrompting] = useState(false);
  const [left, setLeft] = useState(countdownSeconds);
  const stayRef = useRef<HTMLButtonElement>(null);
  const timer = useIdleTimer({
    timeout: (idleSeconds + countdownSeconds) * 1000,
    promptBeforeIdle: countdownSeconds * 1000,
    onPrompt: () => setPrompting(true),
    onIdle: () => {
      setPrompting(false);
      onIdle();
      timer.reset();
    },
    onActive: () => setPrompting(false),
    throttle: 500,
  });

  useEffect(() => {
    if (!prompting) return undefined;
    stayRef.current?.focus();
    const tick = () => setLeft(Math.max(0, Math.ceil(timer.getRemainingTime() / 1000)));
    tick();
    const id = window.setInterval(tick, 500);
    return () => window.clearInterval(id);
  }, [prompting, timer]);

  if (!prompting) return null;
  return (
    <div className="overlay">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
        <h2 id="idle-title">{t('kiosk.idleTitle')}</h2>
        <p id="idle-body">{t('kiosk.idleBody', { count: left })}</p>
        <button
          ref={stayRef}
          type="button"
          className="btn btn--primary btn--big"
          onClick={() => {
            timer.activate();
            setPrompting(false);
          }}
        >
          {t('kiosk.stillHere')}
        </button>
      </div>
    </div>
  );
}
