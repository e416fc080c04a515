/** The unit's public settings (name, kiosk timings), fetched once per screen that needs them. */
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { UnitSettings } from '../../../main/settings/types';

/** Null until loaded or when the hub cannot be reached (screens fall back to defaults). */
export function useUnitSettings(): UnitSettings | null {
  const [settings, setSettings] = useState<UnitSettings | null>(null);
  useEffect(() => {
    let live = true;
    call('settings.get', {}).then(
      (s) => live && setSettings(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
