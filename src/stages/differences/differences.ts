// How the outlets differ. Per article, what only it reports: sentences no other outlet carries in
// any wording, grouped into topics (sentences close on the similarity graph, or next to each other
// in a paragraph), ranked by salience and named briefly ("G7 foreign ministers; Hamas; protesters").
// (Where they disagree on a checkable detail is disagreements.ts.)

import type { Analysis } from '../../analyse/types.ts';
import type { Difference, OnlyHere } from '../../briefing.ts';
import { comparisonTerms } from '../briefing-scope.ts';
import { centrality } from '../key-points/key-points.ts';
import { indexSentences, type NearDuplicateIndex } from '../near-duplicates.ts';
import { balanced, isCleanTopic } from '../open-questions/quality.ts';
import { isHeadline } from './headline.ts';
import { capitalisedNames, nounPhrases } from './labels.ts';
import { isPleasantry, reportedElsewhere, sentenceActors } from './reported-elsewhere.ts';

export interface DifferenceOptions {
  index?: NearDuplicateIndex;
  /** Sentences listed per article, at most (default 8: two for each of the few topics). */
  perArticle?: number;
  /** Topics per article, at most (default 5: the few most salient things only this outlet reports). */
  maxTopics?: number;
}

/** Average closeness at which only-here sentences of one article are one topic. */
const SAME_TOPIC = 0.1;
const PARAGRAPH_BONUS = 0.1;
/** The next paragraph naming the same actor often goes on with the same matter (a quote, then the denial it drew). */
const NEXT_PARAGRAPH_BONUS = 0.08;
const MAX_TOPIC = 8;
/** Sentences of one topic listed, at most. */
const PER_TOPIC = 2;

interface Topic {
  refs: number[];
  salience: number;
  label?: string;
}

export function findDifferences(analysis: Analysis, options: DifferenceOptions = {}): Difference[] {
  if (analysis.articles.length < 2) return [];
  const index = options.index ?? indexSentences(analysis);
  if (index.outletCount < 2) return [];
  const perArticle = options.perArticle ?? 8;
  const maxTopics = options.maxTopics ?? 5;
  const outletsOfTerm = termOutlets(index);
  const actors = sentenceActors(analysis, index);
  const salienceOf = sentenceSalience(analysis, index, outletsOfTerm, actors);
  const capitals = capitalisedNames(analysis);
  const elsewhere = reportedElsewhere(index, actors);
  // Each article's sentences, once: the story is walked once, not once per article.
  const refsOf: number[][] = analysis.articles.map(() => []);
  index.refs.forEach((ref, i) => {
    refsOf[ref.article]!.push(i);
  });

  return analysis.articles.map((a, article) => {
    const only = refsOf[article]!.filter((i) => {
      const ref = index.refs[i]!;
      return index.paraphrases[i]!.length === 0 && ref.tokens.size >= 4 && !isHeadline(a, ref.sentence) && !isPleasantry(ref.sentence.text) && !elsewhere(i);
    });
    const topics = topicsOf(only, index, actors)
      .map((refs): Topic => ({ refs, salience: topicSalience(refs, salienceOf) }))
      .sort((x, y) => y.salience - x.salience || x.refs[0]! - y.refs[0]!)
      .slice(0, maxTopics);
    const used = new Set<string>();
    const spread = new Map<string, number>();
    for (const topic of topics) for (const t of new Set(topic.refs.flatMap((i) => [...index.refs[i]!.tokens]))) spread.set(t, (spread.get(t) ?? 0) + 1);
    const names = (i: number) => {
      const { start, end } = index.refs[i]!.sentence;
      return a.mentions.filter((m) => m.start >= start && m.end <= end && m.kind !== 'person').map((m) => m.text);
    };
    // Every topic's best sentence first, then second-best ones…: the few sentences listed cover as
    // many distinct details as they can, listed topic by topic.
    const ranked = topics.map((topic) => [...topic.refs].sort((x, y) => salienceOf[y]! - salienceOf[x]! || x - y).slice(0, PER_TOPIC));
    const picked = new Set<number>();
    for (let round = 0; round < PER_TOPIC && picked.size < perArticle; round++) {
      for (const refs of ranked) if (refs[round] !== undefined && picked.size < perArticle) picked.add(refs[round]!);
    }
    // A label is read off the sentences shown, not the whole topic: only they are parsed.
    topics.forEach((topic, t) => {
      const shown = ranked[t]!.filter((i) => picked.has(i));
      topic.label = labelOf({ ...topic, refs: shown }, index, { outletsOfTerm, spread, topics: topics.length, names, capitals }, article, used);
    });
    const onlyHere: OnlyHere[] = [];
    topics.forEach((topic, t) => {
      for (const i of ranked[t]!.filter((i) => picked.has(i)).sort((x, y) => x - y)) {
        const s = index.refs[i]!.sentence;
        onlyHere.push({ text: s.text, start: s.start, end: s.end, ...(topic.label ? { label: topic.label } : {}) });
      }
    });
    const labels = topics.map((t) => t.label).filter((l): l is string => Boolean(l));
    return { articleId: a.article.id, onlyHere, ...(labels.length > 0 ? { labels } : {}) };
  });
}

/**
 * What an only-here sentence is worth: what it alone brings — the (rarity-weighted) share of its
 * words no other outlet uses, and actors no other outlet names — then centrality, actors named,
 * and a little for ledes. A distinct finding late in a story ("divers recovered a rudder") must
 * not lose to the tenth sentence about the harbour everyone describes.
 */
function sentenceSalience(analysis: Analysis, index: NearDuplicateIndex, outletsOfTerm: Map<string, Set<string>>, actorsOf: string[][]): number[] {
  const central = centrality(index);
  const top = Math.max(...central, 1e-9);
  const actorOutlets = new Map<string, Set<string>>();
  analysis.articles.forEach((a, article) => {
    for (const m of a.mentions) actorOutlets.set(m.canonical, (actorOutlets.get(m.canonical) ?? new Set()).add(index.outletOf(article)));
  });
  return index.refs.map((ref, i) => {
    const outlet = index.outletOf(ref.article);
    const actors = new Set(actorsOf[i]);
    const ownActors = [...actors].filter((name) => actorOutlets.get(name)!.size === 1 && index.outletCount > 1).length;
    let all = 0;
    let own = 0;
    for (const t of ref.tokens) {
      const w = index.idf(t);
      all += w;
      if (onlyIn(outletsOfTerm.get(t), outlet)) own += w;
    }
    const exclusive = all > 0 ? own / all : 0;
    return (
      0.6 * (central[i]! / top) + 1.2 * exclusive + 0.25 * Math.min(ownActors, 2) + 0.1 * Math.min(actors.size, 4) + 0.2 * Math.exp(-ref.sentence.index / 6)
    );
  });
}

function topicSalience(refs: number[], salienceOf: number[]): number {
  const values = refs.map((i) => salienceOf[i]!).sort((a, b) => b - a);
  // The best sentence decides; a big topic gains a little, never enough to crowd out a distinct one.
  return values[0]! + 0.1 * Math.min(values.slice(1).reduce((s, v) => s + v, 0), values[0]! * 2);
}

/**
 * Only-here sentences of one article grouped into topics, average-link: the closest pairs on the
 * graph merge first, and two topics merge only while their sentences stay close on average, so a
 * sentence touching everything ("Park said he joined Blinken and the G7…") does not chain them all.
 * Neighbours in one paragraph count as closer.
 */
function topicsOf(only: number[], index: NearDuplicateIndex, actors: string[][]): number[][] {
  const set = new Set(only);
  const closeness = (a: number, b: number) => {
    const x = index.refs[a]!;
    const y = index.refs[b]!;
    const next = x.article === y.article && Math.abs(a - b) === 1;
    const sameParagraph = x.sentence.paragraph === y.sentence.paragraph;
    const bonus = !next ? 0 : sameParagraph ? PARAGRAPH_BONUS : actors[a]!.some((name) => actors[b]!.includes(name)) ? NEXT_PARAGRAPH_BONUS : 0;
    return index.cosine(a, b) + bonus;
  };
  const edges: { a: number; b: number; w: number }[] = [];
  for (const i of only) {
    for (const e of index.neighbours[i]!) if (e.ref > i && set.has(e.ref)) edges.push({ a: i, b: e.ref, w: closeness(i, e.ref) });
    if (set.has(i + 1) && !index.neighbours[i]!.some((e) => e.ref === i + 1)) edges.push({ a: i, b: i + 1, w: closeness(i, i + 1) });
  }
  edges.sort((x, y) => y.w - x.w || x.a - y.a || x.b - y.b);
  const topicOf = new Map(only.map((i) => [i, i]));
  const members = new Map(only.map((i) => [i, [i]]));
  for (const { a, b } of edges) {
    const ta = topicOf.get(a)!;
    const tb = topicOf.get(b)!;
    if (ta === tb) continue;
    const x = members.get(ta)!;
    const y = members.get(tb)!;
    if (x.length + y.length > MAX_TOPIC) continue;
    let total = 0;
    for (const p of x) for (const q of y) total += closeness(p, q);
    if (total / (x.length * y.length) < SAME_TOPIC) continue;
    for (const q of y) topicOf.set(q, ta);
    x.push(...y);
    members.delete(tb);
  }
  return [...members.values()].map((m) => m.sort((p, q) => p - q));
}

/** Which outlets use each word: a label should name what the others do not mention at all. */
function termOutlets(index: NearDuplicateIndex): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const ref of index.refs) {
    const outlet = index.outletOf(ref.article);
    for (const t of ref.tokens) {
      const set = out.get(t);
      if (set) set.add(outlet);
      else out.set(t, new Set([outlet]));
    }
  }
  return out;
}

interface LabelContext {
  outletsOfTerm: Map<string, Set<string>>;
  /** In how many of the article's only-here topics each word appears. */
  spread: Map<string, number>;
  topics: number;
  /** Names of places and organisations in a sentence ("G7", "Hamas"): labels too. */
  names: (ref: number) => string[];
  /** Words the articles capitalise mid-sentence, whose capitals a label keeps. */
  capitals: ReadonlySet<string>;
}

/**
 * The topic's most telling noun phrase: words frequent in the topic, rare in the outlet's other
 * topics and in the story, and used by no other outlet weigh most; a name ("G7") a little more.
 */
function labelOf(topic: Topic, index: NearDuplicateIndex, context: LabelContext, article: number, used: Set<string>): string | undefined {
  const outlet = index.outletOf(article);
  const inTopic = new Map<string, number>();
  for (const i of topic.refs) for (const t of index.refs[i]!.tokens) inTopic.set(t, (inTopic.get(t) ?? 0) + 1);
  const weight = (t: string) => {
    const tf = inTopic.get(t) ?? 0;
    if (tf === 0) return 0;
    const elsewhere = !onlyIn(context.outletsOfTerm.get(t), outlet);
    const topicRarity = Math.log(1 + context.topics / (context.spread.get(t) ?? 1));
    return tf * topicRarity * index.idf(t) * (elsewhere ? 0.25 : 1);
  };
  let best: { text: string; score: number } | undefined;
  for (const i of topic.refs) {
    const candidates = [...nounPhrases(index.refs[i]!.sentence.text, context.capitals), ...context.names(i).map((text) => ({ text, quoted: false }))];
    for (const { text: phrase, quoted } of candidates) {
      const terms = comparisonTerms(phrase);
      const key = terms.join(' ');
      if (terms.length === 0 || used.has(key) || !isLabel(phrase)) continue;
      // The head noun names the thing ("protesters"); its modifiers only narrow it.
      const named = /^[A-Z0-9]/.test(phrase) ? 1.3 : 1;
      // "final stages", "reports", "attempt" say how a thing stands, not what it is.
      const head = weight(terms[terms.length - 1]!) * (HOW_WORDS.has(terms[terms.length - 1]!) ? 0.3 : 1);
      const modifiers = terms.slice(0, -1).reduce((s, t) => s + weight(t), 0);
      const score = (quoted ? 0.5 : 1) * named * (head + 0.5 * modifiers);
      if (!best || score > best.score) best = { text: phrase, score };
    }
  }
  if (!best) return undefined;
  used.add(comparisonTerms(best.text).join(' '));
  return best.text;
}

const HOW_WORDS = new Set(comparisonTerms('stage stages attempt attempts report reports claim claims question questions preparation preparations plan plans effort efforts way time part concern concerns thing things matter issue'));

/** A thing's name, not a verb's tail ("urging humanitarian") or a cut-off phrase. */
function isLabel(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (/ing$/i.test(words[0]!) && !/^[A-Z]/.test(words[0]!)) return false;
  if (/^(?:both|either|neither|reason|more|most|less|much|move|another|same)\b/i.test(phrase)) return false;
  // A count of something ("6,000 people") names a detail well.
  const count = /^\d[\d,.]*\s+\p{L}+$/u.test(phrase);
  return (count || isCleanTopic(phrase)) && balanced(phrase) && !/^[-–—’'"“”]|[-–—“"]$/u.test(phrase) && !/^(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)$/.test(phrase);
}

/** True when no outlet but `outlet` is in the set (or the set is empty), without copying it. */
function onlyIn(outlets: Iterable<string> | undefined, outlet: string): boolean {
  if (!outlets) return true;
  for (const o of outlets) if (o !== outlet) return false;
  return true;
}
