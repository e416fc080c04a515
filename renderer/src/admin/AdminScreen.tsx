/** The admin's desk: procedures, the working calendar, printing, accounts, counters and the unit's settings, one tab each (/admin/<tab>). */
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import { AuthGate } from '../components/AuthGate';
import { CalendarPanel } from './CalendarPanel';
import { CountersPanel } from './CountersPanel';
import { DevicesPanel } from './DevicesPanel';
import { PrintingPanel } from './PrintingPanel';
import { ProceduresPanel } from './ProceduresPanel';
import { SettingsPanel } from './SettingsPanel';
import { SystemPanel } from './SystemPanel';
import { StaffPanel } from './StaffPanel';
import { BankPanel } from '../fees/BankPanel';
import { OutboxPanel } from '../fees/OutboxPanel';
import { NotifyPanel } from '../fees/NotifyPanel';
import '../fees/fees.css';
import '../officer/officer.css';
import './admin.css';

const TABS = [
  'procedures',
  'calendar',
  'printing',
  'devices',
  'staff',
  'counters',
  'settings',
  'fees',
] as const;
type Tab = (typeof TABS)[number];

function isTab(s: string | undefined): s is Tab {
  return TABS.some((t) => t === s);
}

export function AdminScreen() {
  const { t } = useTranslation();
  const { tab: param } = useParams();
  const tab: Tab = isTab(param) ? param : 'procedures';
  return (
    <AuthGate need="admin">
      {(session, signOut) => (
        <div className="desk">
          <header className="desk__bar">
            <h1>{t('admin.title')}</h1>
            <nav className="desk__nav" aria-label={t('manage.tabs.label')}>
              {TABS.map((k) => (
                <NavLink
                  key={k}
                  to={`/admin/${k}`}
                  className={({ isActive }) => (isActive || (k === tab && !param) ? 'active' : '')}
                >
                  {t(`manage.tabs.${k}`)}
                </NavLink>
              ))}
              <NavLink to="/officer">{t('desk.nav.work')}</NavLink>
            </nav>
            <p className="desk__who">
              {t('signIn.signedInAs', { name: session.fullName || session.username })}
            </p>
            <button type="button" className="btn" onClick={signOut}>
              {t('signIn.signOut')}
            </button>
          </header>
          <main className="desk__main admin">
            {tab === 'procedures' && <ProceduresPanel />}
            {tab === 'calendar' && <CalendarPanel />}
            {tab === 'printing' && <PrintingPanel />}
            {tab === 'devices' && <DevicesPanel />}
            {tab === 'staff' && <StaffPanel />}
            {tab === 'counters' && <CountersPanel />}
            {tab === 'settings' && <SettingsPanel />}
            {tab === 'fees' && (
              <>
                <BankPanel />
                <NotifyPanel />
                <OutboxPanel />
              </>
            )}
            {tab === 'settings' && <SystemPanel />}
          </main>
        </div>
      )}
    </AuthGate>
  );
}
