// A folder's sources.json (file name → outlet, published, title, url, place), read entry by
// entry: a mistake costs only the key it is in, and its line names the entry and the key
// ("ferry-ledger.md".published: expected text such as "2026-11-20", got the number 20261120).
// Pure: the caller reads the file and says which article files the folder holds.

import { nearest } from '../config/known-keys.ts';
import type { ArticleMetadata } from './metadata.ts';

const TEXT_KEYS = ['outlet', 'title', 'published', 'publishedAt', 'date', 'place'] as const;
const KNOWN_KEYS = [...TEXT_KEYS, 'url'] as const;
const EXAMPLE: Record<string, string> = {
  outlet: '"The Coastal Ledger"',
  title: 'the headline',
  published: '"2026-11-20"',
  publishedAt: '"2026-11-20T08:00:00Z"',
  date: '"2026-11-20"',
  place: '"Port Ellis"',
};
const SHAPE = '{ "file.md": { "outlet": …, "published": …, "title": …, "url": … } }';

export interface SourcesFile {
  /** The usable metadata of each entry (its bad keys left out). */
  entries: Record<string, ArticleMetadata>;
  /** One line per problem, each naming the entry and key. */
  problems: string[];
}

function described(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}

/** Where a JSON.parse error points, as line and column ("line 5, column 12"). */
function jsonErrorPlace(raw: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message)?.[1];
  const firstLine = error.message.split('\n')[0]!.replace(/ in JSON at position \d+.*$/, '');
  if (position === undefined) return firstLine;
  const before = raw.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${firstLine} at line ${line}, column ${column}`;
}

export function readSourcesFile(raw: string, articleFiles: readonly string[]): SourcesFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { entries: {}, problems: [`ignored: not valid JSON (${jsonErrorPlace(raw, error as Error)})`] };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { entries: {}, problems: [`ignored: expected an object of file names, ${SHAPE}; got ${described(parsed)}`] };
  }
  const entries: Record<string, ArticleMetadata> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(parsed)) {
    const entry = `"${name}"`;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${entry}: expected an object such as { "outlet": "The Coastal Ledger" }, got ${described(value)}; the entry is ignored`);
      continue;
    }
    if (!articleFiles.includes(name)) {
      const guess = nearest(name, articleFiles, 3);
      problems.push(`${entry}: no article file of that name in this folder${guess ? ` (did you mean "${guess}"?)` : ''}; the entry is unused`);
    }
    const meta: ArticleMetadata = {};
    for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
      if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
        const guess = nearest(key, KNOWN_KEYS, 2);
        problems.push(`${entry}.${key}: unknown key${guess ? ` (did you mean ${guess}?)` : ''}; expected one of ${KNOWN_KEYS.join(', ')}`);
        continue;
      }
      if (key === 'url') {
        if (typeof field === 'string' && /^https?:\/\/\S+$/i.test(field) && URL.canParse(field)) meta.url = field;
        else problems.push(`${entry}.url: expected a web address like "https://news.example/story", got ${described(field)}; this key is ignored`);
        continue;
      }
      if (typeof field === 'string' && field.trim() !== '') (meta as Record<string, string>)[key] = field;
      else problems.push(`${entry}.${key}: expected text such as ${EXAMPLE[key]}, got ${described(field)}; this key is ignored`);
    }
    entries[name] = meta;
  }
  return { entries, problems };
}
