// Allowlist entries for the URL guard: a host name ("intranet.example", "*.corp.example"),
// an IP address, or a CIDR range ("10.0.0.0/8", "fd00::/8"), each with an optional port
// ("intranet.example:8080", "10.0.0.0/8:8443", "[fd00::1]:8080", "[fd00::/8]:8080"). An entry
// without a port opens the web's ports only (80 and 443): allowing a host must not open its
// database or admin ports to whatever link someone pastes.

import { inPrefix, type IpBytes, parseIp } from './ip-address.ts';

/** The ports an entry that names none opens. */
export const DEFAULT_ALLOWED_PORTS: readonly number[] = [80, 443];

export type AddressPattern =
  | { kind: 'host'; host: string; subdomains: boolean; ports: readonly number[]; text: string }
  | { kind: 'cidr'; network: IpBytes; prefix: number; ports: readonly number[]; text: string };

const HOST = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** "rest:port" → [rest, port]; an IPv6 entry names a port only in brackets. */
function splitPort(text: string): [string, number | undefined] | undefined {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed) {
    // Brackets hold an IPv6 address or range, nothing else.
    if (!bracketed[1]!.includes(':')) return undefined;
    return [bracketed[1]!, bracketed[2] === undefined ? undefined : Number(bracketed[2])];
  }
  const colons = text.split(':').length - 1;
  if (colons !== 1) return [text, undefined]; // none, or a bare IPv6 address
  const m = /^(.*):(\d{1,5})$/.exec(text);
  return m ? [m[1]!, Number(m[2])] : undefined;
}

export function parseAddressPattern(text: string): AddressPattern | undefined {
  const trimmed = text.trim();
  const split = splitPort(trimmed);
  if (!split) return undefined;
  const [target, port] = split;
  if (port !== undefined && !(port >= 1 && port <= 65535)) return undefined;
  const ports = port === undefined ? DEFAULT_ALLOWED_PORTS : [port];
  const [addr, prefixText, extra] = target.split('/');
  if (extra !== undefined || addr === undefined) return undefined;
  const network = parseIp(addr);
  if (network) {
    const max = network.length * 8;
    const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
    if (!(prefix >= 0 && prefix <= max)) return undefined;
    return { kind: 'cidr', network, prefix, ports, text: trimmed };
  }
  if (prefixText !== undefined || !HOST.test(target) || /^[\d.]+$/.test(target)) return undefined;
  const subdomains = target.startsWith('*.');
  return { kind: 'host', host: target.replace(/^\*\./, '').toLowerCase(), subdomains, ports, text: trimmed };
}

/** The port a URL connects to: its own, else its scheme's. */
export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

export function hostMatches(pattern: AddressPattern, hostname: string, port: number): boolean {
  if (pattern.kind !== 'host' || !pattern.ports.includes(port)) return false;
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // "*.corp.example" covers the hosts below corp.example, not corp.example itself.
  return pattern.subdomains ? host.endsWith(`.${pattern.host}`) : host === pattern.host;
}

export function addressMatches(pattern: AddressPattern, address: IpBytes, port: number): boolean {
  return pattern.kind === 'cidr' && pattern.ports.includes(port) && inPrefix(address, pattern.network, pattern.prefix);
}
