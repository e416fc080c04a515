/** The kiosk rule is on unless the hub is started with --open-kiosk (or MOTCUA_OPEN_KIOSK=1). */
import { describe, expect, it } from 'vitest';
import { readHubConfig } from '../../../main/app/config';

describe('--open-kiosk', () => {
  it.each([
    [[], {}, false],
    [['--open-kiosk'], {}, true],
    [[], { MOTCUA_OPEN_KIOSK: '1' }, true],
    [[], { MOTCUA_OPEN_KIOSK: '0' }, false],
  ] as const)('flags %j, environment %j → open %s', (argv, env, open) => {
    expect(readHubConfig([...argv], { ...env }).openKiosk).toBe(open);
  });
});
