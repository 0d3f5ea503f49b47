// Where outlets report opposite stances of the same actor on the same act: one has the minister
// "confirm" the closure, another "deny" it; one has her "strongly support a ceasefire", another
// "call for humanitarian pauses" (a ceasefire and a pause are not the same demand). Each sentence
// yields its stances (actor, verb class, what the verb is about); stances are bucketed by actor,
// so only one actor's stances are ever compared, and only across outlets.

import type { Analysis } from '../../analyse/types.ts';
import type { Disagreement } from '../../briefing.ts';
import { comparisonTerms } from '../briefing-scope.ts';
import type { NearDuplicateIndex } from '../near-duplicates.ts';
import { sentenceActors } from './reported-elsewhere.ts';

type Polarity = 'support' | 'oppose' | 'confirm' | 'deny';

const VERBS: [Polarity, RegExp][] = [
  ['confirm', /\b(?:confirm(?:s|ed|ing)?|acknowledg(?:es|ed|ing)|admit(?:s|ted|ting)?)\b/gi],
  ['deny', /\b(?:den(?:y|ies|ied|ying)|refut(?:es|ed|ing))\b/gi],
  ['support', /\b(?:(?:strongly\s+)?support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:es|ed|ing)|favou?r(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|welcom(?:es|ed|ing))\b/gi],
  ['oppose', /\b(?:oppos(?:es|ed|ing)|reject(?:s|ed|ing)?|veto(?:es|ed)?|condemn(?:s|ed|ing)?|(?:is|was|are|were)\s+against)\b/gi],
];
/** A cheap look for any stance verb before the patterns and the actor lookup run. */
const ANY_VERB = /\b(?:confirm|acknowledg|admit|den[yi]|refut|support|back|endors|favou?r|call|urg|demand|welcom|oppos|reject|veto|condemn|against)/i;
const OPPOSITE: Record<Polarity, Polarity> = { support: 'oppose', oppose: 'support', confirm: 'deny', deny: 'confirm' };

/** Demands of different strength for one act: asking for the one is not asking for the other. */
const SCALES: (readonly string[])[] = [
  comparisonTerms('ceasefire ceasefires cease-fire truce armistice'),
  comparisonTerms('pause pauses lull'),
];
const OBJECT_WORDS = 6;
/** Sentences about the same act share this much of their words at least. */
const SAME_ACT = 0.12;
const MAX_BUCKET = 40;

interface Stance {
  ref: number;
  actor: string;
  polarity: Polarity;
  /** The verb and what follows it, verbatim, as the outlet put it. */
  phrase: string;
  object: Set<string>;
}

export function stanceDisagreements(analysis: Analysis, index: NearDuplicateIndex): Disagreement[] {
  const actors = sentenceActors(analysis, index);
  const byActor = new Map<string, Stance[]>();
  index.refs.forEach((ref, i) => {
    for (const stance of stancesIn(ref.sentence.text, i, actors[i]!, analysis, ref.article, ref.sentence.start)) {
      const list = byActor.get(stance.actor);
      if (list) list.push(stance);
      else byActor.set(stance.actor, [stance]);
    }
  });
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (const [actor, list] of byActor) {
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        const x = list[p]!;
        const y = list[q]!;
        if (index.outletOf(index.refs[x.ref]!.article) === index.outletOf(index.refs[y.ref]!.article)) continue;
        const key = `${Math.min(x.ref, y.ref)}:${Math.max(x.ref, y.ref)}`;
        if (seen.has(key) || !contradicts(x, y) || index.cosine(x.ref, y.ref) < SAME_ACT) continue;
        seen.add(key);
        out.push({
          about: `What ${actor} said: “${x.phrase}” or “${y.phrase}”`,
          versions: [x, y].map((s) => {
            const sentence = index.refs[s.ref]!.sentence;
            return { articleId: sentence.articleId, text: sentence.text, start: sentence.start, end: sentence.end };
          }),
        });
      }
    }
  }
  return out;
}

function contradicts(x: Stance, y: Stance): boolean {
  const shared = [...x.object].filter((t) => y.object.has(t));
  if (OPPOSITE[x.polarity] === y.polarity) return shared.length > 0;
  if (x.polarity !== 'support' || y.polarity !== 'support') return false;
  // Both ask for something about the same act, but not the same thing: a ceasefire, a pause.
  const scale = (s: Stance) => SCALES.findIndex((words) => words.some((w) => s.object.has(w)));
  const a = scale(x);
  const b = scale(y);
  return a >= 0 && b >= 0 && a !== b && !SCALES[a]!.some((w) => y.object.has(w)) && !SCALES[b]!.some((w) => x.object.has(w));
}

/**
 * The stances of one sentence: a stance verb, the sentence's first actor named before it (its
 * subject, "Park said he joined … in urging…"), and the words after it.
 */
function stancesIn(text: string, ref: number, names: string[], analysis: Analysis, article: number, offset: number): Stance[] {
  if (names.length === 0 || !ANY_VERB.test(text)) return [];
  const mentions = analysis.articles[article]!.mentions.filter((m) => m.start >= offset && m.end <= offset + text.length && m.kind !== 'place');
  const quoted = [...text.matchAll(/[“"][^”"]*[”"]?/gu)].map((q) => [q.index, q.index + q[0].length] as const);
  const out: Stance[] = [];
  for (const [polarity, re] of VERBS) {
    for (const m of text.matchAll(re)) {
      const subject = mentions.find((x) => x.end - offset <= m.index);
      if (!subject) continue;
      // Someone else's stance reported in a quote is not the actor's.
      if (quoted.some(([from, to]) => m.index > from && m.index < to)) continue;
      const after = text.slice(m.index).split(/[,;:.]/)[0]!.split(/\s+/).slice(0, OBJECT_WORDS + 1).join(' ');
      const object = new Set(comparisonTerms(after.slice(m[0].length)));
      if (object.size === 0) continue;
      out.push({ ref, actor: subject.canonical, polarity, phrase: after.trim(), object });
    }
  }
  return out;
}
