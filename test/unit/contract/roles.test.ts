/**
 * Who may call what: every operation of the table listed here by hand with the role DESIGN.md and
 * DOMAIN.md give it (`kiosk` = anyone, no sign-in; `officer` = officer or admin; `admin` = admin
 * only), and each one tried through the real table as nobody, a kiosk account, an officer and an
 * admin. An operation added to the code without a row here fails the first test, which prints the
 * row to add.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeCore, type Core } from '../../../main/app/compose';
import type { Caller } from '../../../main/core/types';
import { contract } from '../../../main/api/contract';

type Role = 'kiosk' | 'officer' | 'admin';

/** By hand, from DESIGN.md "Outer contract" and DOMAIN.md "Who uses the product". */
const ROLES: Record<string, Role> = {
  'auth.login': 'kiosk',
  'auth.logout': 'kiosk',
  'auth.me': 'kiosk',
  'staff.create': 'admin',
  'staff.list': 'admin',
  'staff.setActive': 'admin',
  'staff.resetPassword': 'admin',
  'settings.get': 'kiosk',
  'settings.update': 'admin',
  'catalog.search': 'kiosk',
  'catalog.get': 'kiosk',
  'catalog.fields': 'kiosk',
  'catalog.byField': 'kiosk',
  'catalog.import': 'admin',
  'catalog.update': 'admin',
  'catalog.setHidden': 'admin',
  'catalog.lastImport': 'admin',
  'catalog.history': 'admin',
  'calendar.dueDate': 'kiosk',
  'calendar.days': 'kiosk',
  'calendar.setDays': 'admin',
  'calendar.confirmYear': 'admin',
  'calendar.export': 'admin',
  'calendar.import': 'admin',
  'dossiers.declare': 'kiosk',
  'dossiers.lookup': 'kiosk',
  'dossiers.open': 'officer',
  'dossiers.previewDue': 'officer',
  'dossiers.accept': 'officer',
  'dossiers.receiptForm': 'officer',
  'dossiers.get': 'officer',
  'dossiers.queue': 'officer',
  'dossiers.requestSupplement': 'officer',
  'dossiers.supplementReceived': 'officer',
  'dossiers.refuse': 'officer',
  'dossiers.handOver': 'officer',
  'dossiers.receiveBack': 'officer',
  'dossiers.markReady': 'officer',
  'dossiers.delay': 'officer',
  'dossiers.return': 'officer',
  'dossiers.withdraw': 'officer',
  'dossiers.stop': 'officer',
  'printing.jobs': 'officer',
  'printing.reprint': 'officer',
  'printing.preview': 'officer',
  'printing.info': 'officer',
  'printing.test': 'admin',
  'printing.checklist': 'kiosk',
  'queue.counters': 'kiosk',
  'queue.setCounters': 'admin',
  'queue.take': 'kiosk',
  'queue.callNext': 'officer',
  'queue.board': 'kiosk',
  'feedback.rate': 'kiosk',
  'feedback.stats': 'officer',
  'reports.logbook': 'officer',
  'reports.stats': 'officer',
  // The office (DESIGN.md "The office: devices, printers, safety"): the admin pairs and equips
  // devices; a device pairs itself without a sign-in and may ask who it is.
  'devices.createPairing': 'admin',
  'devices.pair': 'kiosk',
  'devices.current': 'kiosk',
  'devices.list': 'admin',
  'devices.revoke': 'admin',
  'devices.setPrinter': 'admin',
  // A screen follows its own slip to the end; the kiosk prints the citizen's declaration slip.
  'printing.job': 'kiosk',
  'printing.declaration': 'kiosk',
  // An Electron desk printing on its own USB printer reports how it went (DESIGN.md: printing is local).
  'printing.reportLocal': 'kiosk',
  // The hall: the officer at the counter recalls, skips, transfers, pauses; wait statistics.
  'queue.recall': 'officer',
  'queue.skip': 'officer',
  'queue.transfer': 'officer',
  'queue.pause': 'officer',
  'queue.resume': 'officer',
  'queue.stats': 'officer',
  // The catalog's scope is the unit's decision (DESIGN.md: catalog.setScope is admin).
  'catalog.setScope': 'admin',
  'catalog.scope': 'admin',
  // Fees (DESIGN.md "Forms, fees and the portal"): the officer shows the QR and confirms the
  // transfer; the customer-facing screen reads the QR its counter shows; the admin sets timing.
  'fees.banks': 'officer',
  'fees.qr': 'officer',
  'fees.current': 'kiosk',
  'fees.confirm': 'officer',
  'fees.setTiming': 'admin',
  'fees.timing': 'officer',
  'fees.importStatement': 'officer',
  'reports.payments': 'officer',
  // The portal outbox and the hub's own health and backups are the admin's.
  'portal.outbox': 'admin',
  'portal.retry': 'admin',
  // A test send spends the unit's SMS/Zalo credit and reveals whether the gateway works: the admin's.
  'notify.test': 'admin',
  'system.status': 'admin',
  'system.backup': 'admin',
  // The kiosk's home and no-result help show the unit's most used procedures (no personal data).
  'catalog.popular': 'kiosk',
  // DESIGN.md "Forms, fees and the portal": formPdf and the periodic report are the officer's.
  'dossiers.formPdf': 'officer',
  'reports.periodic': 'officer',
};

const THIS_FILE = 'test/unit/contract/roles.test.ts';
const person = (id: number, role: Caller['role']): Caller => ({
  id,
  username: `${role}${id}`,
  fullName: `Người thử ${role}`,
  role,
});
const CALLERS: [string, Caller | null][] = [
  ['nobody', null],
  ['a kiosk account', person(101, 'kiosk')],
  ['an officer', person(102, 'officer')],
  ['an admin', person(103, 'admin')],
];
/** What each role lets each caller do: through, or refused with 401/403. */
const EXPECTED: Record<Role, Record<string, 'through' | 401 | 403>> = {
  kiosk: {
    nobody: 'through',
    'a kiosk account': 'through',
    'an officer': 'through',
    'an admin': 'through',
  },
  officer: { nobody: 401, 'a kiosk account': 403, 'an officer': 'through', 'an admin': 'through' },
  admin: { nobody: 401, 'a kiosk account': 403, 'an officer': 403, 'an admin': 'through' },
};

/** The role an operation's own contract declares, only as a hint in the failure message. */
const declared = (n: string) => (contract as Record<string, { role: string }>)[n]?.role ?? '?';

let core: Core;
beforeAll(async () => {
  core = await composeCore({
    dataDir: mkdtempSync(path.join(tmpdir(), 'motcua-roles-')),
    printer: 'preview',
    adminPassword: 'roles-admin-password',
    clock: () => new Date('2026-12-07T09:00:00+07:00'),
  });
});
afterAll(() => core?.close());

describe('the role table', () => {
  it('lists every operation of the table, and nothing the table lacks', () => {
    const names = core.table.names();
    const missing = names.filter((n) => !(n in ROLES));
    const extra = Object.keys(ROLES).filter((n) => !names.includes(n));
    const advice = [
      ...missing.map(
        (n) =>
          `  add to ROLES in ${THIS_FILE}: '${n}': '${declared(n)}', (the role its contract declares: check it against DESIGN.md)`,
      ),
      ...extra.map((n) => `  remove from ROLES in ${THIS_FILE}: '${n}' (no such operation)`),
    ].join('\n');
    expect(advice, `the role table is out of date:\n${advice}`).toBe('');
  });

  it.each(Object.entries(ROLES))('%s is for %s', async (op, role) => {
    for (const [who, caller] of CALLERS) {
      const outcome = await core.table.invoke(op, {}, { caller, token: null, origin: 'cli' }).then(
        () => 'through' as const,
        (e: { status?: number }) => (e.status === 401 || e.status === 403 ? e.status : 'through'),
      );
      expect(outcome, `${op} called by ${who}`).toBe(EXPECTED[role][who]);
    }
  });
});
