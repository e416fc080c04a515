/**
 * The outbox survives a crash: the real hub runs with --portal while the portal is down, changes
 * pile up, the hub is killed with SIGKILL, the portal comes back, the hub restarts on the same
 * data, and the portal ends with exactly one successful delivery per change, in order per dossier.
 */
import { describe, expect, it } from 'vitest';
import { callApi, startHub } from '../../support/hub-process';
import { signInAdmin } from '../../support/accept-burst';
import { MOCK_PORTAL_PASSWORD, MOCK_PORTAL_USER, startMockPortal } from '../../support/mock-portal';

const applicant = {
  fullName: 'Phạm Thị Lan',
  idNumber: '001190012345',
  phone: '0912345678',
  address: 'Xã Hòa An, tỉnh Cao Bằng',
};

describe('portal outbox across SIGKILL', () => {
  it(
    'delivers every queued change exactly once, in order, after a restart',
    { timeout: 120_000 },
    async () => {
      const portal = await startMockPortal();
      portal.failNext(Infinity);
      const options = {
        args: ['--portal', portal.url],
        env: {
          MOTCUA_PORTAL_USER: MOCK_PORTAL_USER,
          MOTCUA_PORTAL_PASSWORD: MOCK_PORTAL_PASSWORD,
          MOTCUA_PORTAL_RETRY_MS: '50',
          MOTCUA_PORTAL_POLL_MS: '50',
        },
      };
      const first = await startHub(options);
      const token = await signInAdmin(first);
      const codes: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const res = await callApi(
          first.url,
          'dossiers.accept',
          { procedureCode: '1.001193', applicant },
          token,
        );
        codes.push(res.body.dossierCode as string);
      }
      for (const code of codes.slice(0, 2)) {
        await callApi(first.url, 'dossiers.handOver', { code, toUnit: 'Công chức Tư pháp' }, token);
        await callApi(first.url, 'dossiers.markReady', { code }, token);
      }
      const before = (await callApi(first.url, 'portal.outbox', {}, token)).body.counts;
      expect(before).toMatchObject({ pending: 8, sent: 0 });
      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));
      expect(portal.deliveries).toHaveLength(0);

      portal.failNext(0);
      const second = await startHub({ ...options, dataDir: first.dataDir });
      const token2 = await signInAdmin(second);
      for (;;) {
        const counts = (await callApi(second.url, 'portal.outbox', {}, token2)).body.counts;
        if (counts.sent === 8) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await second.stop();
      await portal.close();
      const by = (code: string) =>
        portal.deliveries.filter((d) => d.item.MaHoSo === code).map((d) => d.item.TrangThaiHoSo);
      expect(portal.deliveries).toHaveLength(8);
      expect(by(codes[0])).toEqual(['2', '4', '9']);
      expect(by(codes[1])).toEqual(['2', '4', '9']);
      expect(by(codes[2])).toEqual(['2']);
      expect(by(codes[3])).toEqual(['2']);
    },
  );
});
