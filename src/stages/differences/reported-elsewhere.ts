// Whether another outlet reports what a sentence says, in any wording. Near-duplicates and close
// paraphrases are in the shared index already; this catches the looser ones ("The council voted to
// close the Eastbrook branch" / "Eastbrook's branch will shut after councillors backed the
// closure"): most of the sentence's weight — its actors, its rarer words, its numbers — is found in
// one sentence of another outlet, or in two neighbouring ones. A sentence naming an actor no other
// outlet names at all always brings something of its own.

import type { Analysis } from '../../analyse/types.ts';
import type { NearDuplicateIndex } from '../near-duplicates.ts';
import { detailsIn } from './details.ts';

/** Share of a sentence's weight another outlet's telling must hold for the fact to be reported there. */
const COVERED = 0.5;
/** Fewer shared items than this is chance, not the same fact. */
const MIN_SHARED = 3;
/** Neighbours of a sentence looked at, at most (the index keeps a bounded list, strongest first). */
const MAX_CANDIDATES = 24;

/** Canonical names of the actors each sentence names (same order as `index.refs`), found in one walk per article. */
export function sentenceActors(analysis: Analysis, index: NearDuplicateIndex): string[][] {
  const out: string[][] = index.refs.map(() => []);
  const refsOf: number[][] = analysis.articles.map(() => []);
  index.refs.forEach((ref, i) => {
    refsOf[ref.article]!.push(i);
  });
  analysis.articles.forEach((a, article) => {
    const mentions = [...a.mentions].sort((x, y) => x.start - y.start);
    const refs = [...refsOf[article]!].sort((x, y) => index.refs[x]!.sentence.start - index.refs[y]!.sentence.start);
    let m = 0;
    for (const i of refs) {
      const { start, end } = index.refs[i]!.sentence;
      while (m < mentions.length && mentions[m]!.start < start) m++;
      const names = new Set<string>();
      for (let k = m; k < mentions.length && mentions[k]!.start < end; k++) if (mentions[k]!.end <= end) names.add(mentions[k]!.canonical);
      out[i] = [...names];
    }
  });
  return out;
}

/** A test, per sentence, of whether another outlet reports what it says. */
export function reportedElsewhere(index: NearDuplicateIndex, actors: string[][]): (i: number) => boolean {
  const actorOutlets = new Map<string, Set<string>>();
  const actorSentences = new Map<string, number>();
  actors.forEach((names, i) => {
    const outlet = index.outletOf(index.refs[i]!.article);
    for (const name of names) {
      const set = actorOutlets.get(name);
      if (set) set.add(outlet);
      else actorOutlets.set(name, new Set([outlet]));
      actorSentences.set(name, (actorSentences.get(name) ?? 0) + 1);
    }
  });
  const n = Math.max(index.refs.length, 1);
  // Numbers are the surest sign of one fact told twice ("2 million pounds" / "a 2 million pound gap").
  const numbers = (j: number) => detailsIn(index.refs[j]!.sentence.text).filter((d) => d.since === undefined).map((d) => `#${d.kind}:${d.value}`);
  const numberWeight = Math.log(1 + n);
  const actorWeight = (name: string) => Math.log(1 + n / (actorSentences.get(name) ?? 1));
  // Position of each sentence among its article's, to find the one before and after.
  const byArticle = new Map<number, number[]>();
  index.refs.forEach((ref, i) => {
    const list = byArticle.get(ref.article);
    if (list) list.push(i);
    else byArticle.set(ref.article, [i]);
  });
  const position = new Map<number, { list: number[]; at: number }>();
  for (const list of byArticle.values()) {
    list.sort((x, y) => index.refs[x]!.sentence.start - index.refs[y]!.sentence.start);
    for (const [at, i] of list.entries()) position.set(i, { list, at });
  }

  return (i) => {
    const ref = index.refs[i]!;
    const outlet = index.outletOf(ref.article);
    if (actors[i]!.some((name) => actorOutlets.get(name)!.size === 1 && index.outletCount > 1)) return false;
    const items: [string, number][] = [
      ...[...ref.tokens].map((t) => [t, index.idf(t)] as [string, number]),
      ...actors[i]!.map((a) => [`@${a}`, actorWeight(a)] as [string, number]),
      ...numbers(i).map((k) => [k, numberWeight] as [string, number]),
    ];
    const total = items.reduce((s, [, w]) => s + w, 0);
    if (total === 0) return false;
    const covers = (others: number[]) => {
      const have = new Set<string>();
      for (const j of others) {
        for (const t of index.refs[j]!.tokens) have.add(t);
        for (const a of actors[j]!) have.add(`@${a}`);
        for (const k of numbers(j)) have.add(k);
      }
      let shared = 0;
      let count = 0;
      for (const [t, w] of items) {
        if (!have.has(t)) continue;
        shared += w;
        count++;
      }
      return count >= MIN_SHARED && shared / total >= COVERED;
    };
    for (const { ref: j } of index.neighbours[i]!.slice(0, MAX_CANDIDATES)) {
      if (index.outletOf(index.refs[j]!.article) === outlet) continue;
      if (covers([j])) return true;
      // A fact told over two sentences in the other outlet.
      const { list, at } = position.get(j)!;
      if ((at > 0 && covers([list[at - 1]!, j])) || (at + 1 < list.length && covers([j, list[at + 1]!]))) return true;
    }
    return false;
  };
}

const GREETING =
  /^(?:[A-Z][A-Z .'-]+:\s*)?(?:thanks\b|thank\s+you|good\s+(?:morning|afternoon|evening|day)\b|welcome\s+(?:back|to|everyone|everybody)\b|you['’]re\s+welcome|hello\b|hi\b|my\s+pleasure|(?:it['’]s\s+)?(?:great|good|nice|glad)\s+to\s+(?:be|see|have)\b|(?:it['’]s\s+a\s+)?pleasure\s+to\b)/i;
/** A bare reply: only as the whole sentence ("Yes.", "All right, sir."). */
const REPLY = /^(?:[A-Z][A-Z .'-]+:\s*)?(?:yes|no|sure|okay|ok|right|all\s+right|absolutely|of\s+course|indeed)\b[\s,\p{L}]{0,12}[.!?]?$/iu;

/** A transcript's greetings and turn-taking ("Thank you, Mr Secretary.", "Good morning."): no fact of anyone's. */
export function isPleasantry(sentence: string): boolean {
  const text = sentence.replace(/^[“"‘']+/u, '').replace(/[”"’']+$/u, '').trim();
  return (text.split(/\s+/).length <= 12 && GREETING.test(text)) || REPLY.test(text);
}
