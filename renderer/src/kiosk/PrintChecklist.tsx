/** Prints the procedure's document checklist on the kiosk's slip printer, so the citizen can gather their papers. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; ok: boolean; message: string };

export function PrintChecklist({ procedureCode }: { procedureCode: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const print = () => {
    if (state.kind === 'busy') return;
    setState({ kind: 'busy' });
    call('printing.checklist', { procedureCode }).then(
      (outcome) =>
        setState(
          outcome.status === 'printed'
            ? { kind: 'done', ok: true, message: t('kiosk.checklistPrinted') }
            : outcome.status === 'printing'
              ? { kind: 'done', ok: true, message: t('ticket.printing') }
              : {
                  kind: 'done',
                  ok: false,
                  message: t('kiosk.checklistFailed', { message: outcome.message ?? '' }),
                },
        ),
      (e: unknown) =>
        setState({
          kind: 'done',
          ok: false,
          message: t('kiosk.checklistFailed', { message: errorMessage(e) }),
        }),
    );
  };
  return (
    <>
      <button
        type="button"
        className="btn btn--big"
        disabled={state.kind === 'busy'}
        onClick={print}
      >
        {state.kind === 'busy' ? t('kiosk.checklistPrinting') : t('kiosk.checklistPrint')}
      </button>
      {state.kind === 'done' && (
        <p
          role="status"
          aria-label={t('kiosk.checklistPrint')}
          className={state.ok ? 'notice notice--ok' : 'notice notice--error'}
        >
          {state.message}
        </p>
      )}
    </>
  );
}
