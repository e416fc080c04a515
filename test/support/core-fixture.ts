/** An in-process core and HTTP server on a temp data dir, for API tests without a child process. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeCore, type Core } from '../../main/app/compose';
import { createHttpServer } from '../../main/api/http-server';
import { makeClock } from '../../main/app/config';
import type { PortalOptions } from '../../main/portal/portal-sender';
import type { RetryOptions } from '../../main/portal/worker';

export interface TestHub {
  core: Core;
  url: string;
  dataDir: string;
  /** The fixture's own paired kiosk device token, sent on every call unless told otherwise. */
  deviceToken: string;
  /** `device`: undefined sends the fixture's kiosk device, null sends none, a string that token. */
  call(
    op: string,
    body: unknown,
    token?: string,
    device?: string | null,
  ): Promise<{ status: number; body: any }>;
  raw(
    op: string,
    body: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any }>;
  login(username?: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export const ADMIN_PASSWORD = 'admin-test-password';

/**
 * Starts a core and its HTTP server on 127.0.0.1:0, with the kiosk rule on and a kiosk device
 * paired for the fixture, so kiosk operations work as from the office's paired kiosk.
 */
export async function startTestHub(
  options: {
    printer?: string;
    now?: string;
    openKiosk?: boolean;
    tlsFingerprint?: string;
    portal?: PortalOptions;
    sms?: RetryOptions;
    /** The hub's kiosk pace (`--kiosk-per-minute`); the hub's default when absent. */
    kioskPerMinute?: number;
  } = {},
): Promise<TestHub> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motcua-api-'));
  const clock = makeClock(options.now);
  const core = await composeCore({
    dataDir,
    printer: options.printer ?? 'preview',
    adminPassword: ADMIN_PASSWORD,
    clock,
    openKiosk: options.openKiosk,
    tlsFingerprint: options.tlsFingerprint,
    portal: options.portal,
    sms: options.sms,
  });
  const { pairingCode } = core.devices.createPairing('kiosk', 'Kiosk kiểm thử', 'admin', clock());
  const { deviceToken } = core.devices.pair(pairingCode, 'fixture', clock());
  const server = await createHttpServer({
    table: core.table,
    auth: core.auth,
    devices: core.devices,
    version: 'test',
    clock,
    log: () => undefined,
    kioskPerMinute: options.kioskPerMinute,
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const raw = async (
    op: string,
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<{ status: number; body: any }> => {
    // The fixture's kiosk device goes with every call; an empty x-motcua-device header sends none.
    const { 'x-motcua-device': device = deviceToken, ...rest } = headers;
    const sent = device ? { ...rest, 'x-motcua-device': device } : rest;
    const res = await fetch(`${url}/api/${op}`, { method: 'POST', headers: sent, body });
    return { status: res.status, body: await res.json() };
  };
  const call = (op: string, body: unknown, token?: string, device?: string | null) =>
    raw(op, JSON.stringify(body), {
      'content-type': 'application/json',
      'x-motcua-device': device === undefined ? deviceToken : (device ?? ''),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    });
  return {
    core,
    url,
    dataDir,
    deviceToken,
    call,
    raw,
    async login(username = 'admin', password = ADMIN_PASSWORD) {
      const res = await call('auth.login', { username, password });
      if (res.status !== 200) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    async close() {
      await server.close();
      core.close();
    },
  };
}
