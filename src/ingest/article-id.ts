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
