// Writes a briefing to a folder as <slug>-<date>.md and .json.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Briefing } from '../../src/briefing.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

export function summaryBaseName(briefing: Briefing): string {
  const slug = briefing.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at a word: a name ends where a word does, never mid-word.
  const short = slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '') || slug.slice(0, 60);
  const date = (briefing.sources.map((s) => s.publishedAt).find(Boolean) ?? briefing.generatedAt).slice(0, 10);
  return `${short || 'briefing'}-${date}`;
}

/**
 * Writes the briefing unless the folder already holds the same one (generation time aside), so
 * that re-running on unchanged articles leaves checked-in summaries untouched.
 */
export function writeSummary(dir: string, briefing: Briefing): string[] {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, summaryBaseName(briefing));
  if (sameBriefing(`${base}.json`, briefing) && existsSync(`${base}.md`)) return [];
  writeFileSync(`${base}.md`, renderMarkdown(briefing));
  writeFileSync(`${base}.json`, `${JSON.stringify(briefing, null, 2)}\n`);
  return [`${base}.md`, `${base}.json`];
}

function sameBriefing(path: string, briefing: Briefing): boolean {
  if (!existsSync(path)) return false;
  try {
    const existing = JSON.parse(readFileSync(path, 'utf8')) as Briefing;
    return JSON.stringify({ ...existing, generatedAt: '' }) === JSON.stringify({ ...briefing, generatedAt: '' });
  } catch {
    return false;
  }
}
