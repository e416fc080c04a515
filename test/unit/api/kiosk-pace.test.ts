/**
 * Issue 11: a paired kiosk sent 5,280 declarations a minute. A kiosk serves one citizen at a time,
 * so declarations and the slips it prints are paced per device and per operation: the flood is
 * refused with a Vietnamese 429 that writes nothing, while another kiosk and the same kiosk's
 * other operations go on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';

const applicant = {
  fullName: 'Lê Thị Hoa',
  idNumber: '001190054321',
  phone: '0987654321',
  address: 'Phường Láng, Hà Nội',
};
const PACE = 4;

let hub: TestHub;
let otherKiosk: string;

const declarations = () =>
  (hub.core.db.prepare('SELECT count(*) AS n FROM declarations').get() as { n: number }).n;

beforeAll(async () => {
  hub = await startTestHub({ now: '2026-12-07T09:00:00+07:00', kioskPerMinute: PACE });
  const admin = await hub.login();
  const code = (await hub.call('devices.createPairing', { kind: 'kiosk', name: 'Kiosk 2' }, admin))
    .body.pairingCode as string;
  otherKiosk = (await hub.call('devices.pair', { pairingCode: code }, undefined, null)).body
    .deviceToken as string;
});
afterAll(() => hub.close());

describe('kiosk pace', () => {
  it('refuses the declarations past the pace with a Vietnamese 429 and stores none of them', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PACE; i += 1)
      statuses.push(
        (await hub.call('dossiers.declare', { procedureCode: '1.001193', applicant })).status,
      );
    expect(statuses).toEqual(Array(PACE).fill(200));
    const stored = declarations();
    const refused = await hub.call('dossiers.declare', { procedureCode: '1.001193', applicant });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(refused.body.error.message).toMatch(/chờ một phút/u);
    expect(declarations()).toBe(stored);
  });

  it("another kiosk and the same kiosk's checklist print are not held up by the flood", async () => {
    const other = await hub.call(
      'dossiers.declare',
      { procedureCode: '1.001193', applicant },
      undefined,
      otherKiosk,
    );
    expect(other.status).toBe(200);
    expect(other.body.declarationCode).toBeTruthy();
    const print = await hub.call('printing.checklist', { procedureCode: '1.001193' });
    expect(print.status).toBe(200);
  });
});
