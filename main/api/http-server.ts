/** The hub's HTTP server (Fastify): the operation table under /api, the built renderer under /. */
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
import type { OperationTable } from './operations';
import type { Auth } from '../staff/auth';
import type { DeviceResolver } from './dispatch';

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
}

const BODY_LIMIT = 1024 * 1024;
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;
const GUESSABLE = new Set(['dossiers.lookup', 'auth.login', 'feedback.rate']);

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() || null : null;
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
      'bad_input',
      'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).',
    );
  if (error.statusCode && error.statusCode < 500)
    return new AppError('bad_input', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
  return new AppError('internal', 'Đã có lỗi hệ thống.');
}

/** Builds (does not start) the server; tests inject requests into it directly. */
export async function createHttpServer(opts: HttpOptions): Promise<FastifyInstance> {
  const clock = opts.clock ?? (() => new Date());
  const log = opts.log ?? ((e: unknown) => console.error(e));
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  await app.register(rateLimit, { global: false });
  const guessLimiter = app.rateLimit({ max: opts.guessLimitPerMinute ?? 120, timeWindow: 60_000 });

  app.setErrorHandler((error: FastifyError, _req, reply) => {
    const { status, body } = errorReply(
      error instanceof AppError ? error : frameworkError(error),
      log,
    );
    void reply.status(status).send(body);
  });

  app.get('/api/health', () => ({ ok: true, version: opts.version }));

  const handle = async (req: FastifyRequest<{ Params: { op: string } }>, reply: FastifyReply) => {
    const op = req.params.op;
    if (GUESSABLE.has(op)) await guessLimiter.call(app, req, reply);
    if (reply.sent) return reply;
    const { status, body } = await dispatch(
      { table: opts.table, auth: opts.auth, devices: opts.devices, clock, log },
      op,
      req.body ?? {},
      { token: bearer(req), deviceToken: deviceToken(req), origin: 'http', client: req.ip },
    );
    return reply.status(status).send(body);
  };
  app.post('/api/catalog.import', { bodyLimit: IMPORT_BODY_LIMIT }, (req, reply) =>
    handle(
      Object.assign(req, { params: { op: 'catalog.import' } }) as FastifyRequest<{
        Params: { op: string };
      }>,
      reply,
    ),
  );
  app.post<{ Params: { op: string } }>('/api/:op', handle);
  app.all('/api/*', (_req, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'not_found', message: 'Không có địa chỉ này trong API.' } }),
  );

  if (opts.webRoot && existsSync(path.join(opts.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: opts.webRoot, wildcard: true });
    // Screens are client-side routes (/kiosk, /officer …): every other GET gets the app shell.
    app.setNotFoundHandler((req, reply) =>
      req.method === 'GET'
        ? reply.sendFile('index.html')
        : reply.status(404).send({ error: { code: 'not_found', message: 'Không tìm thấy.' } }),
    );
  }
  return app;
}
