/** Takes a queue ticket once per tap (a second tap while the first is on its way does nothing), then shows it. */
import { useKioskNavigate } from './useKioskNavigate';
import { useRef, useState } from 'react';
import { call, errorMessage } from '../api/client';
import { useKioskSession } from './kioskSession';

export interface TakeInput {
  procedureCode?: string;
  field?: string;
  declarationCode?: string;
}

/** `priority` is the citizen's own choice (elderly, disabled, pregnant, small child); it rides on the next take. */
export function useTakeTicket(): {
  take: (input: TakeInput) => void;
  busy: boolean;
  error: string | null;
  priority: boolean;
  setPriority: (on: boolean) => void;
} {
  const navigate = useKioskNavigate();
  const { setTicket } = useKioskSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [priority, setPriority] = useState(false);
  const inFlight = useRef(false);

  const take = (input: TakeInput) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    call('queue.take', priority ? { ...input, priority } : input).then(
      (ticket) => {
        setTicket(ticket);
        void navigate('/kiosk/ticket/issued');
      },
      (e: unknown) => {
        inFlight.current = false;
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };
  return { take, busy, error, priority, setPriority };
}
