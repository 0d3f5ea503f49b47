// Markdown with optional YAML front matter (outlet, title, url, published).

import { parse as parseYaml } from 'yaml';
import { BriefError } from '../errors.ts';
import type { PageSignals } from './article-shape.ts';
import { type ArticleMetadata, articleMetadataSchema } from './metadata.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface ParsedDocument {
  meta: ArticleMetadata;
  body: string;
  /** HTML pages: what the whole page showed (headline links, consent and error blocks). */
  page?: PageSignals;
}

export function parseMarkdown(source: string, name: string): ParsedDocument {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { meta: {}, body: stripMarkdown(source) };
  let raw: unknown;
  try {
    raw = parseYaml(match[1]!);
  } catch (error) {
    throw new BriefError('BAD_METADATA', `${name}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = articleMetadataSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BriefError('BAD_METADATA', `${name}: front matter field '${issue.path.join('.')}': ${issue.message}`);
  }
  return { meta: parsed.data, body: stripMarkdown(source.slice(match[0].length)) };
}

/** Markdown syntax that is not article text: headings' hashes, emphasis marks, link targets. */
function stripMarkdown(body: string): string {
  return body
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^>\s?/gm, '');
}
