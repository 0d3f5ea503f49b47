// Reads files and folders into Articles. A folder may carry sources.json (file name → outlet,
// published, title, url). Each bad file gives one clear line; the others are still loaded. A
// bad entry of sources.json gives one line naming the entry and the key; the good entries count.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../../src/article.ts';
import { isBriefError } from '../../src/errors.ts';
import type { ArticleMetadata } from '../../src/ingest/metadata.ts';
import { readSourcesFile } from '../../src/ingest/sources-file.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;
/** Pages larger than this are not articles (and would only cost time). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadProblem {
  path: string;
  reason: string;
}

export interface LoadResult {
  articles: Article[];
  problems: LoadProblem[];
}

export interface LoadOptions {
  /** Called after each file is read (or refused): for a progress line. */
  onFile?: (done: number, total: number, path: string) => void;
}

interface FileTask {
  path: string;
  meta: ArticleMetadata;
}

export function loadPaths(paths: string[], options: LoadOptions = {}): LoadResult {
  const result: LoadResult = { articles: [], problems: [] };
  const tasks: FileTask[] = [];
  for (const path of paths) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      result.problems.push({ path, reason: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) tasks.push(...folderTasks(path, result));
    else tasks.push({ path, meta: {} });
  }
  tasks.forEach((task, i) => {
    loadFile(task.path, task.meta, result);
    options.onFile?.(i + 1, tasks.length, task.path);
  });
  return result;
}

function folderTasks(folder: string, result: LoadResult): FileTask[] {
  const names = readdirSync(folder)
    .filter((n) => ARTICLE_FILE.test(n))
    .sort();
  const meta = readFolderMetadata(folder, names, result);
  return names.map((name) => ({ path: join(folder, name), meta: meta[name] ?? {} }));
}

function readFolderMetadata(folder: string, names: string[], result: LoadResult): Record<string, ArticleMetadata> {
  const sourcesPath = join(folder, 'sources.json');
  let raw: string;
  try {
    raw = readFileSync(sourcesPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') result.problems.push({ path: sourcesPath, reason: `ignored: cannot be read (${code ?? 'error'})` });
    return {};
  }
  const { entries, problems } = readSourcesFile(raw, names);
  for (const reason of problems) result.problems.push({ path: sourcesPath, reason });
  return entries;
}

function loadFile(path: string, meta: ArticleMetadata, result: LoadResult): void {
  const problem = (reason: string) => result.problems.push({ path, reason });
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return void problem(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    bytes = readFileSync(path);
  } catch (error) {
    return void problem(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) return void problem('the file is empty');
  if (bytes.includes(0)) return void problem('binary file, not text');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return void problem('not valid UTF-8 text');
  }
  try {
    result.articles.push(parseDocument({ fileName: basename(path), content, meta }));
  } catch (error) {
    if (!isBriefError(error)) throw error;
    // parseDocument names the file by its base name; report the full path instead.
    problem(error.message.replace(/^[^:]*: /, ''));
  }
}
