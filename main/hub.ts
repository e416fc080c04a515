/**
 * The headless hub: the core plus the HTTP server, no Electron. Every workstation on the LAN,
 * and every e2e test, talks to the core through this.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { readHubConfig, makeClock } from './app/config';
import { composeCore } from './app/compose';
import { ensureWebBuild } from './app/web-build';
import { createHttpServer } from './api/http-server';
import { servedHosts } from './api/host-policy';
import { ensureCertificate } from './app/tls';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const config = readHubConfig(process.argv.slice(2), process.env);
  const version = (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
  ).version;
  // The API must come up even when the screens cannot be built (a broken edit, a missing tool):
  // workstations then get the last good build, and the error is on the console.
  const webRoot = await ensureWebBuild(repoRoot, (line) => console.log(line)).catch(
    (error: unknown) => {
      console.error(
        `could not build the screens: ${error instanceof Error ? error.message : String(error)}`,
      );
      return path.join(repoRoot, 'out', 'web');
    },
  );
  const clock = makeClock(config.now);
  const hosts = servedHosts(config.host, config.allowHosts);
  const certificate = config.tls ? await ensureCertificate(config.dataDir, hosts) : undefined;
  const core = await composeCore({
    dataDir: config.dataDir,
    renderInWorker: true,
    printWaitMs: numberEnv('MOTCUA_PRINT_WAIT_MS'),
    printer: config.printer,
    adminPassword: config.adminPassword,
    clock,
    openKiosk: config.openKiosk,
    portal: config.portal && {
      ...config.portal,
      // Tests and the bench shorten the back-off; the defaults suit a real portal.
      baseDelayMs: numberEnv('MOTCUA_PORTAL_RETRY_MS'),
      pollMs: numberEnv('MOTCUA_PORTAL_POLL_MS'),
    },
    sessionIdleMinutes: config.sessionIdleMinutes,
    tlsFingerprint: certificate?.fingerprint,
    backupDir: config.backupDir,
    backupAt: config.backupAt,
  });
  if (config.portal) console.log(`portal: sending changes to ${config.portal.url}`);
  if (core.generatedAdminPassword)
    console.log(
      `created account "admin" with password: ${core.generatedAdminPassword}  (shown once; change it after signing in)`,
    );
  const server = await createHttpServer({
    table: core.table,
    auth: core.auth,
    devices: core.devices,
    version,
    webRoot,
    clock,
    allowedHosts: hosts,
    kioskPerMinute: config.kioskPerMinute,
    tls: certificate && { key: certificate.key, cert: certificate.cert },
  });
  await server.listen({ host: config.host, port: config.port });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`listening on ${certificate ? 'https' : 'http'}://${config.host}:${port}`);
  if (certificate) console.log(`TLS certificate SHA-256 fingerprint: ${certificate.fingerprint}`);
  const stop = async (signal: string) => {
    console.log(`${signal}: closing`);
    // Browsers keep connections open; after 5 s the hub closes anyway (every write is already committed).
    setTimeout(() => process.exit(0), 5000).unref();
    await server.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function numberEnv(name: string): number | undefined {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
