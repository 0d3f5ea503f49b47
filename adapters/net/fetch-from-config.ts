// The one safe fetch of a configured bot: `fetch:` in briefbot.yaml (allow list, time and size
// limits, redirects, User-Agent) applied to feeds, article pages and pasted links alike.

import type { FetchPolicy } from '../../src/config/types.ts';
import type { Resolver } from './resolver.ts';
import { createSafeFetch, type SafeFetch } from './safe-fetch.ts';

export function safeFetchFromConfig(policy: FetchPolicy, resolve?: Resolver): SafeFetch {
  return createSafeFetch({
    allow: policy.allow,
    timeoutMs: policy.timeoutMs,
    maxBytes: policy.maxBytes,
    maxRedirects: policy.maxRedirects,
    userAgent: policy.userAgent,
    ...(resolve ? { resolve } : {}),
  });
}
