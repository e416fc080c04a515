/**
 * `--tls`: the hub's own certificate, generated once (with `selfsigned`) and kept in the data
 * directory, so its SHA-256 fingerprint stays the same across restarts and devices can pin it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface HubCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, as `AB:CD:…` (what browsers and pinning show). */
  fingerprint: string;
}

const YEARS = 10;

/** The subject alternative names for the names and addresses the hub serves. */
function altNames(hosts: Iterable<string>) {
  return [...hosts].map((h) =>
    isIP(h) ? { type: 7 as const, ip: h } : { type: 2 as const, value: h },
  );
}

/** Loads the data directory's certificate, or generates and stores one for `hosts`. */
export async function ensureCertificate(
  dataDir: string,
  hosts: Iterable<string>,
  now: Date = new Date(),
): Promise<HubCertificate> {
  const dir = path.join(dataDir, 'tls');
  const keyFile = path.join(dir, 'hub-key.pem');
  const certFile = path.join(dir, 'hub-cert.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(dir, { recursive: true });
    const notAfter = new Date(now);
    notAfter.setFullYear(notAfter.getFullYear() + YEARS);
    const pems = await generate([{ name: 'commonName', value: 'Một cửa hub' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: now,
      notAfterDate: notAfter,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: altNames(hosts) },
      ],
    });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
  }
  const key = readFileSync(keyFile, 'utf8');
  const cert = readFileSync(certFile, 'utf8');
  return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256 };
}
