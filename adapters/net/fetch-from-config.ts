// The safe fetches of a configured bot: `fetch:` in briefbot.yaml (time and size limits,
// redirects, User-Agent) applied to feeds, article pages and pasted links alike, with one
// allowlist for feeds (and the pages they link to) and another for pasted links.

import type { FetchPolicy } from '../../src/config/types.ts';
import type { Resolver } from './resolver.ts';
import { createSafeFetch, type SafeFetch } from './safe-fetch.ts';

export type FetchUse = 'feeds' | 'links';

export function safeFetchFromConfig(policy: FetchPolicy, use: FetchUse, resolve?: Resolver): SafeFetch {
  return createSafeFetch({
    allow: use === 'feeds' ? policy.allowFeeds : policy.allowLinks,
    allowKey: use === 'feeds' ? 'fetch.allowFeeds' : 'fetch.allowLinks',
    timeoutMs: policy.timeoutMs,
    maxBytes: policy.maxBytes,
    maxRedirects: policy.maxRedirects,
    userAgent: policy.userAgent,
    ...(resolve ? { resolve } : {}),
  });
}
