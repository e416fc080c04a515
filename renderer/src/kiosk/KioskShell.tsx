/**
 * The kiosk's frame: unit name, language and text-size switches, "Về trang chủ", the on-screen
 * keyboard, the idle reset and the visit. Ending a visit remounts every screen and the keyboard
 * (their state is keyed by the visit), so nothing typed stays in memory.
 */
import { useKioskNavigate } from './useKioskNavigate';
import { useCallback, useMemo, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { AttachedKeyboard } from '../input/AttachedKeyboard';
import { LABELS_EN, LABELS_VI } from '../input/keyboardKeys';
import { IdleGuard } from './IdleGuard';
import { EMPTY_VISIT, KioskSession, type KioskSessionValue, type KioskVisit } from './kioskSession';
import { TextSizeSwitch, type TextScale } from './TextSizeSwitch';
import { useUnitSettings } from './useUnitSettings';
import { DEFAULT_SETTINGS } from '../../../main/settings/types';
import './kiosk.css';

export function KioskShell() {
  const { t, i18n } = useTranslation();
  const navigate = useKioskNavigate();
  const location = useLocation();
  const settings = useUnitSettings();
  const [visit, setVisit] = useState<KioskVisit>(EMPTY_VISIT);
  const [visitId, setVisitId] = useState(1);
  const [scale, setScale] = useState<TextScale>(0);
  const [keyboardOpen, setKeyboardOpen] = useState(false);

  const endVisit = useCallback(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    setVisit(EMPTY_VISIT);
    setVisitId((n) => n + 1);
    setScale(0);
    setKeyboardOpen(false);
    void i18n.changeLanguage('vi');
    void navigate('/kiosk', { replace: true });
    window.scrollTo(0, 0);
  }, [i18n, navigate]);

  const session = useMemo<KioskSessionValue>(
    () => ({
      visit,
      visitId,
      setDeclared: (declaration, procedure) => setVisit((v) => ({ ...v, declaration, procedure })),
      setSearch: (search) => setVisit((v) => ({ ...v, search })),
      setTicket: (ticket) => setVisit((v) => ({ ...v, ticket })),
      setRateFor: (rateFor) => setVisit((v) => ({ ...v, rateFor })),
      endVisit,
    }),
    [visit, visitId, endVisit],
  );

  const atHome = location.pathname.replace(/\/+$/u, '') === '/kiosk';
  const pristine = atHome && scale === 0 && i18n.resolvedLanguage === 'vi';
  const english = i18n.resolvedLanguage === 'en';
  return (
    <KioskSession.Provider value={session}>
      <div className={`kiosk kiosk--scale-${scale}${keyboardOpen ? ' kiosk--osk' : ''}`}>
        <header className="kiosk__bar">
          <p className="kiosk__unit">{settings?.unitName || t('app.unitFallback')}</p>
          <TextSizeSwitch scale={scale} onChange={setScale} />
          <LanguageSwitch />
          {!atHome && (
            <button type="button" className="btn btn--home" onClick={endVisit}>
              <span aria-hidden="true">⌂</span>
              {t('common.home')}
            </button>
          )}
        </header>
        <main className="kiosk__main" key={visitId}>
          <Outlet />
        </main>
        {/* Touches on the keyboard never take the focus away from the field it types into. */}
        <div
          className="kiosk__keyboard"
          key={`osk-${visitId}`}
          onMouseDown={(e) => e.preventDefault()}
          onPointerDown={(e) => e.preventDefault()}
        >
          <AttachedKeyboard
            labels={english ? LABELS_EN : LABELS_VI}
            names={{ text: t('kiosk.keyboard'), numeric: t('kiosk.numberPad') }}
            onOpenChange={setKeyboardOpen}
          />
        </div>
        <IdleGuard
          key={`idle-${visitId}`}
          enabled={!pristine}
          idleSeconds={settings?.kioskIdleSeconds ?? DEFAULT_SETTINGS.kioskIdleSeconds}
          countdownSeconds={
            settings?.kioskCountdownSeconds ?? DEFAULT_SETTINGS.kioskCountdownSeconds
          }
          onIdle={endVisit}
        />
      </div>
    </KioskSession.Provider>
  );
}
