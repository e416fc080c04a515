/** The officer's workstation: open a code (typed or scanned), check, accept, print; today's queue aside. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthGate } from '../components/AuthGate';
import type { Session } from '../api/session';
import { AcceptForm } from './AcceptForm';
import { AcceptedPanel, type Accepted } from './AcceptedPanel';
import { CodeOpener } from './CodeOpener';
import { DirectAccept } from './DirectAccept';
import { DossierView } from './DossierView';
import { QueueList } from './QueueList';
import type { Declaration, Dossier } from '../../../main/dossiers/types';

export type Work =
  | { kind: 'idle' }
  | { kind: 'declaration'; declaration: Declaration }
  | { kind: 'direct'; procedureCode: string; procedureName: string }
  | { kind: 'dossier'; dossier: Dossier }
  | { kind: 'accepted'; accepted: Accepted };

export function OfficerScreen() {
  return <AuthGate need="officer">{(session, signOut) => <Workstation session={session} signOut={signOut} />}</AuthGate>;
}

function Workstation({ session, signOut }: { session: Session; signOut: () => void }) {
  const { t } = useTranslation();
  const [work, setWork] = useState<Work>({ kind: 'idle' });
  const [queueVersion, setQueueVersion] = useState(0);
  const [openKey, setOpenKey] = useState(0);
  const show = (w: Work) => {
    setWork(w);
    setOpenKey((n) => n + 1);
  };

  return (
    <div className="desk">
      <header className="desk__bar">
        <h1>{t('officer.title')}</h1>
        <p className="desk__who">{t('signIn.signedInAs', { name: session.fullName || session.username })}</p>
        <button type="button" className="btn" onClick={signOut}>
          {t('signIn.signOut')}
        </button>
      </header>
      <div className="desk__body">
        <main className="desk__main">
          <CodeOpener onOpened={show} focusSignal={openKey} />
          {work.kind === 'idle' && <DirectAccept onChoose={(procedureCode, procedureName) => show({ kind: 'direct', procedureCode, procedureName })} />}
          {work.kind === 'declaration' && (
            <AcceptForm
              key={openKey}
              declaration={work.declaration}
              procedureCode={work.declaration.procedureCode}
              procedureName={work.declaration.procedureName}
              onAccepted={(accepted) => {
                show({ kind: 'accepted', accepted });
                setQueueVersion((n) => n + 1);
              }}
              onCancel={() => show({ kind: 'idle' })}
            />
          )}
          {work.kind === 'direct' && (
            <AcceptForm
              key={openKey}
              declaration={null}
              procedureCode={work.procedureCode}
              procedureName={work.procedureName}
              onAccepted={(accepted) => {
                show({ kind: 'accepted', accepted });
                setQueueVersion((n) => n + 1);
              }}
              onCancel={() => show({ kind: 'idle' })}
            />
          )}
          {work.kind === 'dossier' && <DossierView dossier={work.dossier} onClose={() => show({ kind: 'idle' })} />}
          {work.kind === 'accepted' && <AcceptedPanel key={openKey} accepted={work.accepted} onNext={() => show({ kind: 'idle' })} />}
        </main>
        <QueueList version={queueVersion} onOpened={show} />
      </div>
    </div>
  );
}
