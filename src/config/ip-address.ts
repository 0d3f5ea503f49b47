// IP address literals as bytes (4 for IPv4, 16 for IPv6), so ranges can be compared exactly.
// Only canonical forms are accepted here; the URL parser has already turned "2130706433",
// "0x7f000001" and "0177.0.0.1" into "127.0.0.1" before a host reaches this.

export type IpBytes = Uint8Array;

export function parseIPv4(text: string): IpBytes | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i]!;
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    bytes[i] = Number(part);
  }
  return bytes;
}

export function parseIPv6(text: string): IpBytes | undefined {
  let body = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // A dotted IPv4 tail ("::ffff:127.0.0.1") stands for the last two groups.
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (v4) {
    const b = parseIPv4(v4[2]!);
    if (!b) return undefined;
    const hex = (hi: number, lo: number) => ((hi << 8) | lo).toString(16);
    body = `${v4[1]}${hex(b[0]!, b[1]!)}:${hex(b[2]!, b[3]!)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groupsOf(halves[0]!);
  const rest = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (![...head, ...rest].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  const given = head.length + rest.length;
  // Without "::" all eight groups are written; with it, "::" stands for at least one zero group.
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined;
  const groups = [...head, ...new Array<string>(8 - given).fill('0'), ...rest].map((g) => Number.parseInt(g, 16));
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

export function parseIp(text: string): IpBytes | undefined {
  return text.includes(':') ? parseIPv6(text) : parseIPv4(text);
}

/** True when the first `prefix` bits of `address` equal those of `network` (same family). */
export function inPrefix(address: IpBytes, network: IpBytes, prefix: number): boolean {
  if (address.length !== network.length) return false;
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    const i = bit / 8;
    if ((address[i]! & mask) !== (network[i]! & mask)) return false;
  }
  return true;
}

/** "::ffff:a.b.c.d" → the IPv4 bytes it carries, else undefined. */
export function mappedIPv4(address: IpBytes): IpBytes | undefined {
  if (address.length !== 16) return undefined;
  const isMapped = address.slice(0, 10).every((b) => b === 0) && address[10] === 0xff && address[11] === 0xff;
  return isMapped ? address.slice(12) : undefined;
}
