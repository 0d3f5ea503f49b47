// A story as the story book keeps it: its articles' key vectors, their sum, and what a reader
// sees of it (label, outlets, key actors), refreshed as articles join.

import type { Article } from '../article.ts';
import { StemCounts } from './stem-counts.ts';
import { isActorKey, keyName } from './story-keys.ts';
import type { Story } from './types.ts';
import { norm, topKeys, type Vector } from './vectors.ts';

/**
 * An article's keys and their weights as two arrays, in the order they were selected: a `Map` per
 * article cost some 1.4 KB (its hash table and a boxed number per weight), these about 0.5 KB, and
 * a 10,000-article book keeps one per article.
 */
export interface KeyWeights {
  keys: readonly string[];
  weights: readonly number[];
}

/**
 * `vector` as KeyWeights, each key passed through `key` (the book's string interning). The arrays
 * are made at their final length: grown by `push`, V8 gave each room for 41 entries whatever the
 * article's 20-30 keys, and the book keeps two per article.
 */
export function keyWeights(vector: Vector, key: (k: string) => string = (k) => k): KeyWeights {
  const keys = new Array<string>(vector.size);
  const weights = new Array<number>(vector.size);
  let i = 0;
  vector.forEach((w, k) => {
    keys[i] = key(k);
    weights[i++] = w;
  });
  return { keys, weights };
}

export interface StoryArticle {
  article: Article;
  /** The article's selected keys, unit length, before rarity weighting. */
  raw: KeyWeights;
  /** When it happened: published, else received. */
  time: number;
  /** When the bot received it. */
  receivedAt: number;
}

export interface StoryRecord {
  id: string;
  articles: StoryArticle[];
  /** Sum of the articles' raw vectors. */
  centroid: Vector;
  /** Stem → count over all articles, for search. */
  searchStems: StemCounts;
  /** Sum of searchStems' counts: the story's length in words. */
  searchTotal: number;
  /** Every actor named in its articles (the centroid keeps only the most telling). */
  actorNames: Set<string>;
  outlets: string[];
  first: number;
  last: number;
  /** When the story last received an article (for pruning, whatever the articles' dates). */
  lastReceivedAt: number;
  label: string;
  keyActors: string[];
  /** The article whose title labels the story (see `refreshRepresentative`). */
  representative?: StoryArticle;
  /** The centroid's most prominent actor keys, most prominent first (kept as articles join). */
  topActorKeys: string[];
  /**
   * The story book's cache of the centroid's squared length after rarity weighting, and how many
   * articles the book had counted when it was worked out (see story-book.ts).
   */
  scaledNormSq?: number;
  scaledNormAt?: number;
}

export function newRecord(id: string): StoryRecord {
  return { id, articles: [], centroid: new Map(), searchStems: new StemCounts(), searchTotal: 0, actorNames: new Set(), outlets: [], first: Infinity, last: -Infinity, lastReceivedAt: -Infinity, label: '', keyActors: [], topActorKeys: [] };
}

/**
 * Adds an article to its story; returns the stems new to the story. `intern` gives the one shared
 * copy of a word the story keeps (a stem new to the story).
 */
export function addToRecord(
  record: StoryRecord,
  entry: StoryArticle,
  searchStems: Map<string, number>,
  actorNames: Iterable<string>,
  intern: (word: string) => string = (w) => w,
): string[] {
  record.articles.push(entry);
  for (const name of actorNames) record.actorNames.add(name);
  const { keys, weights } = entry.raw;
  for (let i = 0; i < keys.length; i++) record.centroid.set(keys[i]!, (record.centroid.get(keys[i]!) ?? 0) + weights[i]!);
  const newStems = record.searchStems.add(searchStems, intern);
  for (const n of searchStems.values()) record.searchTotal += n;
  if (!record.outlets.includes(entry.article.outlet)) record.outlets.push(entry.article.outlet);
  record.first = Math.min(record.first, entry.time);
  record.last = Math.max(record.last, entry.time);
  record.lastReceivedAt = Math.max(record.lastReceivedAt, entry.receivedAt);
  refreshRepresentative(record, entry);
  record.label = record.representative!.article.title || record.label;
  refreshKeyActors(record, entry);
  return newStems;
}

/** Up to this many articles, the representative is looked for among all of them at every join. */
const FULL_SEARCH_ARTICLES = 32;

/**
 * The article closest to the story as a whole (the earliest wins a tie). Looking at every article
 * at every join made a story of n articles cost n² cosines; now every article is looked at only
 * while the story is small and whenever its size reaches a power of two (amortised: a constant
 * per join), and in between the newcomer only challenges the current representative.
 */
function refreshRepresentative(record: StoryRecord, entry: StoryArticle): void {
  const n = record.articles.length;
  const centroidNorm = norm(record.centroid);
  const score = (e: StoryArticle) => {
    const length = lengthOf(e.raw) * centroidNorm;
    return length === 0 ? 0 : dot(e.raw, record.centroid) / length;
  };
  const everyArticle = n <= FULL_SEARCH_ARTICLES || (n & (n - 1)) === 0 || !record.representative;
  const contenders = everyArticle ? record.articles : [record.representative!, entry];
  let best = contenders[0]!;
  let bestScore = -1;
  for (const e of contenders) {
    const s = score(e);
    if (s > bestScore + 1e-9 || (Math.abs(s - bestScore) <= 1e-9 && e.time < best.time)) {
      best = e;
      bestScore = s;
    }
  }
  record.representative = best;
}

/**
 * The three most prominent actors. Centroid weights only grow, so after a join the top three are
 * among the old top three and the newcomer's actors: the same answer as sorting the whole
 * centroid, without sorting it at every join.
 */
function refreshKeyActors(record: StoryRecord, entry: StoryArticle): void {
  const contenders: Vector = new Map();
  for (const key of record.topActorKeys) contenders.set(key, record.centroid.get(key)!);
  for (const key of entry.raw.keys) if (isActorKey(key)) contenders.set(key, record.centroid.get(key)!);
  record.topActorKeys = topKeys(contenders, 3);
  record.keyActors = record.topActorKeys.map(keyName);
}

function dot(small: KeyWeights, large: Vector): number {
  let sum = 0;
  for (let i = 0; i < small.keys.length; i++) sum += small.weights[i]! * (large.get(small.keys[i]!) ?? 0);
  return sum;
}

function lengthOf({ weights }: KeyWeights): number {
  let sum = 0;
  for (const w of weights) sum += w * w;
  return Math.sqrt(sum);
}

export function toStory(record: StoryRecord): Story {
  return {
    id: record.id,
    label: record.label,
    articleIds: record.articles.map((a) => a.article.id),
    outlets: [...record.outlets],
    keyActors: [...record.keyActors],
    firstSeenAt: new Date(record.first).toISOString(),
    lastSeenAt: new Date(record.last).toISOString(),
  };
}
