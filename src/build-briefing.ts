// Articles in, Briefing out: analysis, then each stage, then the Briefing contract.

import { analyse } from './analyse/analyse-article.ts';
import type { Gazetteer } from './analyse/gazetteer.ts';
import type { Analysis } from './analyse/types.ts';
import type { Article } from './article.ts';
import type { Briefing, Disagreement, LineageGroup, SourceRef } from './briefing.ts';
import { BriefError } from './errors.ts';
import { inBriefingScope } from './stages/briefing-scope.ts';
import { collectActors } from './stages/actors/actors.ts';
import { findDifferences } from './stages/differences/differences.ts';
import { findDisagreements } from './stages/differences/disagreements.ts';
import { storyHeadline } from './stages/headline/headline.ts';
import { selectKeyPoints } from './stages/key-points/key-points.ts';
import { findLineage, independentReports } from './stages/lineage/lineage.ts';
import { indexSentences } from './stages/near-duplicates.ts';
import { findOpenQuestions } from './stages/open-questions/open-questions.ts';
import { attributeQuotes } from './stages/quotes/quotes.ts';

export interface BuildOptions {
  /** Fixed for reproducible output (golden files, tests); defaults to now. */
  generatedAt?: string;
  title?: string;
  gazetteer?: Gazetteer;
}

export function buildBriefing(articles: Article[], options: BuildOptions = {}): Briefing {
  if (articles.length === 0) throw new BriefError('NO_ARTICLES', 'no articles to brief');
  const analysis = analyse(articles, options.gazetteer ? { gazetteer: options.gazetteer } : {});
  return briefingFromAnalysis(analysis, options);
}

export function briefingFromAnalysis(analysis: Analysis, options: BuildOptions = {}): Briefing {
  // Every stage tokenises the same sentences: within the scope each text is worked out once.
  return inBriefingScope(() => stagesOf(analysis, options, BRIEFING_PARTS) as Briefing);
}

/**
 * A briefing's stages in two halves of about equal cost, which need nothing from each other: the
 * open questions (wording them parses clauses), and everything else. Two threads can build one
 * briefing, each half from the same analysis; joinBriefingParts puts them together.
 */
export type BriefingPart = 'open-questions' | 'the-rest';
export const BRIEFING_PARTS: readonly BriefingPart[] = ['open-questions', 'the-rest'];

/** One half of a briefing (see BriefingPart); the same as that half of briefingFromAnalysis's. */
export function briefingPart(analysis: Analysis, part: BriefingPart, options: BuildOptions = {}): Partial<Briefing> {
  return inBriefingScope(() => stagesOf(analysis, options, [part]));
}

/** The fields of a Briefing in the order it has always been written in (JSON output keeps it). */
const FIELD_ORDER: readonly (keyof Briefing)[] = [
  'title',
  'generatedAt',
  'sources',
  'keyPoints',
  'quotes',
  'fragments',
  'actors',
  'openQuestions',
  'differences',
  'disagreements',
  'lineage',
  'independentReports',
  'notes',
];

/** The halves of a briefing as one Briefing, its fields in their usual order. */
export function joinBriefingParts(parts: readonly Partial<Briefing>[]): Briefing {
  const joined: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    const part = parts.find((p) => p[field] !== undefined);
    if (part) joined[field] = part[field];
  }
  for (const part of parts) for (const [field, value] of Object.entries(part)) if (!(field in joined)) joined[field] = value;
  return joined as unknown as Briefing;
}

function stagesOf(analysis: Analysis, options: BuildOptions, parts: readonly BriefingPart[]): Partial<Briefing> {
  const index = indexSentences(analysis);
  const openQuestions = () => findOpenQuestions(analysis, { index });
  if (!parts.includes('the-rest')) return { openQuestions: openQuestions() };
  const keyPoints = selectKeyPoints(analysis, { index });
  const actors = collectActors(analysis);
  const notes = analysis.articles
    .filter((a) => a.article.outletFromFileName)
    .map((a) => `${a.article.id}: no outlet given; the file name stands in for it`);
  return {
    title: options.title ?? storyHeadline(analysis, actors),
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    sources: analysis.articles.map(({ article }) => sourceRef(article)),
    keyPoints,
    quotes: attributeQuotes(analysis),
    fragments: attributeQuotes(analysis, { fragments: true }),
    actors,
    ...(parts.includes('open-questions') ? { openQuestions: openQuestions() } : {}),
    differences: findDifferences(analysis, { index }),
    ...withDisagreements(findDisagreements(analysis, { index })),
    ...withLineage(analysis, findLineage(analysis, index)),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function sourceRef(article: Article): SourceRef {
  const { id, outlet, title, url, publishedAt, place } = article;
  return { id, outlet, title, ...(url ? { url } : {}), ...(publishedAt ? { publishedAt } : {}), ...(place ? { place } : {}) };
}

/** Wire copy shared by outlets, and how many independent reports that leaves; nothing when none. */
function withLineage(analysis: Analysis, lineage: LineageGroup[]): { lineage?: LineageGroup[]; independentReports?: number } {
  if (lineage.length === 0) return {};
  return { lineage, independentReports: independentReports(analysis.articles.map((a) => a.article.id), lineage) };
}

function withDisagreements(disagreements: Disagreement[]): { disagreements?: Disagreement[] } {
  return disagreements.length > 0 ? { disagreements } : {};
}
