// `/brief <words>`: the story that matches the words well, or the closest ones when none does.
// Names in the query map to actors through the gazetteer ("US" finds "United States"); other
// words are stemmed ("ferry" finds "ferries") and matched against everything the stories'
// articles say; a word found nowhere is tried as the start of longer words ("quill" finds
// "Quillmere"), as a user typing into autocomplete expects.

import type { Gazetteer } from '../analyse/gazetteer.ts';
import { contentTokens, stem } from '../text/normalize.ts';
import { NEWS_STOPWORDS } from './news-stopwords.ts';
import { actorKey } from './story-keys.ts';
import type { StoryRecord } from './story-record.ts';

export const searchStemKey = (s: string) => `w:${s}`;

const QUERY_FILLER = new Set(['latest', 'update', 'updates', 'story', 'stories', 'brief', 'briefing', 'about', 'happening', 'me', 'please']);
/**
 * A best match must cover every word of a one- or two-word query ("korea news" is not the ferry
 * story because it mentions a news conference: "news" is filler, and "korea" is not there), and
 * this share of a longer one…
 */
const MIN_COVERAGE = 2 / 3;
/** …and score this much above the runner-up, else the reader chooses among candidates. */
const MIN_LEAD = 1.25;
const MAX_CANDIDATES = 3;

export interface SearchView {
  records: ReadonlyMap<string, StoryRecord>;
  storiesWith(key: string): readonly string[];
  /** Search keys that start with `prefix` (at most `limit`), for words found nowhere whole. */
  keysStartingWith?(prefix: string, limit: number): string[];
  gazetteer: Gazetteer;
}

/** One thing the query asks for: a name, or a word (with the longer words it may start). */
interface QueryGroup {
  key: string;
  /** The stories that carry it. */
  stories: readonly string[];
  weightIn(record: StoryRecord): number;
}

/** A word this long or longer that is found nowhere is tried as a prefix. */
const MIN_PREFIX = 3;
/** Longer words one prefix may stand for (a short prefix must not scan the whole vocabulary's postings). */
const MAX_PREFIX_KEYS = 40;

export function queryGroups(words: string, view: SearchView): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const units = words.split('');
  for (const hit of view.gazetteer.find(words)) {
    const key = actorKey(hit.canonical);
    if (!groups.some((g) => g.key === key)) {
      groups.push({ key, stories: view.storiesWith(key), weightIn: (r) => relative(r.centroid, key, (k) => k.startsWith('a:')) });
    }
    for (let i = hit.start; i < hit.end; i++) units[i] = ' ';
  }
  for (const token of contentTokens(units.join(''))) {
    if (NEWS_STOPWORDS.has(token) || QUERY_FILLER.has(token)) continue;
    const stemmed = stem(token);
    const key = searchStemKey(stemmed);
    if (groups.some((g) => g.key === key)) continue;
    const stories = view.storiesWith(key);
    if (stories.length > 0 || token.length < MIN_PREFIX || !view.keysStartingWith) {
      groups.push({ key, stories, weightIn: (r) => centrality(r, stemmed) });
      continue;
    }
    groups.push(prefixGroup(token, view));
  }
  return groups;
}

/** "quill" as every longer word it starts ("quillmere", "quills"): the best of them counts. */
function prefixGroup(token: string, view: SearchView): QueryGroup {
  const keys = view.keysStartingWith!(searchStemKey(token), MAX_PREFIX_KEYS);
  const stems = keys.map((k) => k.slice(searchStemKey('').length));
  const stories = [...new Set(keys.flatMap((k) => view.storiesWith(k)))];
  return {
    key: `${searchStemKey(token)}*`,
    stories,
    weightIn: (r) => stems.reduce((best, s) => Math.max(best, centrality(r, s)), 0),
  };
}

/** A word that makes up this share of a story's words is as central to it as a word gets. */
const CENTRAL_SHARE = 0.01;

/** How central a word is to the story: its share of the story's words, against CENTRAL_SHARE. */
function centrality(record: StoryRecord, stemmed: string): number {
  const count = record.searchStems.get(stemmed) ?? 0;
  return count === 0 ? 0 : Math.min(1, count / Math.max(1, record.searchTotal) / CENTRAL_SHARE);
}

/** How prominent a key is in a story, from 0 to 1 against its most prominent key of that kind. */
function relative(map: Map<string, number>, key: string, sameKind: (k: string) => boolean): number {
  const value = map.get(key);
  if (!value) return 0;
  let max = 0;
  for (const [k, v] of map) if (sameKind(k) && v > max) max = v;
  return max === 0 ? 0 : value / max;
}

export interface ScoredStory {
  record: StoryRecord;
  score: number;
  /** Share of the query's words (and names) the story carries. */
  coverage: number;
  /** How many words (and names) the query asked for. */
  words: number;
}

function coversEnough(scored: ScoredStory): boolean {
  return scored.words <= 2 ? scored.coverage === 1 : scored.coverage >= MIN_COVERAGE;
}

export function scoreStories(words: string, view: SearchView): ScoredStory[] {
  const groups = queryGroups(words, view);
  if (groups.length === 0) return [];
  const total = view.records.size;
  const candidates = new Set<string>();
  for (const g of groups) for (const id of g.stories) candidates.add(id);
  const scored: ScoredStory[] = [];
  for (const id of candidates) {
    const record = view.records.get(id)!;
    let score = 0;
    let matched = 0;
    for (const g of groups) {
      const weight = g.weightIn(record);
      if (weight === 0) continue;
      matched++;
      const rarity = Math.log((total + 1) / (g.stories.length + 0.5));
      score += rarity * (0.5 + 0.5 * weight);
    }
    scored.push({ record, score, coverage: matched / groups.length, words: groups.length });
  }
  return scored.sort((a, b) => b.score - a.score || b.record.last - a.record.last);
}

export function findStoryRecord(words: string, view: SearchView): { best?: StoryRecord; candidates: StoryRecord[] } {
  const exact = view.records.get(words.trim());
  if (exact) return { best: exact, candidates: [] };
  const [first, second, ...rest] = scoreStories(words, view);
  if (!first) return { candidates: [] };
  const clear = !second || first.score >= MIN_LEAD * second.score;
  if (coversEnough(first) && clear) {
    return { best: first.record, candidates: [second, ...rest].filter((s) => s !== undefined).slice(0, MAX_CANDIDATES).map((s) => s.record) };
  }
  return { candidates: [first, second, ...rest].filter((s) => s !== undefined).slice(0, MAX_CANDIDATES).map((s) => s.record) };
}
