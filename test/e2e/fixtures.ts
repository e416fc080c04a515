/**
 * Each spec file gets its own hub on a temp data directory, printing to its own virtual ESC/POS
 * printer on 127.0.0.1, with an officer account ready. Pages open the hub's URL.
 */
import { test as base, expect } from '@playwright/test';
import { callApi, startHub, type HubProcess } from '../support/hub-process';
import { startVirtualPrinter, type VirtualPrinter } from '../support/virtual-printer';

export const OFFICER = {
  username: 'canbo1',
  password: 'matkhau-canbo-1',
  fullName: 'Trần Thị Bình',
};

export interface Counter {
  hub: HubProcess;
  printer: VirtualPrinter;
  adminToken: string;
}

let shared: Counter | undefined;

/** Starts the file's hub and printer once (beforeAll) and stops them after. */
export function useCounter(options: { now?: string; openKiosk?: boolean } = {}): () => Counter {
  base.beforeAll(async () => {
    const printer = await startVirtualPrinter();
    const hub = await startHub({
      printer: printer.uri,
      now: options.now,
      openKiosk: options.openKiosk,
      // A file scripts a day's declarations and slips from one address within a minute or two,
      // faster than the kiosk pace lets a real kiosk (tested in test/unit/api/kiosk-pace.test.ts).
      env: { MOTCUA_KIOSK_PER_MINUTE: '600' },
    });
    const login = await callApi(hub.url, 'auth.login', {
      username: 'admin',
      password: hub.adminPassword,
    });
    const adminToken = login.body.token as string;
    const created = await callApi(
      hub.url,
      'staff.create',
      { ...OFFICER, role: 'officer' },
      adminToken,
    );
    expect(created.status).toBe(200);
    shared = { hub, printer, adminToken };
  });
  base.afterAll(async () => {
    await shared?.hub.stop();
    await shared?.printer.close();
    shared = undefined;
  });
  return () => {
    if (!shared) throw new Error('the counter is not started');
    return shared;
  };
}

/** Pages whose relative URLs go to this file's hub. */
export const test = base.extend<{ counter: Counter }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object; this one has none.
  counter: async ({}, use) => {
    if (!shared) throw new Error('call useCounter() at the top of the spec file');
    await use(shared);
  },
  // eslint-disable-next-line no-empty-pattern -- as above.
  baseURL: async ({}, use) => {
    await use(shared?.hub.url);
  },
});

export { expect };
