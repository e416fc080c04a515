/** The fuzz test's seeded body generator: wrong types, deep nesting, NFD and odd Unicode, garbage. */

/** mulberry32: a small seeded PRNG, so a failure can be replayed from its seed. */
export function prng(seed: number) {
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

export function value(r: () => number, depth: number): unknown {
  const k = Math.floor(r() * (depth > 4 ? 5 : 8));
  if (k === 0) return null;
  if (k === 1) return r() < 0.5;
  if (k === 2) return [0, -1, 1e308, 3.5, 2 ** 53, Number.MAX_SAFE_INTEGER][Math.floor(r() * 6)];
  if (k === 3 || k === 4) return STRINGS[Math.floor(r() * STRINGS.length)];
  if (k === 5) return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
  return object(r, depth + 1);
}

export function object(r: () => number, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) out[KEYS[Math.floor(r() * KEYS.length)]] = value(r, depth);
  return out;
}

/** One request: mostly JSON objects, sometimes deep nesting, garbage, no body or the wrong type. */
export function fuzzBody(r: () => number): { text: string | undefined; type: string | undefined } {
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
