// Allowlist entries for the URL guard: a host name ("intranet.example", "*.corp.example"),
// an IP address, or a CIDR range ("10.0.0.0/8", "fd00::/8").

import { inPrefix, type IpBytes, parseIp } from './ip-address.ts';

export type AddressPattern =
  | { kind: 'host'; host: string; subdomains: boolean; text: string }
  | { kind: 'cidr'; network: IpBytes; prefix: number; text: string };

const HOST = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function parseAddressPattern(text: string): AddressPattern | undefined {
  const trimmed = text.trim();
  const [addr, prefixText, extra] = trimmed.split('/');
  if (extra !== undefined || addr === undefined) return undefined;
  const network = parseIp(addr);
  if (network) {
    const max = network.length * 8;
    const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
    if (!(prefix >= 0 && prefix <= max)) return undefined;
    return { kind: 'cidr', network, prefix, text: trimmed };
  }
  if (prefixText !== undefined || !HOST.test(trimmed) || /^[\d.]+$/.test(trimmed)) return undefined;
  const subdomains = trimmed.startsWith('*.');
  return { kind: 'host', host: trimmed.replace(/^\*\./, '').toLowerCase(), subdomains, text: trimmed };
}

export function hostMatches(pattern: AddressPattern, hostname: string): boolean {
  if (pattern.kind !== 'host') return false;
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // "*.corp.example" covers the hosts below corp.example, not corp.example itself.
  return pattern.subdomains ? host.endsWith(`.${pattern.host}`) : host === pattern.host;
}

export function addressMatches(pattern: AddressPattern, address: IpBytes): boolean {
  return pattern.kind === 'cidr' && inPrefix(address, pattern.network, pattern.prefix);
}
