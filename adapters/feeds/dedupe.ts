// "Have we stored this article already?", by any of three keys: its canonical URL, its feed
// GUID (scoped to the feed unless it is a URL or URN, since "1234" is unique only in its feed),
// and a hash of its normalised text. Any one key matching makes it a duplicate.

import { duplicateTextHash } from '../../src/ingest/article-id.ts';
import { urlKey } from '../net/canonical-url.ts';

export interface DedupeKeys {
  url?: string;
  guid?: string;
  contentHash?: string;
}

export interface DedupeIndex {
  /** The id of the stored article with any of these keys, if there is one. */
  find(keys: DedupeKeys): string | undefined;
  remember(keys: DedupeKeys, articleId: string): void;
}

export function keysOfItem(item: { url?: string; guid?: string }, feedUrl: string): DedupeKeys {
  const keys: DedupeKeys = {};
  const url = item.url ? urlKey(item.url) : undefined;
  if (url) keys.url = `url:${url}`;
  if (item.guid) {
    const global = /^(https?:|urn:|tag:)/i.test(item.guid);
    keys.guid = global ? `guid:${urlKey(item.guid) ?? item.guid}` : `guid:${feedUrl}#${item.guid}`;
  }
  return keys;
}

export function contentHashKey(text: string): string {
  return `hash:${duplicateTextHash(text).slice(0, 32)}`;
}

export function createMemoryDedupeIndex(): DedupeIndex {
  const byKey = new Map<string, string>();
  const all = (keys: DedupeKeys) => [keys.url, keys.guid, keys.contentHash].filter((k): k is string => k !== undefined);
  return {
    find(keys) {
      for (const key of all(keys)) {
        const id = byKey.get(key);
        if (id) return id;
      }
      return undefined;
    },
    remember(keys, articleId) {
      for (const key of all(keys)) if (!byKey.has(key)) byKey.set(key, articleId);
    },
  };
}
