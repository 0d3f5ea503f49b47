// The story book: each incoming article joins the story it shares the most rare actors and
// terms with (within a time window), or starts a new one. Candidate stories come from an
// inverted index over the article's keys, so an article is compared with a handful of
// stories, never with every stored article.

import { analyseArticle } from '../analyse/analyse-article.ts';
import { createGazetteer, type Gazetteer } from '../analyse/gazetteer.ts';
import type { AnalysedArticle } from '../analyse/types.ts';
import type { Article } from '../article.ts';
import { extractFeatures } from './article-features.ts';
import { createDocumentFrequency } from './document-frequency.ts';
import { findStoryRecord, searchStemKey } from './find-story.ts';
import { rankStories } from './rank-stories.ts';
import { createStoryIndex } from './story-index.ts';
import { storyIdFor } from './story-id.ts';
import { actorKey, isActorKey, rawKeyWeights } from './story-keys.ts';
import { addToRecord, keyWeights, newRecord, type StoryRecord, toStory } from './story-record.ts';
import { articleTime } from './story-time.ts';
import type { Story, StoryMatchResult } from './types.ts';
import { norm, scaled, topKeys, type Vector } from './vectors.ts';

export interface StoryBookOptions {
  /** An article joins a story only if it falls within this time of the story's articles. */
  windowMs?: number;
  /** Least cosine similarity for an article to join a story. */
  threshold?: number;
  gazetteer?: Gazetteer;
  now?: () => Date;
  /**
   * Keep each article's text (default true). A bot that reads texts from its store sets false,
   * so the book's memory does not grow with the texts: `articles()` then returns them with
   * empty texts (titles, outlets, dates and ids kept).
   */
  keepTexts?: boolean;
}

export interface AddOptions {
  /** The article's analysis, when the caller already has it. */
  analysis?: AnalysedArticle;
  /** When the article arrived; its publication date wins when it has one. */
  receivedAt?: Date;
  /** Put the article in this story (restoring a saved assignment) instead of matching. */
  storyId?: string;
}

export interface AddResult {
  storyId: string;
  created: boolean;
  /** Similarity to the story joined (absent for new or restored stories). */
  similarity?: number;
}

export interface StoryBook {
  add(article: Article, options?: AddOptions): AddResult;
  story(id: string): Story | undefined;
  /** A story's label and key actors, without copying its list of articles (ingest asks after every join). */
  heading(id: string): { label: string; keyActors: string[] } | undefined;
  /** How many articles a story holds: its version, since articles only join. */
  size(id: string): number | undefined;
  storyOf(articleId: string): string | undefined;
  articles(storyId: string): Article[];
  stories(): Story[];
  top(limit: number, now?: Date): Story[];
  find(words: string): StoryMatchResult;
  /**
   * Forgets stories that received no article since `before` (the store still has them), so a
   * bot that runs for months keeps in memory only the stories that are still moving.
   */
  prune(before: Date): number;
  /** How similar the article is to each candidate story, most similar first, without adding it. */
  similarities(article: Article, options?: AddOptions): { storyId: string; similarity: number }[];
}

export const STORY_DEFAULTS = { windowMs: 3 * 86_400_000, threshold: 0.2 };
const ACTORS_PER_ARTICLE = 10;
const TERMS_PER_ARTICLE = 20;
/** Stories each key of a new article brings as candidates: the latest to get the key. */
const POSTINGS_PER_KEY = 64;
/** A key in more stories than that brings only its latest few. */
const POSTINGS_OF_COMMON_KEY = 8;
/** Candidate stories compared exactly with a new article: those sharing the most weight. */
const CANDIDATES = 24;
/** A centroid of up to this many keys has its length worked out exactly at every comparison. */
const EXACT_NORM_KEYS = 512;
/** A bigger centroid's length is worked out again once the book has counted this share more articles. */
const REFRESH_SHARE = 0.05;

export function createStoryBook(options: StoryBookOptions = {}): StoryBook {
  const windowMs = options.windowMs ?? STORY_DEFAULTS.windowMs;
  const threshold = options.threshold ?? STORY_DEFAULTS.threshold;
  const gazetteer = options.gazetteer ?? createGazetteer();
  const now = options.now ?? (() => new Date());
  const keepTexts = options.keepTexts ?? true;
  const records = new Map<string, StoryRecord>();
  const storyOfArticle = new Map<string, string>();
  const df = createDocumentFrequency();
  const matchIndex = createStoryIndex();
  const searchIndex = createStoryIndex();

  const idf = (key: string) => df.idf(key);
  const words = new Map<string, string>();
  const intern = (word: string) => {
    const known = words.get(word);
    if (known !== undefined) return known;
    words.set(word, word);
    return word;
  };

  /** The keys that say most about this article, as a unit vector before rarity weighting. */
  function selectKeys(raw: Vector): Vector {
    const weighted = scaled(raw, idfOnce);
    const keep = new Set([
      ...topKeys(weighted, ACTORS_PER_ARTICLE, isActorKey),
      ...topKeys(weighted, TERMS_PER_ARTICLE, (k) => !isActorKey(k)),
    ]);
    const selected: Vector = new Map([...raw].filter(([k]) => keep.has(k)));
    const length = norm(selected) || 1;
    for (const [k, w] of selected) selected.set(k, w / length);
    return selected;
  }

  // Each key's rarity once per article, not once per candidate story that carries it (one map,
  // emptied for each article: the rarities change as articles are counted).
  const rarity = new Map<string, number>();
  const idfOnce = (key: string) => {
    let value = rarity.get(key);
    if (value === undefined) {
      value = idf(key);
      rarity.set(key, value);
    }
    return value;
  };
  const overlap = new Map<string, number>();

  /**
   * The stories worth an exact cosine: those sharing the article's rarest keys. Each key brings at
   * most the POSTINGS_PER_KEY stories that got it last, a key in more stories than that only its
   * latest few (a word in thousands of stories says little about which one this is), and only the CANDIDATES stories sharing the most weight are kept,
   * so an article costs the same against 10 stories or 10,000.
   */
  function candidatesFor(articleVector: Vector, time: number): StoryRecord[] {
    overlap.clear();
    articleVector.forEach((w, key) => {
      const ids = matchIndex.storiesWith(key);
      const stop = Math.max(0, ids.length - (ids.length <= POSTINGS_PER_KEY ? POSTINGS_PER_KEY : POSTINGS_OF_COMMON_KEY));
      for (let i = ids.length - 1; i >= stop; i--) {
        const id = ids[i]!;
        overlap.set(id, (overlap.get(id) ?? 0) + w * w);
      }
    });
    const inWindow: { record: StoryRecord; shared: number }[] = [];
    overlap.forEach((shared, id) => {
      const record = records.get(id)!;
      if (time >= record.first - windowMs && time <= record.last + windowMs) inWindow.push({ record, shared });
    });
    if (inWindow.length > CANDIDATES) {
      inWindow.sort((a, b) => b.shared - a.shared || (a.record.id < b.record.id ? -1 : 1));
      inWindow.length = CANDIDATES;
    }
    return inWindow.map((c) => c.record);
  }

  /**
   * The centroid's length after rarity weighting. Rarities drift as articles are counted, so the
   * length is worked out again from the whole centroid when the centroid is small (exact), or when
   * the book has counted a REFRESH_SHARE more articles since it was; in between, joins update it
   * key by key (`noteJoin`). A big story's centroid is no longer walked for every candidate article.
   */
  function scaledNormOf(record: StoryRecord): number {
    const counted = df.articles;
    const fresh =
      record.centroid.size > EXACT_NORM_KEYS &&
      record.scaledNormSq !== undefined &&
      counted - record.scaledNormAt! <= REFRESH_SHARE * record.scaledNormAt!;
    if (!fresh) {
      let sum = 0;
      record.centroid.forEach((c, key) => {
        const x = c * idfOnce(key);
        if (x > 0) sum += x * x;
      });
      record.scaledNormSq = sum;
      record.scaledNormAt = counted;
    }
    return Math.sqrt(record.scaledNormSq!);
  }

  /** Keeps a cached centroid length up to date as an article's keys join the centroid. */
  function noteJoin(record: StoryRecord, selected: Vector): void {
    if (record.scaledNormSq === undefined) return;
    let sum = record.scaledNormSq;
    selected.forEach((w, key) => {
      const before = record.centroid.get(key) ?? 0;
      const weight = idfOnce(key);
      sum += ((before + w) ** 2 - before ** 2) * weight * weight;
    });
    record.scaledNormSq = sum;
  }

  /** Candidate stories from the index, within the window, most similar first. */
  function rankCandidates(selected: Vector, time: number): { record: StoryRecord; similarity: number }[] {
    const articleVector = scaled(selected, idfOnce);
    const articleNorm = norm(articleVector);
    const ranked: { record: StoryRecord; similarity: number }[] = [];
    for (const record of candidatesFor(articleVector, time)) {
      let dot = 0;
      articleVector.forEach((w, key) => {
        const c = record.centroid.get(key);
        if (c !== undefined) dot += w * (c * idfOnce(key));
      });
      const denominator = articleNorm * scaledNormOf(record);
      ranked.push({ record, similarity: denominator === 0 ? 0 : dot / denominator });
    }
    return ranked.sort((a, b) => b.similarity - a.similarity || (a.record.id < b.record.id ? -1 : 1));
  }

  function prepare(article: Article, addOptions: AddOptions) {
    rarity.clear();
    const analysis = addOptions.analysis ?? analyseArticle(article, { gazetteer });
    const features = extractFeatures(analysis);
    const raw = rawKeyWeights(features);
    const selected = selectKeys(raw);
    const receivedAt = (addOptions.receivedAt ?? now()).getTime();
    const time = articleTime(article, new Date(receivedAt));
    // A restored article goes back into its story: no need to rank the others.
    const ranked = addOptions.storyId ? [] : rankCandidates(selected, time);
    return { features, raw, selected, time, receivedAt, ranked };
  }

  // `/brief <words>`: readers of one digest ask for the same story together (50 at once), and each
  // search scores every story carrying a word. The answer holds until an article joins a story or
  // a story is pruned, so it is kept for those words until then (a few hundred queries at most).
  const found = new Map<string, StoryMatchResult>();
  const MAX_FOUND = 500;

  function view(id: string): Story | undefined {
    const record = records.get(id);
    return record ? toStory(record) : undefined;
  }

  return {
    add(article, addOptions = {}) {
      const known = storyOfArticle.get(article.id);
      if (known) return { storyId: known, created: false };
      const { features, raw, selected, time, receivedAt, ranked } = prepare(article, addOptions);
      found.clear();
      let record = addOptions.storyId ? records.get(addOptions.storyId) : undefined;
      let similarity: number | undefined;
      const best = ranked[0];
      if (!addOptions.storyId && best && best.similarity >= threshold) ({ record, similarity } = best);
      const created = !record;
      if (!record) {
        record = newRecord(addOptions.storyId ?? storyIdFor(article.id, (id) => records.has(id)));
        records.set(record.id, record);
      }
      noteJoin(record, selected);
      df.add(raw.keys());
      // Keys new to the story go into the indexes (each story once per key).
      const newKeys = [...selected.keys()].filter((key) => !record!.centroid.has(key));
      const newActors = [...features.actors.keys()].filter((name) => !record!.actorNames.has(name));
      const kept = keepTexts ? article : { ...article, text: '' };
      // Each story keeps its own maps of stems and keys; one shared string per distinct word keeps
      // thousands of stories from holding thousands of copies of "glacier".
      const newStems = addToRecord(record, { article: kept, raw: keyWeights(selected, intern), time, receivedAt }, features.searchStems, features.actors.keys(), intern);
      storyOfArticle.set(article.id, record.id);
      for (const key of newKeys) matchIndex.add(key, record.id);
      for (const name of newActors) searchIndex.add(actorKey(name), record.id);
      for (const s of newStems) searchIndex.add(searchStemKey(s), record.id);
      return { storyId: record.id, created, ...(similarity !== undefined ? { similarity } : {}) };
    },
    prune(before) {
      let removed = 0;
      for (const record of [...records.values()]) {
        if (record.lastReceivedAt >= before.getTime()) continue;
        for (const key of record.centroid.keys()) matchIndex.remove(key, record.id);
        for (const name of record.actorNames) searchIndex.remove(actorKey(name), record.id);
        for (const s of record.searchStems.keys()) searchIndex.remove(searchStemKey(s), record.id);
        for (const entry of record.articles) storyOfArticle.delete(entry.article.id);
        records.delete(record.id);
        removed++;
      }
      if (removed > 0) found.clear();
      return removed;
    },
    similarities(article, addOptions = {}) {
      return prepare(article, addOptions).ranked.map(({ record, similarity }) => ({ storyId: record.id, similarity }));
    },
    story: view,
    heading(id) {
      const record = records.get(id);
      return record ? { label: record.label, keyActors: [...record.keyActors] } : undefined;
    },
    size: (id) => records.get(id)?.articles.length,
    storyOf: (articleId) => storyOfArticle.get(articleId),
    articles: (storyId) => records.get(storyId)?.articles.map((a) => a.article) ?? [],
    stories: () => [...records.values()].map(toStory),
    top(limit, at) {
      return rankStories(records.values(), (at ?? now()).getTime(), limit).map(toStory);
    },
    find(words) {
      let result = found.get(words);
      if (!result) {
        const { best, candidates } = findStoryRecord(words, {
          records,
          storiesWith: searchIndex.storiesWith,
          keysStartingWith: searchIndex.keysStartingWith,
          gazetteer,
        });
        result = { ...(best ? { story: toStory(best) } : {}), candidates: candidates.map(toStory) };
        if (found.size >= MAX_FOUND) found.clear();
        found.set(words, result);
      }
      // A fresh list for each caller: one changing its answer changes no other's.
      return { ...result, candidates: [...result.candidates] };
    },
  };
}
