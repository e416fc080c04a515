/** Takes a queue ticket once per tap (a second tap while the first is on its way does nothing), then shows it. */
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { call, errorMessage } from '../api/client';
import { useKioskSession } from './kioskSession';

export function useTakeTicket(): {
  take: (input: { procedureCode?: string; field?: string }) => void;
  busy: boolean;
  error: string | null;
} {
  const navigate = useNavigate();
  const { setTicket } = useKioskSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  const take = (input: { procedureCode?: string; field?: string }) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    call('queue.take', input).then(
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
  return { take, busy, error };
}
