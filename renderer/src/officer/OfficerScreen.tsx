/** The officer's workstation: open a code (typed or scanned), check, accept, print; today's queue aside. */
import { useState } from 'react';
import { call } from '../api/client';
import { useTranslation } from 'react-i18next';
import { DeskShell } from './DeskShell';
import { DeclarationWork } from './DeclarationWork';
import { AcceptForm } from './AcceptForm';
import { AcceptedPanel, type Accepted } from './AcceptedPanel';
import { CodeOpener } from './CodeOpener';
import { DirectAccept } from './DirectAccept';
import { DossierView } from './DossierView';
import { QueueList } from './QueueList';
import type { Declaration, Dossier, MissingDocument } from '../../../main/dossiers/types';

export type Work =
  | { kind: 'idle' }
  | {
      kind: 'declaration';
      declaration: Declaration;
      supplementFirst?: MissingDocument[];
      refuseFirst?: boolean;
    }
  | { kind: 'direct'; procedureCode: string; procedureName: string }
  | { kind: 'dossier'; dossier: Dossier }
  | { kind: 'accepted'; accepted: Accepted };

export function OfficerScreen() {
  const { t } = useTranslation();
  return <DeskShell title={t('officer.title')}>{() => <Workstation />}</DeskShell>;
}

function Workstation() {
  const [work, setWork] = useState<Work>({ kind: 'idle' });
  const [queueVersion, setQueueVersion] = useState(0);
  const [openKey, setOpenKey] = useState(0);
  const show = (w: Work) => {
    setWork(w);
    setOpenKey((n) => n + 1);
  };
  const changed = () => setQueueVersion((n) => n + 1);
  const accepted = (a: Accepted) => {
    show({ kind: 'accepted', accepted: a });
    changed();
  };

  return (
    <div className="desk__body">
      <main className="desk__main">
        <CodeOpener onOpened={show} focusSignal={openKey} />
        {work.kind === 'idle' && (
          <DirectAccept
            onChoose={(procedureCode, procedureName) =>
              show({ kind: 'direct', procedureCode, procedureName })
            }
          />
        )}
        {work.kind === 'declaration' && (
          <DeclarationWork
            key={openKey}
            declaration={work.declaration}
            onAccepted={accepted}
            onCancel={() => show({ kind: 'idle' })}
            onChanged={changed}
            supplementFirst={work.supplementFirst}
            refuseFirst={work.refuseFirst}
          />
        )}
        {work.kind === 'direct' && (
          <AcceptForm
            key={openKey}
            declaration={null}
            procedureCode={work.procedureCode}
            procedureName={work.procedureName}
            onAccepted={accepted}
            onCancel={() => show({ kind: 'idle' })}
            onRequestSupplement={async (missing, applicant) => {
              // A walk-in whose papers are incomplete gets Mẫu 02 like a kiosk declaration does: the
              // typed details become a declaration, which opens again by its code when they return.
              const declaration = await call('dossiers.declare', {
                procedureCode: work.procedureCode,
                applicant,
              });
              show({ kind: 'declaration', declaration, supplementFirst: missing });
              changed();
            }}
            onRefuse={async (applicant) => {
              // Refused at the counter (Mẫu 03): the same route, the refusal form opens at once.
              const declaration = await call('dossiers.declare', {
                procedureCode: work.procedureCode,
                applicant,
              });
              show({ kind: 'declaration', declaration, refuseFirst: true });
              changed();
            }}
          />
        )}
        {work.kind === 'dossier' && (
          <DossierView
            key={openKey}
            dossier={work.dossier}
            onClose={() => show({ kind: 'idle' })}
            onChanged={changed}
          />
        )}
        {work.kind === 'accepted' && (
          <AcceptedPanel
            key={openKey}
            accepted={work.accepted}
            onNext={() => show({ kind: 'idle' })}
          />
        )}
      </main>
      <QueueList version={queueVersion} onOpened={show} />
    </div>
  );
}
