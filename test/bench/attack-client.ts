/** Loopback HTTP for the attacks bench: calls from a chosen 127.x source address, raw sockets. */
import http from 'node:http';
import net from 'node:net';
import { readFileSync } from 'node:fs';

export interface Answer {
  status: number;
  body: any;
  headers: http.IncomingHttpHeaders;
}

export interface CallOptions {
  token?: string;
  device?: string;
  /** Source address on loopback (127.0.0.2 …), standing in for another LAN host. */
  from?: string;
  /** Raw body (undefined: no body at all) and its content type. */
  raw?: { text: string | Buffer | undefined; type?: string };
  host?: string;
}

/** POSTs one operation and resolves with status, parsed JSON (or null) and headers. */
export function post(url: string, op: string, body: unknown, o: CallOptions = {}): Promise<Answer> {
  const u = new URL(url);
  const text = o.raw ? o.raw.text : JSON.stringify(body);
  const type = o.raw ? o.raw.type : 'application/json';
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: `/api/${op}`,
        method: 'POST',
        localAddress: o.from,
        agent: false,
        headers: {
          ...(type ? { 'content-type': type } : {}),
          ...(text !== undefined ? { 'content-length': Buffer.byteLength(text) } : {}),
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
          ...(o.device ? { 'x-motcua-device': o.device } : {}),
          ...(o.host ? { host: o.host } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString());
          } catch {
            parsed = null;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
        });
      },
    );
    req.on('error', () => resolve({ status: 0, body: null, headers: {} }));
    req.end(text);
  });
}

/** A GET of a page, for its headers. */
export function get(url: string, pathname: string, host?: string): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: pathname,
        agent: false,
        headers: host ? { host } : {},
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: null, headers: res.headers }),
        );
      },
    );
    req.on('error', () => resolve({ status: 0, body: null, headers: {} }));
    req.end();
  });
}

/** Resident memory of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/**
 * Opens `n` sockets that announce a body and send it one byte a second; resolves with how many
 * the hub had closed after `waitMs`.
 */
export async function slowSenders(url: string, n: number, waitMs: number): Promise<number> {
  const u = new URL(url);
  let closed = 0;
  const sockets: net.Socket[] = [];
  const timers: NodeJS.Timeout[] = [];
  for (let i = 0; i < n; i++) {
    const s = net.connect(Number(u.port), u.hostname);
    s.on('error', () => undefined);
    s.on('close', () => (closed += 1));
    s.write(
      `POST /api/catalog.search HTTP/1.1\r\nHost: ${u.host}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`,
    );
    timers.push(setInterval(() => s.writable && s.write('{'), 1000));
    sockets.push(s);
  }
  await new Promise((r) => setTimeout(r, waitMs));
  for (const t of timers) clearInterval(t);
  const result = closed;
  for (const s of sockets) s.destroy();
  return result;
}

/** Median of a list. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Counts successful calls of `op` from `fn` for `ms`, scaled to a minute. */
export async function perMinute(ms: number, fn: () => Promise<Answer>): Promise<number> {
  return Math.round(((await answered(ms, fn)) * 60_000) / ms);
}

/** How many calls were answered 200 while calling as fast as possible for `ms` (not scaled). */
export async function answered(ms: number, fn: () => Promise<Answer>): Promise<number> {
  const end = Date.now() + ms;
  let ok = 0;
  while (Date.now() < end) if ((await fn()).status === 200) ok += 1;
  return ok;
}
