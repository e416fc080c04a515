import { describe, expect, it } from 'vitest';
import {
  DECLARATION_STATES,
  DOSSIER_STATES,
  type DossierState,
} from '../../../main/dossiers/lifecycle';
import { applicant, BIRTH, dossierIn, makeFixture } from './fixture';

describe('the kiosk lookup in every state', () => {
  it.each(Object.keys(DOSSIER_STATES) as DossierState[])(
    'says "%s" in plain Vietnamese without personal data',
    async (state) => {
      const f = makeFixture();
      const code = await dossierIn(f, state);
      const secret = f.db
        .prepare('SELECT lookup_secret FROM dossiers WHERE code = ?')
        .pluck()
        .get(code) as string;
      const status = await f.call('dossiers.lookup', { code: `${code}#${secret}` }, null);
      expect(status).toMatchObject({
        kind: 'dossier',
        status: state,
        nationalStatus: DOSSIER_STATES[state].national,
        statusText: DOSSIER_STATES[state].plain,
        idNumberMasked: '*********345',
      });
      expect(status.statusText).toBe(status.statusText.normalize('NFC'));
      expect(JSON.stringify(status)).not.toMatch(/001190012345|0912345678|Hoàng Quốc Việt/);
      // the bare code (sequential, guessable) says nothing about the applicant at all
      const bare = await f.call('dossiers.lookup', { code }, null);
      expect(bare).toMatchObject({ kind: 'dossier', status: state });
      for (const key of ['applicantName', 'idNumberMasked', 'phoneMasked'])
        expect(bare).not.toHaveProperty(key);
      expect(JSON.stringify(bare)).not.toMatch(/\*{3}|345|678/);
      await expect(
        f.call('dossiers.lookup', { code: `${code}#ZZZZZZ` }, null),
      ).rejects.toMatchObject({
        code: 'not_found',
      });
    },
  );

  it.each(['declared', 'supplement', 'refused', 'accepted'] as const)(
    'says what a %s declaration means',
    async (state) => {
      const f = makeFixture();
      const d = await f.call('dossiers.declare', { procedureCode: BIRTH.code, applicant }, null);
      if (state === 'supplement')
        await f.call('dossiers.requestSupplement', {
          code: d.code,
          missing: [{ name: 'Giấy chứng sinh' }],
          reason: 'Thiếu giấy tờ',
        });
      if (state === 'refused')
        await f.call('dossiers.refuse', { code: d.code, reason: 'Không thuộc thẩm quyền' });
      if (state === 'accepted') {
        await f.call('dossiers.accept', { declarationCode: d.code });
        // An accepted declaration's code names its dossier now.
        expect((await f.call('dossiers.lookup', { code: d.code }, null)).kind).toBe('dossier');
        return;
      }
      const status = await f.call('dossiers.lookup', { code: d.code }, null);
      expect(status).toMatchObject({
        kind: 'declaration',
        status: state,
        statusText: DECLARATION_STATES[state].plain,
      });
    },
  );
});
