// Open questions: what the articles leave unresolved. Clauses with hedges, denials, pending events
// or conditionals (open-question-cues) are grouped into one matter each across sentences and
// outlets (open-question-groups), worded as a topic and a plain question (open-question-wording),
// and ranked by how central the matter is to the story.

import type { Analysis, Sentence } from '../../analyse/types.ts';
import type { Evidence, OpenQuestion, OpenQuestionKind } from '../../briefing.ts';
import { capitalisedNames } from '../differences/labels.ts';
import { centrality } from '../key-points/key-points.ts';
import { indexSentences, type NearDuplicateIndex } from '../near-duplicates.ts';
import { type CueKind, cueOf } from './cues.ts';
import { type CuedClause, cosine, cuedClauses, groupClauses } from './groups.ts';
import { wordMatter } from './wording.ts';
import { comparisonTerms } from '../briefing-scope.ts';

export type { CueKind };
export { cueOf };

export interface OpenQuestionOptions {
  index?: NearDuplicateIndex;
  /** At most this many questions (default 6). */
  max?: number;
  /** At least this many when the articles have any cue at all (default 2). */
  min?: number;
  /** Word every eligible matter, as before matters were selected first (the reference tests compare with). */
  wordEveryMatter?: boolean;
}

/** A matter needs one clause at least this sure to be a question on its own. */
const OPEN_ENOUGH = 0.6;
/** A weaker matter may still fill the list up to its minimum from this strength on. */
const FILL_ENOUGH = 0.5;
/** Clauses weaker than this ("would think") are not evidence of anything open. */
const CONSIDERED = 0.4;

interface Matter {
  clauses: CuedClause[];
  score: number;
}

export function findOpenQuestions(analysis: Analysis, options: OpenQuestionOptions = {}): OpenQuestion[] {
  const index = options.index ?? indexSentences(analysis);
  const max = options.max ?? 6;
  const min = Math.min(options.min ?? 2, max);
  const clauses = cuedClauses(analysis, index, CONSIDERED);
  if (clauses.length === 0) return [];
  const central = centrality(index);
  const top = Math.max(...central, 1e-9);
  const matters: Matter[] = groupClauses(clauses).map((g) => {
    const group = g.map((i) => clauses[i]!);
    return { clauses: group, score: matterScore(group, index, (ref) => (ref >= 0 ? central[ref]! / top : 0)) };
  });
  matters.sort((a, b) => b.score - a.score || firstStart(a) - firstStart(b));
  const isStrong = (m: Matter) => Math.max(...m.clauses.map((c) => c.strength)) >= OPEN_ENOUGH;
  // Filling up to the minimum takes only matters with some real doubt in them ("according to"),
  // never a bare "if" or "would".
  const eligible = ownSentences(matters.filter((m) => Math.max(...m.clauses.map((c) => c.strength)) >= FILL_ENOUGH));
  const actorKind = new Map(analysis.articles.flatMap((a) => a.mentions.map((m) => [m.canonical, m.kind] as const)));
  const names = capitalisedNames(analysis);
  const strong: OpenQuestion[] = [];
  const weak: OpenQuestion[] = [];
  // Wording is the costly step (a full parse per clause), so only matters that can still reach the
  // list are worded: strong ones until `max` are worded, weak ones until they fill up to `min` with
  // the strong ones so far (more strong ones later only shorten the weak ones' share). The result is
  // the same as wording every eligible matter.
  const every = options.wordEveryMatter === true;
  for (const m of eligible) {
    if (!every && strong.length >= max) break;
    const list = isStrong(m) ? strong : weak;
    if (list === strong ? strong.length >= max : strong.length + weak.length >= Math.max(min, max) || (!every && weak.length >= min - strong.length)) continue;
    const question = toQuestion(m, analysis, index, { actorKind, names });
    // A weak matter fills the list only with a question shaped by its cue, never a statement turned round.
    if (question && !(list === weak && question.plain)) list.push(question.question);
  }
  return onceEach([...strong, ...weak.slice(0, Math.max(0, min - strong.length))]);
}

/**
 * Each sentence is evidence of one matter: when clauses of one sentence sit in several matters
 * ("weapons have reportedly appeared in Gaza, and the allies condemned the flow of arms to
 * Russia"), the sentence stays with the matter holding its most telling clause (the higher-ranked
 * one on a tie) and leaves the others. A matter left with nothing is dropped.
 */
function ownSentences(ranked: Matter[]): Matter[] {
  const owner = new Map<string, { rank: number; strength: number }>();
  ranked.forEach((m, rank) => {
    for (const c of m.clauses) {
      const key = `${c.article}:${c.sentence.index}`;
      const prev = owner.get(key);
      if (!prev || c.strength > prev.strength) owner.set(key, { rank, strength: c.strength });
    }
  });
  return ranked
    .map((m, rank) => ({ ...m, clauses: m.clauses.filter((c) => owner.get(`${c.article}:${c.sentence.index}`)!.rank === rank) }))
    .filter((m) => m.clauses.length > 0);
}

/** A sentence brought in as context ("If any link is confirmed…" brings the one before) is listed once, under the first question. */
function onceEach(questions: OpenQuestion[]): OpenQuestion[] {
  const seen = new Set<string>();
  return questions
    .map((q) => ({
      ...q,
      evidence: q.evidence.filter((e) => {
        const key = `${e.articleId}:${e.start}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    }))
    .filter((q) => q.evidence.length > 0);
}

/** Central subject first: evidence central in the story, carried by more outlets, stated more surely. */
function matterScore(group: CuedClause[], index: NearDuplicateIndex, centralityOf: (ref: number) => number): number {
  const outlets = new Set(group.map((c) => index.outletOf(c.article))).size;
  const outletShare = index.outletCount > 1 ? (outlets - 1) / (index.outletCount - 1) : 0;
  const centralness = Math.max(...group.map((c) => centralityOf(c.ref)));
  const strength = Math.max(...group.map((c) => c.strength));
  const kinds = new Set(group.flatMap((c) => [...c.kinds])).size;
  // A claim met by a denial is the plainest open matter there is.
  const contested = group.some((c) => c.kinds.has('hedged') && c.strength >= 0.8) && group.some((c) => c.kinds.has('denied')) ? 1 : 0;
  return (
    0.3 * centralness +
    0.15 * outletShare +
    0.35 * strength +
    0.05 * Math.min(1, group.length / 4) +
    0.05 * Math.min(1, kinds / 3) +
    0.1 * contested
  );
}

function firstStart(m: Matter): number {
  return Math.min(...m.clauses.map((c) => c.article * 1e9 + c.sentence.start));
}

function toQuestion(
  matter: Matter,
  analysis: Analysis,
  index: NearDuplicateIndex,
  { actorKind, names }: { actorKind: Map<string, 'person' | 'organization' | 'place'>; names: Set<string> },
): { question: OpenQuestion; plain: boolean } | undefined {
  // A word matters to the matter by its rarity in the story and, more than linearly, by how many
  // of the matter's clauses use it.
  const frequency = new Map<string, number>();
  for (const c of matter.clauses) for (const t of c.own) if (!t.startsWith('@')) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const salience = new Map([...frequency].map(([t, n]) => [t, n * n * index.idf(t)] as const));
  const wording = wordMatter(matter.clauses, { salience, actorKind, names, idf: index.idf });
  if (!wording) return undefined;
  const { topic, question, plain } = wording;
  const evidence = evidenceOf(matter.clauses, analysis);
  const outlets = new Set(aboutTheQuestion(matter.clauses, question).map((c) => index.outletOf(c.article)));
  const kinds = orderKinds(new Set(matter.clauses.flatMap((c) => [...c.kinds])));
  return {
    plain,
    question: {
      topic,
      question,
      evidence,
      kinds,
      ...(outlets.size === 1 && index.outletCount > 1 ? { singleSource: true } : {}),
    },
  };
}

/**
 * The clauses that speak to the question asked: sharing one of its words (a name counts by its
 * words). Only they say how many outlets report the matter; a clause joined through context alone
 * is no second source.
 */
function aboutTheQuestion(clauses: CuedClause[], question: string): CuedClause[] {
  const asked = new Set(comparisonTerms(question));
  const speaks = clauses.filter((c) =>
    [...c.own].some((t) => (t.startsWith('@') ? comparisonTerms(t.slice(1)).some((w) => asked.has(w)) : asked.has(t))),
  );
  if (speaks.length === 0) return clauses;
  // Also about it: a firm claim or denial grouped with it (another outlet's telling in its own
  // words), or a clause close to one that speaks to the question. Groups are small (≤ 12).
  return clauses.filter(
    (c) =>
      speaks.includes(c) ||
      (c.strength >= 0.8 && (c.kinds.has('hedged') || c.kinds.has('denied'))) ||
      speaks.some((d) => cosine(c, d) >= 0.15),
  );
}

const KIND_ORDER: OpenQuestionKind[] = ['hedged', 'denied', 'pending', 'conditional'];

function orderKinds(kinds: Set<CueKind>): OpenQuestionKind[] {
  return KIND_ORDER.filter((k) => kinds.has(k));
}

/**
 * Each evidence sentence once, in story order. A conditional or a clause too thin to read alone
 * ("If any link is confirmed…") brings the sentence before it in its paragraph, which says what
 * it is about.
 */
function evidenceOf(clauses: CuedClause[], analysis: Analysis): Evidence[] {
  const picked = new Map<string, { article: number; sentence: Sentence }>();
  const add = (article: number, sentence: Sentence) => picked.set(`${article}:${sentence.index}`, { article, sentence });
  for (const c of clauses) {
    add(c.article, c.sentence);
    const leans = c.kinds.has('conditional') || c.own.size < 4;
    const before = analysis.articles[c.article]!.sentences[c.sentence.index - 1];
    if (leans && before && before.paragraph === c.sentence.paragraph) add(c.article, before);
  }
  return [...picked.values()]
    .sort((a, b) => a.article - b.article || a.sentence.start - b.sentence.start)
    .map(({ sentence }) => ({ articleId: sentence.articleId, text: sentence.text, start: sentence.start, end: sentence.end }));
}
