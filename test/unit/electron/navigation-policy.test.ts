import { describe, expect, it } from 'vitest';
import { isAllowedUrl } from '../../../main/electron/navigation-policy';

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
