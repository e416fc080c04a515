/**
 * Shows a screen only once this browser is paired when the hub requires it: the kiosk needs a
 * paired kiosk; a desk or the hall display may pair (its own printer) or go on without. A device
 * refused later (revoked) comes back here.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { call, ApiError } from '../api/client';
import { DEVICE_LOST_EVENT } from '../api/device';
import { PairingScreen } from './PairingScreen';

export type GatedScreen = 'kiosk' | 'officer' | 'display';

const SKIP_KEY = 'motcua.device.skip';
const skipped = () => window.sessionStorage.getItem(SKIP_KEY) === '1';

export function DeviceGate({ screen, children }: { screen: GatedScreen; children: ReactNode }) {
  const [state, setState] = useState<'checking' | 'ok' | 'pair'>('checking');

  const check = useCallback(() => {
    call('devices.current', {}).then(
      (r) => {
        const paired = screen === 'kiosk' ? r.device?.kind === 'kiosk' : r.device !== null;
        const need = r.kioskDeviceRequired && !paired && (screen === 'kiosk' || !skipped());
        setState(need ? 'pair' : 'ok');
      },
      (err: unknown) => {
        const lost =
          err instanceof ApiError &&
          (err.code === 'device_revoked' || err.code === 'device_required');
        setState(lost ? 'pair' : 'ok');
      },
    );
  }, [screen]);

  useEffect(() => {
    check();
    const lost = () => setState('pair');
    window.addEventListener(DEVICE_LOST_EVENT, lost);
    return () => window.removeEventListener(DEVICE_LOST_EVENT, lost);
  }, [check]);

  if (state === 'checking') return null;
  if (state === 'pair')
    return (
      <PairingScreen
        touch={screen === 'kiosk'}
        onPaired={() => setState('ok')}
        onSkip={
          screen === 'kiosk'
            ? undefined
            : () => {
                window.sessionStorage.setItem(SKIP_KEY, '1');
                setState('ok');
              }
        }
      />
    );
  return <>{children}</>;
}
