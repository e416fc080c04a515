/**
 * The kiosk window's permissions: the camera (video only) for the app's own pages, in the modes
 * with a citizen kiosk; the microphone, the screen, notifications, other origins, frames and other
 * windows refused. The asks are what Electron's request and check handlers are given (fakes).
 */
import { describe, expect, it } from 'vitest';
import {
  cameraScope,
  originToTreatAsSecure,
  permissionVerdict,
  type PermissionAsk,
} from '../../../main/electron/permission-policy';

const APP_ROOT = '/opt/motcua/out/renderer';
const HUB = 'http://192.168.1.10:4370';
const kioskScope = cameraScope('kiosk', { appRoot: APP_ROOT, hubUrl: HUB });
const singleScope = cameraScope('single', { appRoot: APP_ROOT });

/** The request the hub's declaration page makes for `getUserMedia({video})`. */
const camera: PermissionAsk = {
  permission: 'media',
  fromMainWindow: true,
  isMainFrame: true,
  requestingUrl: `${HUB}/kiosk/declare/1.000894`,
  securityOrigin: `${HUB}/`,
  mediaTypes: ['video'],
};

describe('the kiosk on its hub', () => {
  it.each<[string, Partial<PermissionAsk>, boolean]>([
    ['the camera on the declaration page', {}, true],
    [
      'a camera check (enumerateDevices) without a security origin',
      { securityOrigin: undefined },
      true,
    ],
    ['the microphone', { mediaTypes: ['audio'] }, false],
    ['camera and microphone together', { mediaTypes: ['video', 'audio'] }, false],
    ['a media ask naming no device', { mediaTypes: [] }, false],
    ['a check of unknown media', { mediaTypes: ['unknown'] }, false],
    ['the screen (getDisplayMedia)', { permission: 'display-capture' }, false],
    ['notifications', { permission: 'notifications', mediaTypes: [] }, false],
    ['geolocation', { permission: 'geolocation', mediaTypes: [] }, false],
    ['the clipboard', { permission: 'clipboard-read', mediaTypes: [] }, false],
    ['opening an external link', { permission: 'openExternal', mediaTypes: [] }, false],
    [
      'another origin',
      {
        requestingUrl: 'http://192.168.1.66:4370/kiosk',
        securityOrigin: 'http://192.168.1.66:4370',
      },
      false,
    ],
    [
      'the hub on another port',
      {
        requestingUrl: 'http://192.168.1.10:4371/kiosk',
        securityOrigin: 'http://192.168.1.10:4371',
      },
      false,
    ],
    [
      'a page of the hub checked for another origin',
      { securityOrigin: 'https://evil.test' },
      false,
    ],
    ['a frame inside the page', { isMainFrame: false }, false],
    ['another window (the exit PIN window, a pop-up)', { fromMainWindow: false }, false],
    [
      'the app’s own files (not the kiosk’s origin here)',
      { requestingUrl: `file://${APP_ROOT}/index.html#/setup/exit`, securityOrigin: 'file:///' },
      false,
    ],
    ['no requesting URL', { requestingUrl: undefined }, false],
    ['an unparsable URL', { requestingUrl: 'not a url' }, false],
  ])('%s → %s', (_what, change, expected) => {
    expect(permissionVerdict({ ...camera, ...change }, kioskScope)).toBe(expected);
  });
});

describe('the single machine (kiosk screens are the app’s files)', () => {
  const local: PermissionAsk = {
    ...camera,
    requestingUrl: `file://${APP_ROOT}/index.html#/kiosk/declare/1.000894`,
    securityOrigin: 'file:///',
  };
  it.each<[string, Partial<PermissionAsk>, boolean]>([
    ['the camera on its own page', {}, true],
    ['a file outside the app', { requestingUrl: 'file:///home/user/evil.html' }, false],
    ['a hub page', { requestingUrl: `${HUB}/kiosk`, securityOrigin: HUB }, false],
    ['the microphone', { mediaTypes: ['audio'] }, false],
  ])('%s → %s', (_what, change, expected) => {
    expect(permissionVerdict({ ...local, ...change }, singleScope)).toBe(expected);
  });
});

describe('modes without a citizen kiosk get no camera', () => {
  it.each(['workstation', 'display', undefined] as const)('%s', (mode) => {
    const scope = cameraScope(mode, { appRoot: APP_ROOT, hubUrl: HUB });
    expect(scope).toBeNull();
    expect(permissionVerdict(camera, scope)).toBe(false);
    expect(
      permissionVerdict(
        { ...camera, requestingUrl: `file://${APP_ROOT}/index.html#/setup` },
        scope,
      ),
    ).toBe(false);
  });
  it('a kiosk not yet given a hub', () => {
    expect(cameraScope('kiosk', { appRoot: APP_ROOT })).toBeNull();
  });
});

describe('a plain-HTTP hub counts as a secure context for the kiosk, that origin only', () => {
  it.each<[string, string | undefined]>([
    ['http://192.168.1.10:4370', 'http://192.168.1.10:4370'],
    ['http://192.168.1.10:4370/kiosk', 'http://192.168.1.10:4370'],
    ['https://hub.ubnd.local:4370', undefined],
  ])('%s → %s', (hubUrl, expected) => {
    expect(originToTreatAsSecure(cameraScope('kiosk', { appRoot: APP_ROOT, hubUrl }))).toBe(
      expected,
    );
  });
  it('nothing for the single machine, a desk or a display', () => {
    expect(originToTreatAsSecure(singleScope)).toBeUndefined();
    expect(
      originToTreatAsSecure(cameraScope('workstation', { appRoot: APP_ROOT, hubUrl: HUB })),
    ).toBeUndefined();
  });
});
