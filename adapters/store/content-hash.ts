// The content hash that finds the same article under another URL or GUID, and keys the
// analysis cache: sha256 of the text with whitespace collapsed.

import { createHash } from 'node:crypto';

export function articleContentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
