// One spelling per article URL, so the same article reached through two feeds, a share link
// or a campaign link is recognised: tracking parameters and fragments go, host case and
// default ports are normalised, the remaining parameters are sorted. The feeds and the store
// both use it, so an article is known by the same URL everywhere.

const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'mc_cid', 'mc_eid',
  '_ga', '_gl', 'mkt_tok', 'ocid', 'cmpid', 's_cid', 'at_medium', 'at_campaign', 'ref', 'ref_src', 'ref_url', 'spm',
  'share', 'smid', 'sref', 'sr_share', 'cmp', 'ito', 'rss', 'taid', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
]);

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('__twitter') || TRACKING.has(lower);
}

/** The canonical URL, or undefined for text that is not an http(s) URL. */
export function canonicalUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

/**
 * The dedupe key for a URL: the canonical URL without its scheme and a leading "www.", since
 * feeds of one outlet mix http and https, www and bare host for the same page.
 */
export function urlKey(input: string): string | undefined {
  const canonical = canonicalUrl(input);
  if (!canonical) return undefined;
  return canonical.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

/** The dedupe key written as a URL (https, no "www."): what the store keeps per article. */
export function dedupeUrl(input: string): string | undefined {
  const key = urlKey(input);
  return key === undefined ? undefined : `https://${key}`;
}
