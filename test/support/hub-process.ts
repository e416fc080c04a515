/** Starts the real hub (`tsx main/hub.ts`) as a child process on a temp data dir, for e2e, bench and crash tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface HubProcess {
  url: string;
  dataDir: string;
  adminPassword: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the `listening on` line. */
  readyMs: number;
  output(): string;
  stop(): Promise<void>;
}

export interface HubOptions {
  dataDir?: string;
  printer?: string;
  adminPassword?: string;
  now?: string;
  timeoutMs?: number;
  /** --open-kiosk (kiosk operations without a paired kiosk); on unless a test of devices turns it off. */
  openKiosk?: boolean;
  /** More flags (e.g. `--portal URL`) and environment (MOTCUA_PORTAL_*). */
  args?: string[];
  env?: Record<string, string>;
  /** More hub flags (e.g. `--tls`, `--open-kiosk`). */
  extraArgs?: string[];
}

/** Spawns a hub on port 0 and resolves once it prints its address. */
export function startHub(options: HubOptions = {}): Promise<HubProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'motcua-hub-'));
  const adminPassword = options.adminPassword ?? 'admin-e2e-password';
  const args = [
    // Node flags for the hub process only (e.g. `--cpu-prof` while profiling a bench).
    ...(process.env.MOTCUA_HUB_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
    '--import',
    'tsx',
    path.join(repoRoot, 'main/hub.ts'),
    '--port',
    '0',
    '--data',
    dataDir,
  ];
  if (options.printer) args.push('--printer', options.printer);
  if (options.now) args.push('--now', options.now);
  if (options.openKiosk ?? true) args.push('--open-kiosk');
  if (options.args) args.push(...options.args);
  args.push(...(options.extraArgs ?? []));
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, MOTCUA_ADMIN_PASSWORD: adminPassword, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let ready = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`hub did not start in time:\n${out}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (ready) return; // after start-up only collect the output (no regex over a growing log)
      const m = /listening on (https?:\/\/\S+)/u.exec(out);
      if (!m) return;
      ready = true;
      clearTimeout(timer);
      resolve({
        url: m[1],
        dataDir,
        adminPassword,
        child,
        readyMs: performance.now() - started,
        output: () => out,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${out}`));
    });
  });
}

/** Calls one operation over HTTP (with a device token when given) and returns status and JSON body. */
export async function callApi(
  url: string,
  op: string,
  body: unknown,
  token?: string,
  deviceToken?: string,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/api/${op}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(deviceToken ? { 'x-motcua-device': deviceToken } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
