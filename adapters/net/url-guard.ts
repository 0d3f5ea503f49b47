// Decides whether a URL may be fetched, and which address to connect to. Every address the
// host resolves to must be public (or allowed by configuration); the connection is then pinned
// to a checked address so that a second DNS answer cannot swap in a private one.

import { type AddressPattern, addressMatches, hostMatches, portOf } from '../../src/config/address-pattern.ts';
import { parseIp } from '../../src/config/ip-address.ts';
import { forbiddenReasonOf } from './classify-address.ts';
import { type FetchError, fetchErrors } from './fetch-errors.ts';
import { type ResolvedAddress, type Resolver, systemResolver } from './resolver.ts';

export interface CheckedTarget {
  url: URL;
  /** Host name without IPv6 brackets. */
  hostname: string;
  /** The address to connect to. */
  pinned: ResolvedAddress;
}

export interface UrlGuard {
  /** Resolves and checks; throws a FetchError (BAD_URL, URL_REFUSED, FETCH_FAILED) when refused. */
  check(url: string | URL): Promise<CheckedTarget>;
}

export interface UrlGuardOptions {
  /** Hosts and ranges exempt from the address rules, each on its own ports. */
  allow?: readonly AddressPattern[];
  /** The configuration key a refusal points the administrator to (default `fetch.allow`). */
  allowKey?: string;
  resolve?: Resolver;
}

export function parseHttpUrl(input: string | URL): URL {
  const text = String(input);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fetchErrors.badUrl(text, 'it is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fetchErrors.badUrl(text, `only http and https links are fetched, not ${url.protocol.replace(':', '')}`);
  }
  if (url.username || url.password) throw fetchErrors.badUrl(text, 'links with a user name or password are not fetched');
  return url;
}

export function createUrlGuard(options: UrlGuardOptions = {}): UrlGuard {
  const allow = options.allow ?? [];
  const resolve = options.resolve ?? systemResolver;

  async function addressesOf(url: URL, hostname: string): Promise<ResolvedAddress[]> {
    // The URL parser has already turned decimal, hex and octal IPv4 forms into dotted quads.
    if (parseIp(hostname)) return [{ address: hostname, family: hostname.includes(':') ? 6 : 4 }];
    let found: ResolvedAddress[];
    try {
      found = await resolve(hostname);
    } catch {
      throw fetchErrors.unresolvable(url.toString(), hostname);
    }
    if (found.length === 0) throw fetchErrors.unresolvable(url.toString(), hostname);
    return found;
  }

  return {
    async check(input) {
      const url = parseHttpUrl(input);
      const hostname = url.hostname.replace(/^\[|\]$/g, '');
      const addresses = await addressesOf(url, hostname);
      const port = portOf(url);
      const hostAllowed = allow.some((p) => hostMatches(p, hostname, port));
      if (!hostAllowed) {
        for (const { address } of addresses) {
          const bytes = parseIp(address);
          if (bytes && allow.some((p) => addressMatches(p, bytes, port))) continue;
          const reason = forbiddenReasonOf(address);
          if (reason) throw fetchErrors.refusedAddress(url.toString(), hostname, address, reason, options.allowKey) as FetchError;
        }
      }
      return { url, hostname, pinned: addresses[0]! };
    },
  };
}
