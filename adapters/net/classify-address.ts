// Says why an IP address must not be fetched, or nothing when it is a public unicast address.
// Addresses that carry an IPv4 address inside (NAT64, 6to4) are judged by that address.

import { inPrefix, parseIp } from '../../src/config/ip-address.ts';
import { FORBIDDEN_RANGES } from './forbidden-ranges.ts';

const NAT64 = parseIp('64:ff9b::')!;
const SIX_TO_FOUR = parseIp('2002::')!;

export function forbiddenReason(address: Uint8Array): string | undefined {
  for (const range of FORBIDDEN_RANGES) {
    if (inPrefix(address, range.network, range.prefix)) return range.reason;
  }
  if (inPrefix(address, NAT64, 96)) return forbiddenReason(address.slice(12));
  if (inPrefix(address, SIX_TO_FOUR, 16)) return forbiddenReason(address.slice(2, 6));
  return undefined;
}

/** For text addresses (as a resolver returns them); unparsable text is refused too. */
export function forbiddenReasonOf(address: string): string | undefined {
  const bytes = parseIp(address);
  return bytes ? forbiddenReason(bytes) : 'not a valid IP address';
}
