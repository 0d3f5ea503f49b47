// One poll of a local folder: files that are new or changed since the last poll (by size and
// modification time) are read as articles, with the folder's sources.json as metadata.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FolderSourceConfig } from '../../src/config/types.ts';
import { isBriefError } from '../../src/errors.ts';
import type { ArticleMetadata } from '../../src/ingest/metadata.ts';
import { readSourcesFile } from '../../src/ingest/sources-file.ts';
import type { Article } from '../../src/article.ts';
import { inProcessParser, type UntrustedParser } from '../ingest/untrusted-parser.ts';
import { canonicalUrl, urlKey } from '../net/canonical-url.ts';
import { contentHashKey, type DedupeIndex, type DedupeKeys } from './dedupe.ts';
import type { PollResult } from './poll-result.ts';

const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** File name → "size:mtime" as last read. */
export type FolderState = Map<string, string>;

/** `parser`: where the files are parsed (the worker pool in the bot: anyone who can drop a file there is untrusted). */
export async function pollFolder(source: FolderSourceConfig, state: FolderState, dedupe: DedupeIndex, parser: UntrustedParser = inProcessParser): Promise<PollResult> {
  const result: PollResult = { articles: [], duplicates: 0, notModified: true, notes: [] };
  const names = (await readdir(source.path)).filter((n) => ARTICLE_FILE.test(n)).sort();
  const meta = await readSourcesJson(source.path, names, result.notes);
  for (const name of names) {
    const path = join(source.path, name);
    const info = await stat(path);
    const signature = `${info.size}:${info.mtimeMs}`;
    if (!info.isFile() || state.get(name) === signature) continue;
    state.set(name, signature);
    result.notModified = false;
    if (info.size > MAX_FILE_BYTES) {
      result.notes.push(`${name}: larger than 5 MB, skipped`);
      continue;
    }
    let article: Article;
    try {
      const content = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
      const fileMeta: ArticleMetadata = { ...(source.outlet ? { outlet: source.outlet } : {}), ...meta[name] };
      article = await parser.parseDocument({ fileName: name, content, meta: fileMeta });
    } catch (error) {
      const why = isBriefError(error)
        ? error.message.replace(/^[^:]*: /, '')
        : error instanceof TypeError
          ? 'not valid UTF-8 text'
          : `could not be read (${(error as Error).message})`;
      result.notes.push(`${name}: ${why}`);
      continue;
    }
    const url = article.url ? canonicalUrl(article.url) : undefined;
    const keys: DedupeKeys = {
      guid: `file:${resolve(path)}`,
      contentHash: contentHashKey(article.text),
      ...(url ? { url: `url:${urlKey(url)}` } : {}),
    };
    const existing = dedupe.find(keys);
    dedupe.remember(keys, existing ?? article.id);
    if (existing) result.duplicates++;
    else result.articles.push({ article, sourceId: resolve(source.path), guid: name });
  }
  return result;
}

async function readSourcesJson(folder: string, names: string[], notes: string[]): Promise<Record<string, ArticleMetadata>> {
  let text: string;
  try {
    text = await readFile(join(folder, 'sources.json'), 'utf8');
  } catch {
    return {};
  }
  // Each bad entry or key is named; the good ones still count.
  const { entries, problems } = readSourcesFile(text, names);
  for (const problem of problems) notes.push(`sources.json: ${problem}`);
  return entries;
}
