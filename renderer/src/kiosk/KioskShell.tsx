/** The kiosk's frame: unit name, language switch, "Về trang chủ", the idle reset, the visit. */
import { useCallback, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { IdleGuard } from './IdleGuard';
import { KioskSession, type KioskSessionValue, type KioskVisit } from './kioskSession';
import { useUnitSettings } from './useUnitSettings';
import { DEFAULT_SETTINGS } from '../../../main/settings/types';

const EMPTY: KioskVisit = { declaration: null, procedure: null, search: '' };

export function KioskShell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const settings = useUnitSettings();
  const [visit, setVisit] = useState<KioskVisit>(EMPTY);
  const [visitId, setVisitId] = useState(1);

  const endVisit = useCallback(() => {
    setVisit(EMPTY);
    setVisitId((n) => n + 1);
    void i18n.changeLanguage('vi');
    void navigate('/kiosk');
  }, [i18n, navigate]);

  const session = useMemo<KioskSessionValue>(
    () => ({
      visit,
      visitId,
      setDeclared: (declaration, procedure) => setVisit((v) => ({ ...v, declaration, procedure })),
      setSearch: (search) => setVisit((v) => ({ ...v, search })),
      endVisit,
    }),
    [visit, visitId, endVisit],
  );

  const atHome = location.pathname.replace(/\/+$/u, '') === '/kiosk';
  return (
    <KioskSession.Provider value={session}>
      <div className="kiosk">
        <header className="kiosk__bar">
          <p className="kiosk__unit">{settings?.unitName || t('app.unitFallback')}</p>
          <LanguageSwitch />
          {!atHome && (
            <button type="button" className="btn btn--home" onClick={endVisit}>
              <span aria-hidden="true">⌂ </span>
              {t('common.home')}
            </button>
          )}
        </header>
        <main className="kiosk__main" key={visitId}>
          <Outlet />
        </main>
        <IdleGuard
          idleSeconds={settings?.kioskIdleSeconds ?? DEFAULT_SETTINGS.kioskIdleSeconds}
          countdownSeconds={settings?.kioskCountdownSeconds ?? DEFAULT_SETTINGS.kioskCountdownSeconds}
          onIdle={endVisit}
        />
      </div>
    </KioskSession.Provider>
  );
}
