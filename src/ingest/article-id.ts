// Stable article ids: the file name without its extension, else a short hash of the text.

import { createHash } from 'node:crypto';

export function idFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.(txt|md|markdown|html?|json)$/i, '');
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function idFromText(text: string): string {
  return contentHash(text).slice(0, 16);
}

/**
 * The hash that finds the same article again under another URL or GUID: case, quote marks and
 * white space do not count. One definition for the feeds' dedupe and the store's, so they agree.
 * (The analysis cache keys on `contentHash`, the exact text, since offsets depend on it.)
 */
export function duplicateTextHash(text: string): string {
  return contentHash(text.toLowerCase().replace(/[“”"'’‘]/g, '').replace(/\s+/g, ' ').trim());
}
