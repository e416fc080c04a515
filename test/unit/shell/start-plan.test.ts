import { describe, expect, it } from 'vitest';
import { chooseStart } from '../../../main/shell/start-plan';
import type { SettingsRead, ShellSettings } from '../../../main/shell/settings-file';

const file = '/u/motcua-settings.json';
const ok = (settings: Partial<ShellSettings>): SettingsRead => ({
  status: 'ok',
  file,
  settings: { version: 1, mode: 'single', createdAt: '2026-12-03T08:00:00Z', ...settings },
});
const hub = { hubUrl: 'http://192.168.1.10:4370', deviceToken: 't'.repeat(43) };

describe('what the desktop app does when it starts', () => {
  it('opens the first-run screen when there is no settings file', () => {
    expect(chooseStart({ status: 'missing', file }, {})).toEqual({ kind: 'setup' });
  });

  it('opens the first-run screen with the reason for a corrupt or newer file', () => {
    const plan = chooseStart({ status: 'newer', file, reason: 'phiên bản mới hơn' }, {});
    expect(plan).toEqual({
      kind: 'setup',
      problem: { status: 'newer', reason: 'phiên bản mới hơn', file },
    });
  });

  it.each([
    ['single', undefined, '', false],
    ['kiosk', hub.hubUrl, 'kiosk', true],
    ['workstation', hub.hubUrl, 'officer', false],
    ['display', hub.hubUrl, 'display', true],
  ] as const)('mode %s: hub %s, page "%s", locked %s', (mode, hubUrl, page, locked) => {
    const plan = chooseStart(ok({ mode, ...hub }), {});
    expect(plan).toMatchObject({ kind: 'run', mode, hubUrl, startPage: page, locked });
  });

  it('lets environment variables override the file (tests, development)', () => {
    const plan = chooseStart(ok({ mode: 'workstation', ...hub }), {
      MOTCUA_HUB_URL: 'http://127.0.0.1:5000',
      MOTCUA_KIOSK: '1',
      MOTCUA_PRINTER: 'tcp://127.0.0.1:9100',
    });
    expect(plan).toMatchObject({
      kind: 'run',
      mode: 'kiosk',
      hubUrl: 'http://127.0.0.1:5000',
      locked: true,
      printer: 'tcp://127.0.0.1:9100',
    });
  });

  it('runs a kiosk over its own core when MOTCUA_KIOSK=1 comes without a hub', () => {
    const plan = chooseStart({ status: 'missing', file }, { MOTCUA_KIOSK: '1' });
    expect(plan).toMatchObject({ kind: 'run', mode: 'kiosk', hubUrl: undefined, locked: true });
  });

  it('ignores an unknown MOTCUA_MODE', () => {
    expect(chooseStart({ status: 'missing', file }, { MOTCUA_MODE: 'tv' })).toEqual({
      kind: 'setup',
    });
  });
});
