/**
 * The Host allow-list: a browser that reached the hub through a name it does not serve (DNS
 * rebinding from a web page) is refused with 421, so a page on the internet cannot drive the API.
 */
import { hostname, networkInterfaces } from 'node:os';

/** The bare host name of a Host header: no port, no IPv6 brackets, lower case, no trailing dot. */
export function hostOf(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const bare = h.startsWith('[') ? h.slice(1, h.indexOf(']')) : h.replace(/:\d*$/u, '');
  return bare.replace(/\.$/u, '') || null;
}

/** True when the Host header names one of the allowed hosts. */
export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  const h = hostOf(header);
  return h !== null && allowed.has(h);
}

/**
 * The names and addresses this hub is reached by: loopback, the bind address, every interface
 * address and the machine's name, plus what the admin adds with `--allow-host`.
 */
export function servedHosts(bindHost: string, extra: readonly string[] = []): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '::1']);
  if (bindHost !== '0.0.0.0' && bindHost !== '::') names.add(bindHost.toLowerCase());
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) names.add(a.address.toLowerCase().replace(/%.*$/u, ''));
  const machine = hostname().toLowerCase();
  names.add(machine);
  names.add(`${machine}.local`);
  for (const e of extra) {
    const h = hostOf(e);
    if (h) names.add(h);
  }
  return names;
}
