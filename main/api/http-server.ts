/** The hub's HTTP server (Fastify): the operation table under /api, the built renderer under /. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import { dispatch, errorReply } from './dispatch';
import { AppError } from '../core/errors';
import type { Caller } from '../core/types';
import { checkAccess, type OperationTable } from './operations';
import { registerSecurity } from './http-security';
import type { Auth } from '../staff/auth';
import type { DeviceResolver } from './dispatch';

/** How long a client may take; a slow sender is cut instead of holding a socket for ever. */
export interface HttpTimeouts {
  /** The whole request, headers and body (408 after it). */
  requestMs: number;
  /** The headers alone. */
  headersMs: number;
  /** A socket with no traffic at all. */
  idleMs: number;
  /** A kept-alive socket between requests. */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = {
  requestMs: 30_000,
  headersMs: 10_000,
  idleMs: 60_000,
  keepAliveMs: 5_000,
};

export interface HttpOptions {
  table: OperationTable;
  auth: Auth;
  /** Resolves X-Motcua-Device tokens; without it a device header is refused. */
  devices?: DeviceResolver;
  version: string;
  /** The built renderer (index.html and assets); served at / when present. */
  webRoot?: string;
  clock?: () => Date;
  log?: (e: unknown) => void;
  /** Lookups and sign-ins per minute from one address (guessing brake). */
  guessLimitPerMinute?: number;
  /** Declarations / slips a minute per kiosk and operation (`--kiosk-per-minute`); default 10. */
  kioskPerMinute?: number;
  /** Host names the hub answers to (others get 421); absent: any (tests injecting requests). */
  allowedHosts?: ReadonlySet<string>;
  /** Key and certificate: serve HTTPS. */
  tls?: { key: string; cert: string };
  timeouts?: Partial<HttpTimeouts>;
}

const BODY_LIMIT = 1024 * 1024;
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;
const GUESSABLE = new Set(['dossiers.lookup', 'auth.login', 'feedback.rate']);
/** What a kiosk creates for a citizen: paced per device (per address without one) and per operation. */
const PACED = new Set(['dossiers.declare', 'printing.checklist', 'printing.declaration']);

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() || null : null;
}

/** Whom a kiosk pace counts: the device (a digest of its token, never the token) or else the address. */
function deviceKey(req: FastifyRequest): string {
  const token = deviceToken(req);
  return token ? createHash('sha256').update(token).digest('base64url') : `ip ${req.ip}`;
}

/** The device token of the `X-Motcua-Device` header, if any. */
function deviceToken(req: FastifyRequest): string | null {
  const h = req.headers['x-motcua-device'];
  return typeof h === 'string' ? h.trim() || null : null;
}

/** Fastify's own errors (bad JSON, body too large …) in the API's words. */
function frameworkError(error: FastifyError): AppError {
  if (error.statusCode === 413) return new AppError('too_large', 'Dữ liệu gửi lên quá lớn.');
  if (error.statusCode === 429)
    return new AppError('rate_limited', 'Quá nhiều yêu cầu. Vui lòng chờ một lát rồi thử lại.');
  if (error.statusCode === 415)
    return new AppError(
      'unsupported_media',
      'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).',
    );
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return new AppError('bad_input', 'Thiếu dữ liệu JSON trong yêu cầu (ít nhất là {}).');
  if (error.statusCode && error.statusCode < 500)
    return new AppError('bad_input', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
  return new AppError('internal', 'Đã có lỗi hệ thống.');
}

function fastifyFor(opts: HttpOptions): FastifyInstance {
  const t = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  // Node checks request and header deadlines on this beat; a short one for short deadlines.
  const checking = { connectionsCheckingInterval: Math.min(1000, t.requestMs) };
  return Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
    forceCloseConnections: true,
    requestTimeout: t.requestMs,
    connectionTimeout: t.idleMs,
    keepAliveTimeout: t.keepAliveMs,
    ...(opts.tls ? { https: { ...opts.tls, ...checking } } : { http: checking }),
  });
}

/** Builds (does not start) the server; tests inject requests into it directly. */
export async function createHttpServer(opts: HttpOptions): Promise<FastifyInstance> {
  const clock = opts.clock ?? (() => new Date());
  const log = opts.log ?? ((e: unknown) => console.error(e));
  const app = fastifyFor(opts);
  app.server.headersTimeout = { ...DEFAULT_TIMEOUTS, ...opts.timeouts }.headersMs;
  // JSON only: a text/plain body is 415, not parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((error: FastifyError, _req, reply) => {
    const { status, body } = errorReply(
      error instanceof AppError ? error : frameworkError(error),
      log,
    );
    void reply.status(status).send(body);
  });
  await registerSecurity(app, { allowedHosts: opts.allowedHosts, tls: Boolean(opts.tls) });
  await app.register(rateLimit, { global: false });
  const guessLimiter = app.rateLimit({ max: opts.guessLimitPerMinute ?? 120, timeWindow: 60_000 });
  const kioskPacer = app.rateLimit({
    max: opts.kioskPerMinute ?? 10,
    timeWindow: 60_000,
    keyGenerator: (req) => `${opOf(req)} ${deviceKey(req)}`,
    errorResponseBuilder: () =>
      new AppError(
        'rate_limited',
        'Máy này vừa gửi nhiều yêu cầu liền nhau. Xin ông/bà chờ một phút rồi thử lại.',
      ),
  });

  app.get('/api/health', () => ({ ok: true, version: opts.version }));

  // Sign-in and role are checked here, before Fastify reads the body: a stranger's 60 MB import
  // is refused from its headers alone.
  const callers = new WeakMap<FastifyRequest, Caller | null>();
  const opOf = (req: FastifyRequest) => (req.params as { op?: string }).op ?? 'catalog.import';
  const gate = async (req: FastifyRequest, reply: FastifyReply) => {
    const op = opOf(req);
    if (GUESSABLE.has(op)) await guessLimiter.call(app, req, reply);
    else if (PACED.has(op)) await kioskPacer.call(app, req, reply);
    if (reply.sent) return;
    const token = bearer(req);
    const caller = token ? opts.auth.resolve(token, clock()) : null;
    checkAccess(op, opts.table.roleOf(op), caller);
    callers.set(req, caller);
  };
  const handle = async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.body === undefined || req.body === null)
      throw new AppError('bad_input', 'Thiếu dữ liệu JSON trong yêu cầu (ít nhất là {}).');
    const { status, body } = await dispatch(
      { table: opts.table, auth: opts.auth, devices: opts.devices, clock, log },
      opOf(req),
      req.body,
      {
        token: bearer(req),
        deviceToken: deviceToken(req),
        origin: 'http',
        client: req.ip,
      },
      callers.get(req) ?? null,
    );
    return reply.status(status).send(body);
  };
  app.post('/api/catalog.import', { bodyLimit: IMPORT_BODY_LIMIT, onRequest: gate }, handle);
  app.post('/api/:op', { onRequest: gate }, handle);
  app.all('/api/*', (_req, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'not_found', message: 'Không có địa chỉ này trong API.' } }),
  );

  const shell = Boolean(opts.webRoot && existsSync(path.join(opts.webRoot, 'index.html')));
  if (shell) await app.register(fastifyStatic, { root: opts.webRoot!, wildcard: true });
  // Screens are client-side routes (/kiosk, /officer …): every other GET gets the app shell.
  app.setNotFoundHandler((req, reply) =>
    shell && req.method === 'GET'
      ? reply.sendFile('index.html')
      : reply.status(404).send({ error: { code: 'not_found', message: 'Không tìm thấy.' } }),
  );
  return app;
}
