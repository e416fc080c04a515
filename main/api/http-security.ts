/**
 * What the hub adds to every answer and checks on every request before any route runs: security
 * headers (CSP as a header, with frame-ancestors), no caching of API answers, the Host allow-list.
 */
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import { AppError } from '../core/errors';
import { hostAllowed } from './host-policy';

/**
 * The screens' CSP, the same as renderer/index.html's meta tag plus what only a header can say
 * (frame-ancestors). Fonts are bundled files ('self') or, in the A5 Mẫu 01 the browser prints from an
 * srcdoc frame (which inherits this policy), data: fonts embedded in the form; QR codes and previews
 * are data: images.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  // The forms and reports as PDF are previewed in a frame of a blob: URL (index.html says so too).
  frameSrc: ["'self'", 'blob:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Registers helmet, the Host check and Cache-Control: no-store on /api. */
export async function registerSecurity(
  app: FastifyInstance,
  opts: { allowedHosts?: ReadonlySet<string>; tls: boolean },
): Promise<void> {
  await app.register(helmet, {
    // No upgrade-insecure-requests on a plain-HTTP LAN hub, and no HSTS: a hub's self-signed
    // certificate must never lock a browser out of the plain address it was first given.
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  const allowed = opts.allowedHosts;
  app.addHook('onRequest', (req, reply, done) => {
    if (req.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    if (allowed && !hostAllowed(req.headers.host, allowed))
      return done(
        new AppError(
          'misdirected',
          'Địa chỉ máy chủ trong yêu cầu không thuộc máy chủ này (Host không được phép).',
        ),
      );
    done();
  });
}
