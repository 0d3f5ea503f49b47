// A `lookup` for http.request that answers with the address the guard already checked, so the
// socket connects there and nowhere else (no second DNS query, no rebinding).

import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './resolver.ts';

export function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
}
