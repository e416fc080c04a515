/**
 * A mock HTTP notification gateway (SMS or Zalo OA) on 127.0.0.1: records every request (method,
 * URL, headers, body) and answers what the test scripts, call by call, or 200 "OK" by default.
 */
import http from 'node:http';

export interface GatewayRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface GatewayAnswer {
  status?: number;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
}

export interface MockGateway {
  url: string;
  got: GatewayRequest[];
  /** Answers for the next calls, in order; when they run out, `fallback` answers. */
  script(...answers: GatewayAnswer[]): void;
  /** The answer once the script is spent (default 200 "OK"). */
  fallback: GatewayAnswer;
  /** Resolves once `n` requests have arrived (polls; the test's own timeout bounds it). */
  waitFor(n: number): Promise<GatewayRequest[]>;
  close(): Promise<void>;
}

/** Starts the gateway on a free port. */
export async function startMockGateway(fallback: GatewayAnswer = {}): Promise<MockGateway> {
  const got: GatewayRequest[] = [];
  const queue: GatewayAnswer[] = [];
  const gw = { fallback };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      got.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const a = queue.shift() ?? gw.fallback;
      const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? 'OK');
      res.writeHead(a.status ?? 200, {
        'content-type':
          typeof a.body === 'string' || a.body === undefined ? 'text/plain' : 'application/json',
      });
      res.end(a.body === undefined ? 'OK' : text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  return {
    url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`,
    got,
    script: (...answers) => void queue.push(...answers),
    get fallback() {
      return gw.fallback;
    },
    set fallback(answer: GatewayAnswer) {
      gw.fallback = answer;
    },
    async waitFor(n) {
      while (got.length < n) await new Promise((r) => setTimeout(r, 20));
      return got;
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
