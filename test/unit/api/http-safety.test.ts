/**
 * The attacks of issue 11 rerun on loopback: no body, wrong content type, deep nesting, a large
 * body before sign-in, a slow sender, a foreign Host header; and the headers every answer carries.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startTestHub, type TestHub } from '../../support/core-fixture';
import { createHttpServer } from '../../../main/api/http-server';
import { servedHosts } from '../../../main/api/host-policy';

let hub: TestHub;
let guarded: FastifyInstance;
let url: string;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.login();
  guarded = await createHttpServer({
    table: hub.core.table,
    auth: hub.core.auth,
    version: 'test',
    log: () => undefined,
    allowedHosts: servedHosts('127.0.0.1'),
    timeouts: { requestMs: 1500, headersMs: 1000 },
  });
  await guarded.listen({ host: '127.0.0.1', port: 0 });
  const a = guarded.server.address();
  url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
}, 60_000);
afterAll(async () => {
  await guarded.close();
  await hub.close();
});

const post = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${url}${path}`, { method: 'POST', ...init });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};
const json = { 'content-type': 'application/json' };

/** Sends raw bytes and resolves with the first status line (or "closed"). */
function rawRequest(text: string, keepOpenMs = 0): Promise<string> {
  return new Promise((resolve) => {
    const port = Number(new URL(url).port);
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('data', (d) => (got += d.toString()));
    socket.on('close', () => resolve(got.split('\r\n')[0] || 'closed'));
    if (keepOpenMs) setTimeout(() => socket.destroy(), keepOpenMs);
  });
}

describe('bounded requests', () => {
  it('refuses a POST without a body (400) and a non-JSON one (415) in the error shape', async () => {
    const none = await post('/api/catalog.search');
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('bad_input');
    const text = await post('/api/catalog.search', {
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"a"}',
    });
    expect(text.status).toBe(415);
    expect(text.body.error.message).toMatch(/JSON/u);
  });

  it('answers 400 to JSON nested 100,000 deep (no stack overflow)', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const res = await post('/api/catalog.search', { headers: json, body: deep });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/lồng nhau quá sâu/u);
  });

  it('refuses a large import before reading it unless an admin sends it', async () => {
    const big = JSON.stringify({ procedures: [], pad: 'x'.repeat(3 * 1024 * 1024) });
    const anonymous = await post('/api/catalog.import', { headers: json, body: big });
    expect(anonymous.status).toBe(401);
    const asAdmin = await post('/api/catalog.import', {
      headers: { ...json, authorization: `Bearer ${admin}` },
      body: big,
    });
    expect(asAdmin.status).not.toBe(413); // read, then judged by its schema
    const kioskOp = await post('/api/catalog.search', { headers: json, body: big });
    expect(kioskOp.status).toBe(413);
    expect(kioskOp.body.error.code).toBe('too_large');
  });

  it('cuts a sender that trickles its body', async () => {
    const line = await rawRequest(
      'POST /api/catalog.search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"q',
      20_000,
    );
    expect(line).toMatch(/^(HTTP\/1.1 408|closed)/u);
  }, 30_000);
});

describe('hosts and headers', () => {
  it('answers 421 to a Host it does not serve, in the error shape', async () => {
    const line = await rawRequest(
      'POST /api/catalog.search HTTP/1.1\r\nHost: evil.example:4370\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    expect(line).toBe('HTTP/1.1 421 Misdirected Request');
    const ok = await post('/api/catalog.search', { headers: json, body: '{"query":"khai sinh"}' });
    expect(ok.status).toBe(200);
  });

  it('sends the CSP (frame-ancestors none), nosniff, a referrer policy and no-store', async () => {
    const res = await post('/api/catalog.search', { headers: json, body: '{"query":"khai"}' });
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/u);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers an unknown route in the error shape', async () => {
    const res = await fetch(`${url}/nowhere`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe('not_found');
  });
});
