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

const MORE_VERBS = [
  'approved', 'delayed', 'rejected', 'endorsed', 'challenged', 'revised', 'postponed', 'funded', 'audited', 'blocked',
  'suspended', 'extended', 'renegotiated', 'inspected', 'costed', 'drafted', 'amended', 'scrapped', 'backed', 'examined',
];
const ADJECTIVES = [
  'revised', 'provisional', 'disputed', 'long-awaited', 'controversial', 'scaled-back', 'expanded', 'joint', 'regional',
  'temporary', 'second', 'final', 'draft', 'emergency', 'costly', 'modest', 'ambitious', 'delayed', 'secret', 'public',
];
const WHEN = [
  'on Monday', 'on Tuesday', 'late on Wednesday', 'on Thursday morning', 'on Friday', 'over the weekend', 'this week',
  'earlier this month', 'last month', 'in a late-night session', 'after weeks of delay', 'at a news conference',
];
const GROUPS = [
  'farmers', 'dock workers', 'teachers', 'fishing crews', 'small businesses', 'residents', 'lorry drivers', 'nurses',
  'students', 'pensioners', 'shipping firms', 'local councils', 'engineers', 'exporters', 'tour operators', 'miners',
];
const REASONS = [
  'a dispute over costs', 'a shortage of steel', 'objections from the opposition', 'a legal challenge', 'a funding gap',
  'concerns about safety', 'a row over the route', 'missing paperwork', 'a strike at the ministry', 'fresh estimates',
  'pressure from donors', 'a change of government', 'flooding in the north', 'a court ruling', 'an audit',
];
const MONEY = ['million euros', 'million dollars', 'billion pesos', 'million pounds', 'billion yen'];

/** A quote a story's people say, repeated across outlets as real quotes are. */
function quoteFor(rand: () => number, story: SyntheticStory): string {
  return `We have ${pick(rand, [...VERBS, ...MORE_VERBS])} the ${pick(rand, ADJECTIVES)} ${pick(rand, story.nouns)} and we expect a decision ${pick(rand, WHEN)}`;
}

/**
 * One paragraph of 1–3 sentences from many templates and slots, so that nearly every sentence is
 * new (real news has about 78% distinct sentences; the corpus is measured in the benchmark), while
 * a story's quotes recur across its outlets.
 */
function paragraph(rand: () => number, story: SyntheticStory, n: number, quotes: string[]): string {
  const sentences: string[] = [];
  const count = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) sentences.push(sentence(rand, story, n + i, quotes));
  return sentences.join(' ');
}

function sentence(rand: () => number, story: SyntheticStory, n: number, quotes: string[]): string {
  const p = pick(rand, story.people);
  const other = pick(rand, story.people);
  const pronoun = p.female ? 'she' : 'he';
  const surname = p.name.split(' ')[1]!;
  const verb = () => pick(rand, rand() < 0.5 ? VERBS : MORE_VERBS);
  const thing = () => `${pick(rand, ADJECTIVES)} ${pick(rand, story.nouns)}`;
  const amount = () => `${(1 + rand() * 900).toFixed(1)} ${pick(rand, MONEY)}`;
  switch (n % 14) {
    case 0:
      return `${p.place} ${p.role} ${p.name} said ${pick(rand, WHEN)} that the ${story.topic} would be ${verb()} by officials from ${other.place} before ${pick(rand, ['the end of the month', 'the summer', 'the next summit', 'the budget vote', 'the elections'])}.`;
    case 1: {
      // A story's own quotes: three in four are one already said (another outlet carried it).
      const q = quotes.length > 0 && rand() < 0.75 ? pick(rand, quotes) : quoteFor(rand, story);
      if (!quotes.includes(q)) quotes.push(q);
      return `“${q},” ${surname} told reporters ${pick(rand, ['in the capital', 'outside parliament', 'in a radio interview', 'at the port', 'on a visit to the site'])}.`;
    }
    case 2:
      return `The ${thing()} has reportedly been ${pick(rand, ['delayed', 'held up', 'stalled', 'slowed'])} by ${pick(rand, REASONS)}, and ${other.place} officials are believed to be preparing ${pick(rand, ['a new offer', 'a counter-proposal', 'fresh guarantees', 'a smaller plan'])}.`;
    case 3:
      return `${other.name} denied that the ${thing()} had been ${verb()} in secret, saying ${pick(rand, ['every document', 'each draft', 'the full costing', 'the minutes'])} had been published ${pick(rand, WHEN)}.`;
    case 4:
      return `“This is a matter for both governments and for the ${pick(rand, GROUPS)} who depend on the ${story.topic},” ${pronoun} said ${pick(rand, WHEN)}.`;
    case 5:
      return `Analysts at the ${story.org} said the ${thing()} was expected to be ${pick(rand, ['signed', 'approved', 'published', 'put to a vote'])} ${pick(rand, ['next week', 'within days', 'by the end of the year', 'in the spring'])} if ${pick(rand, ['the talks went as planned', 'the courts allowed it', 'donors kept their promises', 'parliament agreed'])}.`;
    case 6:
      return `${surname} and ${other.name.split(' ')[1]} met for ${2 + Math.floor(rand() * 9)} hours ${pick(rand, WHEN)} and ${verb()} the ${thing()} line by line, according to ${pick(rand, ['a statement released afterwards', 'two people present', 'an official summary', 'the ministry'])}.`;
    case 7:
      return `Critics in ${p.place} argued that the ${thing()} had been ${verb()} too quickly, while supporters said the ${story.topic} would bring ${100 + Math.floor(rand() * 9000)} jobs to ${pick(rand, ['the region', 'the coast', 'the capital', 'the border towns', 'the valley'])}.`;
    case 8:
      return `The ${thing()} is expected to cost ${amount()}, ${pick(rand, ['up from', 'down from', 'against', 'compared with'])} an earlier estimate of ${amount()}.`;
    case 9:
      return `${pick(rand, GROUPS).replace(/^./, (c) => c.toUpperCase())} in ${pick(rand, [p.place, other.place])} ${pick(rand, ['protested', 'marched', 'petitioned the ministry', 'went on strike', 'held a vigil'])} ${pick(rand, WHEN)} over ${pick(rand, REASONS)}.`;
    case 10:
      return `It was not clear whether ${other.name} would attend ${pick(rand, ['the next round', 'the signing', 'the hearing', 'the summit', 'the inspection'])}, which ${pick(rand, ['may be', 'could be', 'is likely to be'])} held in ${pick(rand, [p.place, other.place])} ${pick(rand, ['next month', 'in the autumn', 'after the holidays', 'within weeks'])}.`;
    case 11:
      return `According to ${pick(rand, ['documents seen by this newspaper', 'a leaked draft', 'two officials', 'a parliamentary report', 'the auditors'])}, the ${thing()} ${pick(rand, ['includes', 'leaves out', 'caps', 'doubles'])} ${pick(rand, ['compensation for', 'a levy on', 'guarantees for', 'training for'])} ${pick(rand, GROUPS)}.`;
    case 12:
      return `${p.role} ${surname}'s office said ${pick(rand, WHEN)} that ${Math.floor(2 + rand() * 40)} ${pick(rand, ['inspectors', 'lawyers', 'engineers', 'advisers', 'observers'])} had been sent to ${pick(rand, [p.place, other.place])} to review the ${thing()}.`;
    default:
      return `${pick(rand, ['Turnout', 'Opposition', 'Support', 'Resistance', 'Interest'])} ${pick(rand, ['fell', 'rose', 'held steady', 'surged', 'faded'])} ${pick(rand, WHEN)} after ${p.name} ${verb()} the ${thing()} in front of ${pick(rand, GROUPS)}.`;
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
  const quotes = stories.map((): string[] => []);
  for (let i = 0; i < count; i++) {
    const storyIndex = i % stories.length;
    const story = stories[storyIndex]!;
    const paragraphs: string[] = [];
    let length = 0;
    for (let n = Math.floor(rand() * 14); length < bytes; n += 3) {
      const p = paragraph(rand, story, n, quotes[storyIndex]!);
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
