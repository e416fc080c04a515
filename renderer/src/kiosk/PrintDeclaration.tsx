/** Prints the declaration slip (code and QR, procedure, what to bring) for a citizen who takes no ticket. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; ok: boolean; message: string };

export function PrintDeclaration({ code }: { code: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const failed = (message: string) =>
    setState({ kind: 'done', ok: false, message: t('kiosk.slipFailed', { message }) });
  const print = () => {
    if (state.kind === 'busy') return;
    setState({ kind: 'busy' });
    call('printing.declaration', { declarationCode: code }).then(
      (o) =>
        o.status === 'printed'
          ? setState({ kind: 'done', ok: true, message: t('kiosk.slipPrinted') })
          : failed(o.message ?? ''),
      (e: unknown) => failed(errorMessage(e)),
    );
  };
  return (
    <>
      <button
        type="button"
        className="btn btn--big btn--wide"
        disabled={state.kind === 'busy'}
        onClick={print}
      >
        {t('kiosk.slipPrint')}
      </button>
      {state.kind === 'done' && (
        <p
          role="status"
          aria-label={t('kiosk.slipPrint')}
          className={state.ok ? 'notice notice--ok' : 'notice notice--error'}
        >
          {state.message}
        </p>
      )}
    </>
  );
}
