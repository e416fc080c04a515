import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../main/shell/channels';
import { hashPin } from '../../../main/shell/pin';
import { readShellSettings, settingsPath } from '../../../main/shell/settings-file';
import { shellHandlers, type ShellIpcDeps } from '../../../main/shell/shell-ipc';
import type { StartPlan } from '../../../main/shell/start-plan';

function setup(plan: StartPlan, extra: Partial<ShellIpcDeps> = {}) {
  const file = settingsPath(mkdtempSync(path.join(tmpdir(), 'motcua-ipc-')));
  const events: string[] = [];
  const handlers = shellHandlers({
    settingsFile: file,
    plan: () => plan,
    pair: async () => ({
      deviceToken: 'x'.repeat(43),
      device: { id: '1', kind: 'kiosk', name: 'K' },
    }),
    now: () => new Date('2026-12-03T08:00:00Z'),
    listPrinters: async () => ['EPSON_TM_T82'],
    restart: () => events.push('restart'),
    quit: () => events.push('quit'),
    adminPassword: () => 'Mk-7f3a-91c2',
    ...extra,
  });
  const call = (channel: string, ...args: unknown[]) => {
    const handler = handlers[channel];
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(...args);
  };
  return { file, events, call };
}

describe('the first-run screen’s channels', () => {
  it('answers the problem with the old file and the OS printers', async () => {
    const problem = { status: 'corrupt' as const, reason: 'hỏng', file: '/x' };
    const { call } = setup({ kind: 'setup', problem });
    expect(await call(CHANNELS.setupState)).toEqual({ problem, printers: ['EPSON_TM_T82'] });
  });

  it('writes the settings of a paired kiosk and restarts into it', async () => {
    const { file, events, call } = setup({ kind: 'setup' });
    const result = await call(CHANNELS.setupComplete, {
      mode: 'kiosk',
      hubUrl: 'http://127.0.0.1:4370',
      pairingCode: '123456',
      adminExitPin: '2468',
    });
    expect(result).toMatchObject({ ok: true });
    expect(readShellSettings(file)).toMatchObject({ status: 'ok', settings: { mode: 'kiosk' } });
    expect(events).toEqual(['restart']);
  });

  it('writes nothing for a refused choice', async () => {
    const { file, events, call } = setup({ kind: 'setup' });
    const result = await call(CHANNELS.setupComplete, { mode: 'kiosk', hubUrl: 'x:' });
    expect(result).toMatchObject({ ok: false });
    expect(readShellSettings(file).status).toBe('missing');
    expect(events).toEqual([]);
  });

  it('never overwrites an existing file: starting over keeps it aside first', async () => {
    const { file, call } = setup({ kind: 'setup' });
    writeFileSync(file, '{broken');
    expect(await call(CHANNELS.setupComplete, { mode: 'single' })).toMatchObject({ ok: false });
    const { keptAs } = (await call(CHANNELS.setupStartOver)) as { keptAs: string };
    expect(readFileSync(keptAs, 'utf8')).toBe('{broken');
    expect(await call(CHANNELS.setupComplete, { mode: 'single' })).toMatchObject({ ok: true });
  });

  it('shows the generated admin password once only', async () => {
    const { call } = setup({ kind: 'setup' });
    expect(await call(CHANNELS.adminPassword)).toBe('Mk-7f3a-91c2');
    expect(await call(CHANNELS.adminPassword)).toBeNull();
  });

  it('exits a kiosk with the right PIN only', async () => {
    const plan: StartPlan = {
      kind: 'run',
      mode: 'kiosk',
      hubUrl: 'http://hub',
      startPage: 'kiosk',
      locked: true,
      adminExitPinHash: hashPin('2468'),
    };
    const { events, call } = setup(plan);
    expect(await call(CHANNELS.adminExit, '1111')).toEqual({ ok: false });
    expect(await call(CHANNELS.adminExit, 2468)).toEqual({ ok: false });
    expect(events).toEqual([]);
    expect(await call(CHANNELS.adminExit, '2468')).toEqual({ ok: true });
    expect(events).toEqual(['quit']);
  });

  it('refuses local printing where the desk has none, or with a bad job id', async () => {
    const { call } = setup({ kind: 'setup' });
    expect(await call(CHANNELS.printLocal, 1, {})).toMatchObject({ ok: false });
    const printed: number[] = [];
    const desk = setup({ kind: 'setup' }, { printLocal: async (jobId) => printed.push(jobId) });
    expect(await desk.call(CHANNELS.printLocal, -1, {})).toMatchObject({ ok: false });
    await desk.call(CHANNELS.printLocal, 5, {});
    expect(printed).toEqual([5]);
  });
});
