// One unresolved matter, many clauses: clauses with cues are grouped across sentences and outlets
// by the actors and distinctive words they share. Candidate pairs come from an inverted index
// (never all pairs); groups merge best-first while their average likeness stays high.

import type { Analysis, Mention, Sentence } from '../analyse/types.ts';
import { comparisonTerms } from '../text/normalize.ts';
import type { NearDuplicateIndex } from './near-duplicates.ts';
import { type Clause, type CueKind, clausesOf } from './open-question-cues.ts';

export interface CuedClause {
  /** Position of the article in the analysis. */
  article: number;
  /** Position of the sentence in `index.refs`. */
  ref: number;
  sentence: Sentence;
  clause: Clause;
  strength: number;
  kinds: Set<CueKind>;
  /** Words (stemmed) and actors ("@North Korea") of the clause: what it is about. */
  own: Set<string>;
  vector: Map<string, number>;
  norm: number;
}

export interface GroupOptions {
  /** Clauses whose strongest cue is weaker than this are not considered (default 0.4). */
  minStrength?: number;
  /** Average cosine two groups need to merge (default 0.1). */
  mergeAt?: number;
  /** Largest group; a matter with more evidence than this is several matters (default 12). */
  maxGroup?: number;
}

const CONTEXT_WEIGHT = 0.4;
/** A clause with fewer own words than this borrows its sentence's other clauses as context. */
const THIN = 4;
const MAX_POSTINGS = 60;
const MAX_CANDIDATES = 20;

/** Every clause with a cue, with the words and actors it is about. */
export function cuedClauses(analysis: Analysis, index: NearDuplicateIndex, minStrength = 0.4): CuedClause[] {
  const out: CuedClause[] = [];
  const refOf = new Map(index.refs.map((r, i) => [`${r.article}:${r.sentence.index}`, i]));
  const weightOf = termWeights(analysis, index);
  analysis.articles.forEach((a, article) => {
    const byParagraph = new Map<number, Sentence[]>();
    for (const s of a.sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
    for (const sentence of a.sentences) {
      const clauses = clausesOf(sentence.text);
      for (const clause of clauses) {
        const best = clause.cues[0];
        if (!best || best.strength < minStrength) continue;
        const from = sentence.start + clause.start;
        const to = sentence.start + clause.end;
        // Words of hedges and denials say how, not what ("denied" joins nothing); a pending
        // event's words ("launch attempt", "preparing") do say what, so they stay, at half weight.
        const cueWords = new Set(clause.cues.filter((c) => c.kind !== 'pending').flatMap((c) => comparisonTerms(c.markers)));
        const eventWords = new Set(clause.cues.filter((c) => c.kind === 'pending').flatMap((c) => comparisonTerms(c.markers)));
        // A conditional is about its condition ("if any link is confirmed"), not what would follow.
        const condition = best.kind === 'conditional' ? best.condition : undefined;
        const [ownFrom, ownTo] = condition ? [from - clause.start + condition.start, from - clause.start + condition.end] : [from, to];
        const consequence = condition ? comparisonTerms(clause.text.slice(0, condition.start) + clause.text.slice(condition.end)) : [];
        const inClause = a.mentions.filter((m) => m.start >= ownFrom && m.end <= ownTo);
        const own = new Set([
          ...comparisonTerms(withoutPeople(a.article.text, ownFrom, ownTo, inClause)).filter((t) => !cueWords.has(t)),
          ...inClause.map((m) => `@${m.canonical}`),
        ]);
        // The rest of the paragraph says what "any link" or "they" refers to. The sentence's other
        // clauses are often another matter: they count only for a clause too thin to stand alone
        // ("but has not said when they will arrive").
        const siblings = new Set<string>(consequence);
        for (const other of clauses) if (other !== clause) for (const t of comparisonTerms(other.text)) siblings.add(t);
        const context = new Set<string>();
        for (const other of byParagraph.get(sentence.paragraph) ?? []) {
          if (other === sentence) continue;
          const named = a.mentions.filter((m) => m.start >= other.start && m.end <= other.end);
          for (const t of comparisonTerms(withoutPeople(a.article.text, other.start, other.end, named))) context.add(t);
          for (const m of named) context.add(`@${m.canonical}`);
        }
        const vector = new Map<string, number>();
        if (own.size < THIN) for (const t of siblings) if (!cueWords.has(t)) vector.set(t, CONTEXT_WEIGHT * weightOf(t));
        for (const t of context) if (!cueWords.has(t)) vector.set(t, CONTEXT_WEIGHT * weightOf(t));
        for (const t of own) vector.set(t, (eventWords.has(t) ? 0.5 : 1) * weightOf(t));
        const norm = Math.sqrt([...vector.values()].reduce((s, w) => s + w * w, 0));
        out.push({
          article,
          ref: refOf.get(`${article}:${sentence.index}`) ?? -1,
          sentence,
          clause,
          strength: best.strength,
          kinds: new Set(clause.cues.filter((c) => c.strength >= minStrength).map((c) => c.kind)),
          own,
          vector,
          norm,
        });
      }
    }
  });
  return out;
}

/** The text of [from, to) with people's names blanked: they count once, as actors, not as words too. */
function withoutPeople(text: string, from: number, to: number, mentions: Mention[]): string {
  let out = '';
  let at = from;
  for (const m of mentions) {
    if (m.kind !== 'person' || m.start < at) continue;
    out += `${text.slice(at, m.start)} `;
    at = m.end;
  }
  return out + text.slice(at, to);
}

/** Words weigh by their rarity across sentences; actors likewise, by the sentences naming them. */
function termWeights(analysis: Analysis, index: NearDuplicateIndex): (term: string) => number {
  const df = new Map<string, number>();
  let sentences = 0;
  for (const a of analysis.articles) {
    let m = 0;
    for (const s of a.sentences) {
      sentences++;
      const named = new Set<string>();
      while (m < a.mentions.length && a.mentions[m]!.start < s.end) {
        if (a.mentions[m]!.start >= s.start) named.add(a.mentions[m]!.canonical);
        m++;
      }
      for (const name of named) df.set(name, (df.get(name) ?? 0) + 1);
    }
  }
  // People count for less than places and organisations: they are mostly who said it, not what.
  const kindOf = new Map(analysis.articles.flatMap((a) => a.mentions.map((m) => [m.canonical, m.kind] as const)));
  return (term) => {
    if (!term.startsWith('@')) return index.idf(term);
    const name = term.slice(1);
    return (kindOf.get(name) === 'person' ? 0.4 : 1) * Math.log(1 + sentences / (df.get(name) ?? 1));
  };
}

export function cosine(a: CuedClause, b: CuedClause): number {
  const [small, large] = a.vector.size <= b.vector.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.vector) {
    const v = large.vector.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm || 1);
}

/** Groups of clause positions (into `clauses`), each one matter. */
export function groupClauses(clauses: CuedClause[], options: GroupOptions = {}): number[][] {
  const mergeAt = options.mergeAt ?? 0.1;
  const maxGroup = options.maxGroup ?? 12;
  const edges = candidateEdges(clauses);
  const groupOf = clauses.map((_, i) => i);
  const members = new Map<number, number[]>(clauses.map((_, i) => [i, [i]]));
  const sim = new Map<number, number>();
  const pairSim = (i: number, j: number) => {
    const key = Math.min(i, j) * clauses.length + Math.max(i, j);
    let v = sim.get(key);
    if (v === undefined) {
      v = cosine(clauses[i]!, clauses[j]!);
      sim.set(key, v);
    }
    return v;
  };
  for (const { i, j } of edges) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    if (a.length + b.length > maxGroup) continue;
    let total = 0;
    for (const x of a) for (const y of b) total += pairSim(x, y);
    if (total / (a.length * b.length) < mergeAt) continue;
    for (const y of b) groupOf[y] = gi;
    a.push(...b);
    members.delete(gj);
  }
  return [...members.values()].map((g) => g.sort((x, y) => x - y));
}

/** Pairs worth comparing, strongest first: clauses sharing a word that is not everywhere. */
function candidateEdges(clauses: CuedClause[]): { i: number; j: number; w: number }[] {
  const postings = new Map<string, number[]>();
  clauses.forEach((c, i) => {
    for (const t of c.vector.keys()) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const edges: { i: number; j: number; w: number }[] = [];
  clauses.forEach((c, i) => {
    const seen = new Set<number>();
    for (const t of c.vector.keys()) {
      const list = postings.get(t)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) if (j > i) seen.add(j);
    }
    const scored = [...seen].map((j) => ({ i, j, w: cosine(c, clauses[j]!) }));
    scored.sort((x, y) => y.w - x.w || x.j - y.j);
    edges.push(...scored.slice(0, MAX_CANDIDATES));
  });
  return edges.sort((x, y) => y.w - x.w || x.i - y.i || x.j - y.j);
}
