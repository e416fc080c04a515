/** The officer's frame: sign-in, the bar with the sections (reception, log book, statistics) and sign-out. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { AuthGate } from '../components/AuthGate';
import type { Session } from '../api/session';
import './officer.css';

interface Props {
  title: string;
  children: (session: Session) => ReactNode;
}

export function DeskShell({ title, children }: Props) {
  const { t } = useTranslation();
  return (
    <AuthGate need="officer">
      {(session, signOut) => (
        <div className="desk">
          <header className="desk__bar">
            <h1>{title}</h1>
            <nav className="desk__nav" aria-label={t('desk.nav.label')}>
              <NavLink to="/officer" end>
                {t('desk.nav.work')}
              </NavLink>
              <NavLink to="/officer/logbook">{t('desk.nav.logbook')}</NavLink>
              <NavLink to="/officer/stats">{t('desk.nav.stats')}</NavLink>
              <NavLink to="/officer/payments">{t('payments.nav')}</NavLink>
              {session.role === 'admin' && <NavLink to="/admin">{t('app.admin')}</NavLink>}
            </nav>
            <p className="desk__who">
              {t('signIn.signedInAs', { name: session.fullName || session.username })}
            </p>
            <button type="button" className="btn" onClick={signOut}>
              {t('signIn.signOut')}
            </button>
          </header>
          {children(session)}
        </div>
      )}
    </AuthGate>
  );
}
