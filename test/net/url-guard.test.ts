import { describe, expect, it } from 'vitest';
import { createStaticResolver } from '../../adapters/net/resolver.ts';
import { createUrlGuard } from '../../adapters/net/url-guard.ts';
import { parseAddressPattern } from '../../src/config/address-pattern.ts';
import { briefErrorIfAny } from '../helpers/brief-error-of.ts';

// A stub DNS: names used below resolve only here, never through real DNS.
const resolve = createStaticResolver({
  'public.test': ['93.184.216.34'],
  'internal.test': ['10.0.0.7'],
  'mixed.test': ['93.184.216.34', '192.168.0.5'],
  'six.test': ['2606:2800:220:1:248:1893:25c8:1946'],
  'ula.test': ['fd00::5'],
  'a.corp.test': ['10.20.30.40'],
  'corp.test': ['10.1.1.1'],
  'relay.test': ['192.88.99.5'],
});

const allow = (...entries: string[]) => entries.map((e) => parseAddressPattern(e)!);

const refusal = (url: string, options: Parameters<typeof createUrlGuard>[0] = {}) =>
  briefErrorIfAny(createUrlGuard({ resolve, ...options }).check(url));

describe('url guard: refused addresses', () => {
  it.each([
    ['loopback', 'http://127.0.0.1/', 'loopback'],
    ['loopback, other 127/8', 'http://127.45.6.7:8080/x', 'loopback'],
    ['short IPv4 form', 'http://127.1/', 'loopback'],
    ['decimal IPv4 form', 'http://2130706433/', 'loopback'],
    ['hex IPv4 form', 'http://0x7f000001/', 'loopback'],
    ['octal IPv4 form', 'http://0177.0.0.1/', 'loopback'],
    ['10/8', 'http://10.1.2.3/', 'private-network'],
    ['172.16/12 low end', 'http://172.16.0.1/', 'private-network'],
    ['172.16/12 high end', 'http://172.31.255.254/', 'private-network'],
    ['192.168/16', 'http://192.168.1.1/admin', 'private-network'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', 'cloud metadata'],
    ['link-local', 'http://169.254.10.1/', 'link-local'],
    ['carrier-grade NAT', 'http://100.64.0.1/', 'carrier-grade NAT'],
    ['unspecified', 'http://0.0.0.0/', 'unspecified'],
    ['zero shorthand', 'http://0/', 'unspecified'],
    ['multicast', 'http://224.0.0.251/', 'multicast'],
    ['broadcast', 'http://255.255.255.255/', 'reserved'],
    ['IPv6 loopback', 'http://[::1]/', 'loopback'],
    ['IPv6 unspecified', 'http://[::]/', 'unspecified'],
    ['IPv6 unique-local fc00::/7', 'http://[fc00::1]/', 'unique-local'],
    ['IPv6 unique-local fd', 'http://[fd12:3456:789a::1]/', 'unique-local'],
    ['IPv6 link-local', 'http://[fe80::1]/', 'link-local'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/', 'IPv4-mapped'],
    ['IPv4-mapped public', 'http://[::ffff:93.184.216.34]/', 'IPv4-mapped'],
    ['IPv4-translated loopback', 'http://[::ffff:0:7f00:1]/', 'IPv4-translated'],
    ['IPv4-translated public', 'http://[::ffff:0:5db8:d822]/', 'IPv4-translated'],
    ['IPv4-translated, dotted', 'http://[::ffff:0:10.0.0.1]/', 'IPv4-translated'],
    ['6to4 relay anycast', 'http://192.88.99.1/', '6to4 relay anycast'],
    ['6to4 relay anycast, top of the range', 'http://192.88.99.255/', '6to4 relay anycast'],
    ['a name resolving to the 6to4 relay range', 'http://relay.test/', '192.88.99.5'],
    ['NAT64 of loopback', 'http://[64:ff9b::7f00:1]/', 'loopback'],
    ['6to4 of a private address', 'http://[2002:c0a8:0101::1]/', 'private-network'],
    ['IPv6 multicast', 'http://[ff02::1]/', 'multicast'],
    ['a name resolving to a private address', 'http://internal.test/', 'internal.test resolves to 10.0.0.7'],
    ['a name with one private address among public ones', 'http://mixed.test/', '192.168.0.5'],
    ['a name resolving to an IPv6 unique-local address', 'https://ula.test/', 'unique-local'],
  ])('%s: %s', async (_name, url, says) => {
    const refused = await refusal(url);
    expect(refused?.code).toBe('URL_REFUSED');
    expect(refused?.message).toContain(says);
    expect(refused?.message).toContain('fetch.allow');
  });
});

describe('url guard: not http(s), or not a URL', () => {
  it.each([
    ['ftp://public.test/file'],
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['gopher://public.test/'],
    ['not a url'],
    ['http://user:secret@public.test/'],
  ])('%s is refused as a bad URL', async (url) => {
    expect((await refusal(url))?.code).toBe('BAD_URL');
  });

  it('an unknown host is a fetch failure naming the host', async () => {
    const refused = await refusal('http://nowhere.test/');
    expect(refused).toEqual({ code: 'FETCH_FAILED', message: expect.stringContaining('nowhere.test was not found') });
  });
});

describe('url guard: allowed', () => {
  it.each([
    ['a public name', 'http://public.test/page', '93.184.216.34'],
    ['a public IPv4 literal', 'https://93.184.216.34/', '93.184.216.34'],
    ['172.32.0.1 is outside 172.16/12', 'http://172.32.0.1/', '172.32.0.1'],
    ['a public IPv6 name', 'https://six.test/', '2606:2800:220:1:248:1893:25c8:1946'],
  ])('%s', async (_name, url, pinned) => {
    const target = await createUrlGuard({ resolve }).check(url);
    expect(target.pinned.address).toBe(pinned);
  });
});

describe('url guard: allowlist override from the configuration', () => {
  it.each([
    ['an exact address with its port', 'http://127.0.0.1:9/', allow('127.0.0.1:9')],
    ['an exact address, default http port', 'http://127.0.0.1/', allow('127.0.0.1')],
    ['an exact address, default https port', 'https://127.0.0.1/', allow('127.0.0.1')],
    ['an address, port 443 written out', 'http://127.0.0.1:443/', allow('127.0.0.1')],
    ['a CIDR range', 'http://10.9.9.9/', allow('10.0.0.0/8')],
    ['a CIDR range with a port', 'http://10.9.9.9:8443/', allow('10.0.0.0/8:8443')],
    ['a host name with a port', 'http://internal.test:8080/feed', allow('internal.test:8080')],
    ['a bracketed IPv6 address with a port', 'http://[fd00::5]:8080/', allow('[fd00::5]:8080')],
    ['a bracketed IPv6 range with a port', 'http://[fd00::5]:8080/', allow('[fd00::/8]:8080')],
    ['a CIDR range, for a resolved name', 'http://internal.test/', allow('10.0.0.0/8')],
    ['a host name', 'http://internal.test/', allow('internal.test')],
    ['a wildcard host', 'http://a.corp.test/', allow('*.corp.test')],
    ['an IPv6 range', 'http://[fd00::5]/', allow('fd00::/8')],
  ])('%s', async (_name, url, patterns) => {
    expect(await refusal(url, { allow: patterns })).toBeUndefined();
  });

  it.each([
    ['the allowlist covers only what it names', 'http://127.0.0.2/', allow('127.0.0.1')],
    ['a host pattern does not cover its parent', 'http://corp.test/', allow('*.corp.test')],
    ['one allowed address does not excuse another', 'http://mixed.test/', allow('93.184.216.0/24')],
    ['an entry without a port opens 80 and 443 only', 'http://127.0.0.1:9/', allow('127.0.0.1')],
    ['a host without a port: not its database port', 'http://internal.test:5432/', allow('internal.test')],
    ['a range without a port: not an admin port', 'http://10.9.9.9:8080/', allow('10.0.0.0/8')],
    ['a port names only itself', 'http://internal.test:8081/', allow('internal.test:8080')],
    ['a port names only itself, not the default ports', 'http://internal.test/', allow('internal.test:8080')],
    ['a wildcard host on another port', 'https://a.corp.test:6379/', allow('*.corp.test')],
    ['an IPv6 range on another port', 'http://[fd00::5]:22/', allow('fd00::/8')],
  ])('%s', async (_name, url, patterns) => {
    const refused = await refusal(url, { allow: patterns });
    expect(refused?.code).toBe('URL_REFUSED');
  });

  it('a refusal names the list that would allow it', async () => {
    const refused = await refusal('http://internal.test:8080/', { allow: allow('internal.test'), allowKey: 'fetch.allowLinks' });
    expect(refused?.message).toContain('under fetch.allowLinks in briefbot.yaml');
  });

  it.each([
    ['intranet.example', 'host', [80, 443]],
    ['intranet.example:8080', 'host', [8080]],
    ['*.corp.example:8443', 'host', [8443]],
    ['10.1.2.3', 'cidr', [80, 443]],
    ['10.1.2.0/24:8080', 'cidr', [8080]],
    ['fd00::/8', 'cidr', [80, 443]],
    ['[fd00::1]:8080', 'cidr', [8080]],
    ['[fd00::/8]:9000', 'cidr', [9000]],
  ])('the entry %s is a %s pattern on ports %j', (text, kind, ports) => {
    expect(parseAddressPattern(text)).toMatchObject({ kind, ports, text });
  });

  it.each(['intranet.example:0', 'intranet.example:65536', 'intranet.example:http', '10.0.0.0/8:', 'fd00::1:8080:x', '[fd00::1]8080', '[intranet.example]:80'])(
    'the entry %s is not accepted',
    (text) => {
      expect(parseAddressPattern(text)).toBeUndefined();
    },
  );
});
