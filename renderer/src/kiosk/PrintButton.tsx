/** A kiosk print button: sends one print job, then tells the citizen whether it printed. */
import { useState } from 'react';
import { errorMessage } from '../api/client';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; ok: boolean; message: string };

/** What a print operation answers: printed, still printing, or failed with a message. */
export interface PrintOutcome {
  status: string;
  message?: string | null;
}

export interface PrintButtonProps {
  /** Sends the job. */
  print(): Promise<PrintOutcome>;
  label: string;
  /** The label while the job is sent (the plain label when not given). */
  busyLabel?: string;
  printed: string;
  /** Shown when the job is queued but not yet out; without it, a queued job counts as failed. */
  printing?: string;
  failed(message: string): string;
  wide?: boolean;
}

/** The button and, once the job is answered, its status line (named by the button's label). */
export function PrintButton(p: PrintButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const done = (ok: boolean, message: string) => setState({ kind: 'done', ok, message });
  const print = () => {
    if (state.kind === 'busy') return;
    setState({ kind: 'busy' });
    p.print().then(
      (o) => {
        if (o.status === 'printed') done(true, p.printed);
        else if (o.status === 'printing' && p.printing !== undefined) done(true, p.printing);
        else done(false, p.failed(o.message ?? ''));
      },
      (e: unknown) => done(false, p.failed(errorMessage(e))),
    );
  };
  return (
    <>
      <button
        type="button"
        className={p.wide ? 'btn btn--big btn--wide' : 'btn btn--big'}
        disabled={state.kind === 'busy'}
        onClick={print}
      >
        {state.kind === 'busy' ? (p.busyLabel ?? p.label) : p.label}
      </button>
      {state.kind === 'done' && (
        <p
          role="status"
          aria-label={p.label}
          className={state.ok ? 'notice notice--ok' : 'notice notice--error'}
        >
          {state.message}
        </p>
      )}
    </>
  );
}
