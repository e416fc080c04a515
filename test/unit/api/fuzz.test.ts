/**
 * A seeded, bounded fuzz of the whole HTTP API: random bodies (wrong types, deep nesting, NFD and
 * odd Unicode, garbage bytes, wrong content types) to every operation as every role. No answer may
 * be a 500, every refusal has the API's error shape, and a refused call writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../support/core-fixture';

const SEED = 20261203;
const BODIES_PER_OP_AND_ROLE = 10;

/** mulberry32: a small seeded PRNG, so a failure can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'code',
  'procedureCode',
  'declarationCode',
  'applicant',
  'fullName',
  'idNumber',
  'phone',
  'address',
  'email',
  'documents',
  'name',
  'originals',
  'copies',
  'query',
  'limit',
  'from',
  'to',
  'amount',
  'unit',
  'year',
  'reason',
  'fee',
  'method',
  'counter',
  'level',
  'dossierCode',
  'jobId',
  'username',
  'role',
  'active',
  'format',
  'missing',
  'toUnit',
  'newDueAt',
  'requestId',
  '__proto__',
  'constructor',
];
const STRINGS = [
  '',
  ' ',
  '1.001193',
  'Nguyễn Thị Ánh'.normalize('NFD'),
  '001190012345',
  '0912345678',
  '2026-12-07T09:00:00+07:00',
  'working_day',
  'x'.repeat(5000),
  '\u0000\u202e\ud800',
  '🙂🙂',
  "'; DROP TABLE dossiers; --",
  '<script>alert(1)</script>',
  'TK-ABCDEF',
  'UBND-261207-0001#ZZZZZZ',
];

function value(r: () => number, depth: number): unknown {
  const k = Math.floor(r() * (depth > 4 ? 5 : 8));
  if (k === 0) return null;
  if (k === 1) return r() < 0.5;
  if (k === 2) return [0, -1, 1e308, 3.5, 2 ** 53, Number.MAX_SAFE_INTEGER][Math.floor(r() * 6)];
  if (k === 3 || k === 4) return STRINGS[Math.floor(r() * STRINGS.length)];
  if (k === 5) return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
  return object(r, depth + 1);
}

function object(r: () => number, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) out[KEYS[Math.floor(r() * KEYS.length)]] = value(r, depth);
  return out;
}

/** One request: mostly JSON objects, sometimes deep nesting, garbage, no body or the wrong type. */
function body(r: () => number): { text: string | undefined; type: string | undefined } {
  const k = r();
  const json = 'application/json';
  if (k < 0.05) return { text: undefined, type: undefined };
  if (k < 0.1) return { text: '{"query": "a"}', type: 'text/plain' };
  if (k < 0.15) return { text: '{"a":'.repeat(20) + '1' + '}'.repeat(20) + '}', type: json };
  if (k < 0.22) {
    const depth = 33 + Math.floor(r() * 5000);
    return { text: '['.repeat(depth) + ']'.repeat(depth), type: json };
  }
  if (k < 0.27) return { text: '{"code": "\\ud800', type: json };
  if (k < 0.3) return { text: JSON.stringify(value(r, 0)), type: json };
  return { text: JSON.stringify(object(r, 0)), type: json };
}

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
