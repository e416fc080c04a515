/** The minimal admin: officer accounts and the unit's settings. */
import { useTranslation } from 'react-i18next';
import { AuthGate } from '../components/AuthGate';
import { SettingsPanel } from './SettingsPanel';
import { StaffPanel } from './StaffPanel';

export function AdminScreen() {
  const { t } = useTranslation();
  return (
    <AuthGate need="admin">
      {(session, signOut) => (
        <div className="desk">
          <header className="desk__bar">
            <h1>{t('admin.title')}</h1>
            <p className="desk__who">{t('signIn.signedInAs', { name: session.fullName || session.username })}</p>
            <button type="button" className="btn" onClick={signOut}>
              {t('signIn.signOut')}
            </button>
          </header>
          <main className="desk__main admin">
            <StaffPanel />
            <SettingsPanel />
          </main>
        </div>
      )}
    </AuthGate>
  );
}
