// A story as the story book keeps it: its articles' key vectors, their sum, and what a reader
// sees of it (label, outlets, key actors), refreshed as articles join.

import type { Article } from '../article.ts';
import { isActorKey, keyName } from './story-keys.ts';
import type { Story } from './types.ts';
import { addInto, cosine, topKeys, type Vector } from './vectors.ts';

export interface StoryArticle {
  article: Article;
  /** The article's selected keys, unit length, before rarity weighting. */
  raw: Vector;
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
  searchStems: Map<string, number>;
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
}

export function newRecord(id: string): StoryRecord {
  return { id, articles: [], centroid: new Map(), searchStems: new Map(), searchTotal: 0, actorNames: new Set(), outlets: [], first: Infinity, last: -Infinity, lastReceivedAt: -Infinity, label: '', keyActors: [] };
}

export function addToRecord(record: StoryRecord, entry: StoryArticle, searchStems: Map<string, number>, actorNames: Iterable<string>): void {
  record.articles.push(entry);
  for (const name of actorNames) record.actorNames.add(name);
  addInto(record.centroid, entry.raw);
  addInto(record.searchStems, searchStems);
  for (const n of searchStems.values()) record.searchTotal += n;
  if (!record.outlets.includes(entry.article.outlet)) record.outlets.push(entry.article.outlet);
  record.first = Math.min(record.first, entry.time);
  record.last = Math.max(record.last, entry.time);
  record.lastReceivedAt = Math.max(record.lastReceivedAt, entry.receivedAt);
  record.label = representative(record).article.title || record.label;
  record.keyActors = topKeys(record.centroid, 3, isActorKey).map(keyName);
}

/** The article closest to the story as a whole; the earliest wins a tie. */
function representative(record: StoryRecord): StoryArticle {
  let best = record.articles[0]!;
  let bestScore = -1;
  for (const entry of record.articles) {
    const score = cosine(entry.raw, record.centroid);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && entry.time < best.time)) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
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
