/**
 * A mock of the national portal's adapter on 127.0.0.1: `POST /auth` and `POST /integration`
 * (DongBoHoSoMC) as OpenCPS-style portals answer them. It records every call, keeps the dossiers
 * it has, answers error_code 3 ("đã tồn tại") to a create of a known dossier, and fails on command.
 */
import http from 'node:http';
import type { Socket } from 'node:net';

export type Failure = 'http500' | 'html' | 'error_code' | 'timeout' | 'reset';

export interface Delivery {
  madonvi: string;
  isUpdating: string;
  item: Record<string, string>;
}

export interface MockPortal {
  url: string;
  /** Every /integration body, in arrival order. */
  calls: { path: string; body: any; answered: string }[];
  /** Integration calls answered error_code 0. */
  deliveries: Delivery[];
  /** The next `n` calls (auth or integration; integration only for error_code) fail this way; `Infinity` until `failNext(0)`. */
  failNext(n: number, how?: Failure): void;
  close(): Promise<void>;
}

const USER = 'motcua';
const PASSWORD = 'portal-secret';
export const MOCK_PORTAL_USER = USER;
export const MOCK_PORTAL_PASSWORD = PASSWORD;

/** Starts the mock on a free port. */
export async function startMockPortal(): Promise<MockPortal> {
  const calls: MockPortal['calls'] = [];
  const deliveries: Delivery[] = [];
  const known = new Set<string>();
  const sessions = new Set<string>();
  let failing = 0;
  let how: Failure = 'http500';
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = (() => {
        try {
          return JSON.parse(raw);
        } catch {
          return null;
        }
      })();
      const json = (answer: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      };
      const record = (answered: string) => calls.push({ path: req.url ?? '', body, answered });
      // error_code ≠ 0 from /auth means "wrong account" to the hub: that failure hits /integration only.
      if (failing > 0 && !(how === 'error_code' && req.url === '/auth')) {
        failing -= 1;
        record(how);
        if (how === 'timeout') return; // never answers; the client's timeout ends it
        if (how === 'reset') return req.socket.destroy();
        if (how === 'html') {
          res.writeHead(200, { 'content-type': 'text/html' });
          return res.end('<html><body>Bảo trì hệ thống</body></html>');
        }
        if (how === 'error_code') return json({ error_code: 1, message: 'Lỗi hệ thống' });
        res.writeHead(503);
        return res.end('busy');
      }
      if (req.url === '/auth') {
        if (body?.username !== USER || body?.password !== PASSWORD) {
          record('bad_credentials');
          return json({ error_code: 1, message: 'Sai tài khoản' });
        }
        const session = `s${sessions.size + 1}`;
        sessions.add(session);
        record('ok');
        return json({ session, error_code: 0 });
      }
      if (req.url !== '/integration' || !body || !sessions.has(body.session)) {
        record('bad_session');
        return json({ error_code: 2, message: 'Phiên không hợp lệ' });
      }
      const item = body.data?.[0] as Record<string, string>;
      if (body.isUpdating === 'False' && known.has(item.MaHoSo)) {
        record('exists');
        return json({ error_code: 3, message: 'Hồ sơ đã tồn tại' });
      }
      known.add(item.MaHoSo);
      deliveries.push({ madonvi: body.madonvi, isUpdating: body.isUpdating, item });
      record('ok');
      return json({ error_code: 0 });
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    deliveries,
    failNext(n, kind = 'http500') {
      failing = n;
      how = kind;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
