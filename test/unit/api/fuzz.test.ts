/**
 * A seeded, bounded fuzz of the whole HTTP API: random bodies (wrong types, deep nesting, NFD and
 * odd Unicode, garbage bytes, wrong content types) to every operation as every role. No answer may
 * be a 500, every refusal has the API's error shape, and a refused call writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';
import { fuzzBody as body, prng } from '../../support/fuzz-bodies';

const SEED = 20261203;
const BODIES_PER_OP_AND_ROLE = 10;

let hub: TestHub;
const tokens: Record<string, string | undefined> = { anonymous: undefined };

function counts(): string {
  const tables = hub.core.db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name",
    )
    .all()
    .map((t) => t.name);
  return tables
    .map((t) => `${t}=${String(hub.core.db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get())}`)
    .join(',');
}

beforeAll(async () => {
  hub = await startTestHub();
  tokens.admin = await hub.login();
  await hub.call(
    'staff.create',
    { username: 'canbo1', password: 'matkhau-canbo-1', fullName: 'Trần Văn Bình', role: 'officer' },
    tokens.admin,
  );
  tokens.officer = await hub.login('canbo1', 'matkhau-canbo-1');
}, 60_000); // three scrypt runs at N=2^17
afterAll(() => hub.close());

describe('fuzzing every operation as every role', () => {
  it(`answers ${BODIES_PER_OP_AND_ROLE} random bodies per operation and role without a 500`, async () => {
    const r = prng(SEED);
    // Signing out would end the fuzzer's own session; it is exercised by the contract tests.
    const ops = hub.core.table.names().filter((op) => op !== 'auth.logout');
    let sent = 0;
    for (const op of ops)
      for (const [role, token] of Object.entries(tokens))
        for (let i = 0; i < BODIES_PER_OP_AND_ROLE; i++) {
          const { text, type } = body(r);
          const before = counts();
          const res = await fetch(`${hub.url}/api/${op}`, {
            method: 'POST',
            headers: {
              ...(type ? { 'content-type': type } : {}),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: text,
          });
          sent += 1;
          const answer = (await res.json()) as { error?: { code: unknown; message: unknown } };
          const where = `${op} as ${role}: ${String(text).slice(0, 120)} → ${res.status}`;
          expect(res.status, where).not.toBe(500);
          if (res.status >= 400) {
            expect(typeof answer.error?.code, where).toBe('string');
            expect(typeof answer.error?.message, where).toBe('string');
            expect(counts(), where).toBe(before);
          }
        }
    expect(sent).toBeGreaterThan(1800); // ~75 operations × 3 roles × 10
  }, 120_000);

  it('answers an unknown path and an unknown method in the error shape', async () => {
    for (const [method, path] of [
      ['GET', '/api/dossiers.accept'],
      ['POST', '/nowhere'],
      ['DELETE', '/api/health'],
    ]) {
      const res = await fetch(`${hub.url}${path}`, { method });
      const answer = (await res.json()) as { error: { code: string; message: string } };
      expect(res.status).toBe(404);
      expect(answer.error.code).toBe('not_found');
    }
  });
});
