// A deterministic synthetic news corpus for the benchmark: many stories, several outlets each,
// articles of about 5 KB with the features the analysis looks for (titled names, quotes with
// "he said"/"she said", hedges, denials, pending events). Same seed → same text, no network.

import type { Article } from '../src/article.ts';

export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 40 syllables: 64,000 three-syllable words, so that 2,000 stories rarely share an invented name.
const SYLLABLES = [
  'ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'an', 'dri', 'mo', 'ne', 'ssa', 'ul', 'ber', 'cha', 'do', 'fi', 'gan', 'hel', 'ja',
  'ko', 'lin', 'mar', 'nu', 'pe', 'ri', 'sten', 'ta', 'vo', 'wen', 'ya', 'zo', 'bri', 'cas', 'del', 'em', 'gor', 'is', 'lu', 'ost',
];
const PLACES = [
  'Japan', 'India', 'Brazil', 'Kenya', 'Canada', 'Germany', 'Egypt', 'Vietnam', 'Chile', 'Poland', 'Turkey', 'Nigeria',
  'Mexico', 'Peru', 'Ghana', 'Norway', 'Spain', 'Italy', 'Greece', 'Morocco', 'Thailand', 'Indonesia', 'Argentina', 'Colombia',
  'Sweden', 'Finland', 'Ireland', 'Portugal', 'Austria', 'Hungary', 'Romania', 'Ukraine', 'Pakistan', 'Bangladesh', 'Malaysia', 'Ethiopia',
];
const ROLES = ['Foreign Minister', 'Finance Minister', 'Prime Minister', 'Defence Minister', 'President'];
const TOPICS = ['port strike', 'grain deal', 'border talks', 'rail tender', 'water treaty', 'election dispute', 'bank merger', 'fishing quota', 'pipeline project', 'satellite launch'];
const OUTLETS = ['The Daily Lantern', 'Riverside Post', 'The Meridian Times', 'Capital Courier', 'Northgate Herald', 'The Evening Ledger', 'Harbour Wire Service', 'Summit Standard'];
const VERBS = ['discussed', 'criticised', 'welcomed', 'questioned', 'defended', 'reviewed', 'announced', 'opposed'];
const NOUNS = [
  'plan', 'agreement', 'proposal', 'budget', 'timetable', 'inspection', 'report', 'contract', 'tariff', 'reservoir', 'harbour',
  'refinery', 'vaccine', 'curriculum', 'pension', 'subsidy', 'licence', 'railway', 'dam', 'quarry', 'airport', 'hospital',
  'census', 'ceasefire', 'loan', 'bond', 'mine', 'forest', 'canal', 'bridge', 'tunnel', 'satellite', 'reactor', 'turbine',
  'vineyard', 'fishery', 'glacier', 'archive', 'stadium', 'ferry', 'tramway', 'orchard', 'pipeline', 'warehouse', 'shipyard',
];

/** Days the corpus's stories are spread over; the last articles are dated the day after. */
export const SPAN_DAYS = 60;

export interface SyntheticStory {
  id: string;
  topic: string;
  people: { name: string; role: string; place: string; female: boolean }[];
  org: string;
  /** The things this story is about: its own share of the noun list. */
  nouns: string[];
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function word(rand: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += pick(rand, SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function makeStory(rand: () => number, index: number): SyntheticStory {
  const places = [pick(rand, PLACES), pick(rand, PLACES)];
  const people = Array.from({ length: 3 }, () => ({
    name: `${word(rand, 2)} ${word(rand, 3)}`,
    role: pick(rand, ROLES),
    place: pick(rand, places),
    female: rand() < 0.5,
  }));
  const nouns = Array.from({ length: 4 }, () => pick(rand, NOUNS));
  // An invented name in the topic ("the Kalomi grain deal") tells the stories apart, as real
  // stories are told apart by their own people, places and things.
  return { id: `story-${index}`, topic: `${word(rand, 3)} ${pick(rand, TOPICS)}`, people, org: `${word(rand, 3)} Institute`, nouns };
}

function paragraph(rand: () => number, story: SyntheticStory, n: number): string {
  const p = pick(rand, story.people);
  const other = pick(rand, story.people);
  const pronoun = p.female ? 'she' : 'he';
  const surname = p.name.split(' ')[1]!;
  switch (n % 8) {
    case 0:
      return `${p.place} ${p.role} ${p.name} said on Tuesday that the ${story.topic} would be ${pick(rand, VERBS)} by officials from ${other.place} before the end of the month.`;
    case 1:
      return `“We have ${pick(rand, VERBS)} the ${pick(rand, story.nouns)} in detail and we expect a decision soon,” ${surname} told reporters in the capital. “Nothing has been agreed yet.”`;
    case 2:
      return `The ${pick(rand, story.nouns)} has reportedly been delayed by a dispute over costs, and ${other.place} officials are believed to be preparing a new offer.`;
    case 3:
      return `${other.name} denied that the ${story.topic} had been ${pick(rand, VERBS)} in secret, saying every ${pick(rand, story.nouns)} had been published.`;
    case 4:
      return `“This is a matter for both governments and for the people who depend on the ${story.topic},” ${pronoun} said.`;
    case 5:
      return `Analysts at the ${story.org} said the ${pick(rand, story.nouns)} was expected to be signed next week if the final stages of the talks went as planned.`;
    case 6:
      return `${surname} and ${other.name.split(' ')[1]} met for ${2 + Math.floor(rand() * 5)} hours on Monday and ${pick(rand, VERBS)} the ${pick(rand, story.nouns)} line by line, according to a statement released afterwards.`;
    default:
      return `Critics in ${p.place} argued that the ${pick(rand, story.nouns)} had been ${pick(rand, VERBS)} too quickly, while supporters said the ${story.topic} would bring ${100 + Math.floor(rand() * 900)} jobs to the region.`;
  }
}

/**
 * `count` articles spread over `storyCount` stories (default count/5, at least one), each of about `bytes` characters,
 * one at a time, so that a consumer need not hold the whole corpus. Story `s` is dated around
 * day s % 60 from 1 November 2026 (about 30 new stories a day at 10,000 articles, as a bot
 * following many feeds for two months would see); its articles are a day apart at most.
 */
export function* syntheticArticles(
  count: number,
  seed = 20261123,
  bytes = 5000,
  storyCount = Math.max(1, Math.floor(count / 5)),
): Generator<{ article: Article; storyId: string }> {
  const rand = createRandom(seed);
  const stories = Array.from({ length: storyCount }, (_, i) => makeStory(rand, i));
  for (let i = 0; i < count; i++) {
    const storyIndex = i % stories.length;
    const story = stories[storyIndex]!;
    const paragraphs: string[] = [];
    let length = 0;
    for (let n = Math.floor(rand() * 8); length < bytes; n++) {
      const p = paragraph(rand, story, n);
      paragraphs.push(p);
      length += p.length + 2;
    }
    const day = 1 + (storyIndex % SPAN_DAYS) + (Math.floor(i / stories.length) % 2);
    const article: Article = {
      id: `synthetic-${String(i).padStart(5, '0')}`,
      outlet: OUTLETS[i % OUTLETS.length]!,
      title: `${story.topic.charAt(0).toUpperCase()}${story.topic.slice(1)}: talks continue`,
      publishedAt: new Date(Date.UTC(2026, 10, day)).toISOString().slice(0, 10),
      text: paragraphs.join('\n\n'),
    };
    yield { article, storyId: story.id };
  }
}

/** The whole synthetic corpus at once, with the story each article was written for. */
export function syntheticCorpus(count: number, seed = 20261123, bytes = 5000, storyCount?: number): { articles: Article[]; storyOf: Map<string, string> } {
  const articles: Article[] = [];
  const storyOf = new Map<string, string>();
  for (const { article, storyId } of syntheticArticles(count, seed, bytes, storyCount)) {
    articles.push(article);
    storyOf.set(article.id, storyId);
  }
  return { articles, storyOf };
}
