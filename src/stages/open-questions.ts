// Open questions: what the articles leave unresolved — hedged claims, denials, pending events,
// conditionals — grouped into one question per matter by the distinctive words they share.

import type { Analysis, Sentence } from '../analyse/types.ts';
import type { Evidence, OpenQuestion } from '../briefing.ts';
import { contentTokens } from '../text/normalize.ts';

export type CueKind = 'hedged' | 'denied' | 'pending' | 'conditional';

const CUES: [CueKind, RegExp][] = [
  ['denied', /\b(den(y|ies|ied|ial)|rejected|rejects|disputes?d?|refuted|dismissed)\b/i],
  ['conditional', /\bif\b[^.]*\b(confirmed|proven|true|verified)\b/i],
  ['hedged', /\b(reportedly|is believed to|are believed to|apparently|allegedly|alleged|unconfirmed|appears? to|is said to|according to (?:some|unnamed|reports))\b/i],
  ['pending', /\b(preparing to|plans? to|planning to|expected to|will (?:include|hold|decide|vote|launch)|attempts?|final stages|yet to|pending|not yet)\b/i],
];

export function cueOf(sentence: string): CueKind | undefined {
  return CUES.find(([, re]) => re.test(sentence))?.[0];
}

interface Cued {
  articleIndex: number;
  sentence: Sentence;
  kind: CueKind;
  terms: Set<string>;
}

export interface OpenQuestionOptions {
  max?: number;
}

export function findOpenQuestions(analysis: Analysis, options: OpenQuestionOptions = {}): OpenQuestion[] {
  const df = new Map<string, number>();
  const all = analysis.articles.flatMap((a) => a.sentences);
  for (const s of all) for (const t of new Set(contentTokens(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
  // Words in most sentences (the story's main actors) do not tell one matter from another.
  const common = (t: string) => (df.get(t) ?? 0) > Math.max(3, all.length * 0.15);

  const cued: Cued[] = [];
  analysis.articles.forEach((a, articleIndex) => {
    for (const sentence of a.sentences) {
      const kind = cueOf(sentence.text);
      if (!kind) continue;
      cued.push({ articleIndex, sentence, kind, terms: new Set(contentTokens(sentence.text).filter((t) => !common(t))) });
    }
  });

  const groups: Cued[][] = [];
  for (const c of cued) {
    const home = groups.find((g) => g.some((o) => sharedCount(o.terms, c.terms) >= 2));
    if (home) home.push(c);
    else groups.push([c]);
  }
  const outletCount = (g: Cued[]) => new Set(g.map((c) => analysis.articles[c.articleIndex]!.article.outlet)).size;
  return groups
    .map((g) => ({ g, weight: g.length + outletCount(g) }))
    .sort((x, y) => y.weight - x.weight)
    .slice(0, options.max ?? 4)
    .map(({ g }) => toQuestion(g, analysis, df));
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

function toQuestion(group: Cued[], analysis: Analysis, df: Map<string, number>): OpenQuestion {
  const tf = new Map<string, number>();
  for (const c of group) for (const t of c.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const topic = [...tf.entries()]
    .sort((a, b) => b[1] - a[1] || (df.get(b[0]) ?? 0) - (df.get(a[0]) ?? 0))
    .slice(0, 2)
    .map(([t]) => t)
    .join(' ');
  const evidence: Evidence[] = group.map((c) => ({
    articleId: c.sentence.articleId,
    text: c.sentence.text,
    start: c.sentence.start,
    end: c.sentence.end,
  }));
  const kinds = new Set(group.map((c) => c.kind));
  const question = kinds.has('denied')
    ? `Is the claim about ${topic} true, given the denial?`
    : kinds.has('pending')
      ? `What will happen with ${topic}?`
      : `Is the report about ${topic} confirmed?`;
  const outlets = new Set(group.map((c) => analysis.articles[c.articleIndex]!.article.outlet));
  return {
    topic: topic.charAt(0).toUpperCase() + topic.slice(1),
    question,
    evidence,
    ...(outlets.size === 1 && analysis.articles.length > 1 ? { singleSource: true } : {}),
  };
}
