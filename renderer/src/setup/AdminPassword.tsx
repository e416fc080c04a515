/**
 * `#/setup/password`: the single machine's generated admin password, shown once (a Windows GUI
 * app has no console), with a print button; then the chooser.
 */
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { shellBridge } from './shellBridge';
import './setup.css';

export function AdminPassword() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const bridge = shellBridge();
  const [password, setPassword] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void bridge?.adminPassword().then(setPassword);
  }, [bridge]);
  return (
    <main className="setup">
      <h1>{t('setup.passwordTitle')}</h1>
      {password ? (
        <>
          <p>{t('setup.passwordIntro')}</p>
          <p className="setup__secret">
            admin / <output aria-label={t('setup.passwordTitle')}>{password}</output>
          </p>
          <button type="button" className="btn" onClick={() => window.print()}>
            {t('setup.print')}
          </button>
        </>
      ) : (
        password === null && <p>{t('setup.passwordGone')}</p>
      )}
      <button type="button" className="btn btn--primary" onClick={() => void navigate('/')}>
        {t('setup.continue')}
      </button>
    </main>
  );
}
