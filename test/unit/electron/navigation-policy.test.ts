import { describe, expect, it } from 'vitest';
import { isAllowedUrl, senderMayUse } from '../../../main/electron/navigation-policy';
import { IPC_CHANNEL } from '../../../main/api/ipc-binding';
import { CHANNELS } from '../../../main/shell/channels';

describe('the window only shows the app', () => {
  it.each([
    [
      'file:///opt/motcua/out/renderer/index.html#/kiosk',
      { appRoot: '/opt/motcua/out/renderer' },
      true,
    ],
    [
      'file:///opt/motcua/out/renderer/../../etc/passwd',
      { appRoot: '/opt/motcua/out/renderer' },
      false,
    ],
    ['file:///etc/passwd', { appRoot: '/opt/motcua/out/renderer' }, false],
    ['https://example.com/', { appRoot: '/opt/motcua/out/renderer' }, false],
    ['http://192.168.1.10:4370/kiosk', { hubOrigin: 'http://192.168.1.10:4370' }, true],
    ['http://192.168.1.10:4371/kiosk', { hubOrigin: 'http://192.168.1.10:4370' }, false],
    [
      'http://evil.test/?http://192.168.1.10:4370',
      { hubOrigin: 'http://192.168.1.10:4370' },
      false,
    ],
    ['javascript:alert(1)', { hubOrigin: 'http://192.168.1.10:4370' }, false],
    ['not a url', { appRoot: '/x' }, false],
  ])('%s', (url, allowed, expected) => {
    expect(isAllowedUrl(url, allowed)).toBe(expected);
  });
});

describe('which pages may use which IPC channel', () => {
  const allowed = {
    appRoot: '/opt/motcua/out/renderer',
    hubOrigin: 'http://192.168.1.10:4370',
    hubChannels: [CHANNELS.printLocal],
  };
  it.each([
    [CHANNELS.setupComplete, 'file:///opt/motcua/out/renderer/index.html#/setup', true],
    [CHANNELS.printLocal, 'file:///opt/motcua/out/renderer/index.html#/officer', true],
    [CHANNELS.printLocal, 'http://192.168.1.10:4370/officer', true],
    [CHANNELS.setupComplete, 'http://192.168.1.10:4370/officer', false],
    [CHANNELS.adminExit, 'http://192.168.1.10:4370/kiosk', false],
    [CHANNELS.printLocal, 'http://192.168.1.66:4370/officer', false],
    [CHANNELS.printLocal, 'https://example.com/', false],
    [CHANNELS.setupStartOver, 'file:///tmp/evil.html', false],
    [CHANNELS.setupState, '', false],
  ])('%s from %s → %s', (channel, url, expected) => {
    expect(senderMayUse(channel, url, allowed)).toBe(expected);
  });

  it('refuses hub pages every channel when the app has no hub', () => {
    expect(
      senderMayUse(CHANNELS.printLocal, 'http://192.168.1.10:4370/officer', {
        appRoot: allowed.appRoot,
        hubChannels: allowed.hubChannels,
      }),
    ).toBe(false);
  });

  it('names the operation channel as the IPC binding does', () => {
    expect(CHANNELS.invoke).toBe(IPC_CHANNEL);
  });
});
