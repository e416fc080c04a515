import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readShellSettings,
  setSettingsAside,
  settingsPath,
  writeShellSettings,
  type ShellSettings,
} from '../../../main/shell/settings-file';

const kiosk: ShellSettings = {
  version: 1,
  mode: 'kiosk',
  hubUrl: 'http://192.168.1.10:4370',
  deviceToken: 'd'.repeat(43),
  device: { id: '3', kind: 'kiosk', name: 'Kiosk sảnh' },
  printer: 'tcp://192.168.1.50:9100',
  adminExitPinHash: 'scrypt$x$y',
  createdAt: '2026-12-03T08:00:00.000Z',
};

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'motcua-shell-'));
}

describe('the settings file in the user-data folder', () => {
  it('is missing on a first run', () => {
    const file = settingsPath(folder());
    expect(readShellSettings(file)).toEqual({ status: 'missing', file });
  });

  it('reads back what was written, and leaves no temporary file', () => {
    const dir = folder();
    const file = settingsPath(dir);
    writeShellSettings(file, kiosk);
    expect(readShellSettings(file)).toEqual({ status: 'ok', file, settings: kiosk });
    expect(readdirSync(dir)).toEqual([path.basename(file)]);
  });

  it('refuses to write a kiosk without a hub or a device token', () => {
    const file = settingsPath(folder());
    expect(() => writeShellSettings(file, { ...kiosk, deviceToken: undefined })).toThrow();
    expect(() => writeShellSettings(file, { ...kiosk, hubUrl: 'ftp://hub' })).toThrow();
    expect(existsSync(file)).toBe(false);
  });

  it('calls a file that is not JSON corrupt, with a Vietnamese reason', () => {
    const file = settingsPath(folder());
    writeFileSync(file, '{"version": 1, "mode": ');
    const read = readShellSettings(file);
    expect(read.status).toBe('corrupt');
    expect(read.status !== 'missing' && read.status !== 'ok' && read.reason).toMatch(
      /không đọc được/u,
    );
  });

  it('calls a file with an unknown mode corrupt', () => {
    const file = settingsPath(folder());
    writeFileSync(file, JSON.stringify({ ...kiosk, mode: 'tv' }));
    expect(readShellSettings(file).status).toBe('corrupt');
  });

  it('tells a file from a newer version apart', () => {
    const file = settingsPath(folder());
    writeFileSync(file, JSON.stringify({ ...kiosk, version: 2, somethingNew: true }));
    const read = readShellSettings(file);
    expect(read.status).toBe('newer');
    expect(read.status === 'newer' && read.reason).toMatch(/phiên bản mới hơn/u);
  });

  it('sets an old file aside, keeping its bytes, so a new one can be written', () => {
    const dir = folder();
    const file = settingsPath(dir);
    writeFileSync(file, 'garbage');
    const aside = setSettingsAside(file, new Date('2026-12-03T08:00:00Z'));
    expect(aside && readFileSync(aside, 'utf8')).toBe('garbage');
    expect(path.dirname(aside ?? '')).toBe(dir);
    expect(readShellSettings(file).status).toBe('missing');
    expect(setSettingsAside(file, new Date())).toBeNull();
  });
});
