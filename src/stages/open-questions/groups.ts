// One unresolved matter, many clauses: clauses with cues are grouped across sentences and outlets
// by the actors and distinctive words they share. Candidate pairs come from an inverted index
// (never all pairs); groups merge best-first while their average likeness stays high.

import type { Analysis, Mention, Sentence } from '../../analyse/types.ts';
import { comparisonTerms } from '../briefing-scope.ts';
import type { NearDuplicateIndex } from '../near-duplicates.ts';
import { isHeadline } from '../differences/headline.ts';
import { type Clause, type CueKind, clausesOf } from './cues.ts';
import { PairMemo } from './pair-memo.ts';

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
  /** The clause's own words only (no paragraph context): how two clauses of one paragraph compare. */
  ownVector: Map<string, number>;
  ownNorm: number;
  /** Leans on its paragraph ("It had…", a thin or conditional clause): context counts in full. */
  leans: boolean;
  paragraph: number;
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
const CONFIRMATION = /\b(?:confirmed|proven|proved|true|verified|established|substantiated)\b/i;
/** A clause opening on a pronoun, "such" or a bare verb ("had reportedly been…") leans on what came before it. */
const LEANING = /^(?:it|its|they|their|this|that|these|those|he|she|such|the\s+same|had|has|have|was|were|is|are|would|will)\b/i;
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
    for (const s of a.sentences) {
      const list = byParagraph.get(s.paragraph);
      if (list) list.push(s);
      else byParagraph.set(s.paragraph, [s]);
    }
    // What each sentence brings as context to another of its paragraph, worked out once per
    // sentence (a paragraph's every cued clause asks for its neighbours).
    const contextOf = new Map<Sentence, string[]>();
    const contextTerms = (other: Sentence) => {
      let terms = contextOf.get(other);
      if (!terms) {
        const named = a.mentions.filter((m) => m.start >= other.start && m.end <= other.end);
        terms = [...comparisonTerms(withoutNames(a.article.text, other.start, other.end, named)), ...named.map((m) => `@${m.canonical}`)];
        contextOf.set(other, terms);
      }
      return terms;
    };
    for (const sentence of a.sentences) {
      if (isHeadline(a, sentence)) continue;
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
        // A conditional of confirmation is about its condition ("if any link is confirmed"), not what
        // would follow; one awaiting a finding ("would be revoked if investigators found…") is
        // about both, and keeps its whole clause.
        const condition = best.kind === 'conditional' && CONFIRMATION.test(best.markers) ? best.condition : undefined;
        const [ownFrom, ownTo] = condition ? [from - clause.start + condition.start, from - clause.start + condition.end] : [from, to];
        const consequence = condition ? comparisonTerms(clause.text.slice(0, condition.start) + clause.text.slice(condition.end)) : [];
        const inClause = a.mentions.filter((m) => m.start >= ownFrom && m.end <= ownTo);
        const own = new Set([
          ...comparisonTerms(withoutNames(a.article.text, ownFrom, ownTo, inClause)).filter((t) => !cueWords.has(t)),
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
          for (const t of contextTerms(other)) context.add(t);
        }
        const vector = new Map<string, number>();
        // The paragraph says what a thin, leaning ("It had…") or conditional clause is about; a clause
        // that names its own matter only borrows a little, so two matters sharing a paragraph (tests
        // due on Monday, a visit on Tuesday) stay two.
        const leans = own.size < THIN || condition !== undefined || LEANING.test(clause.text);
        const contextWeight = leans ? CONTEXT_WEIGHT : CONTEXT_WEIGHT / 4;
        if (own.size < THIN) for (const t of siblings) if (!cueWords.has(t)) vector.set(t, CONTEXT_WEIGHT * weightOf(t));
        for (const t of context) if (!cueWords.has(t)) vector.set(t, contextWeight * weightOf(t));
        const ownVector = new Map<string, number>();
        // Awaiting a finding, the matter is what would follow ("revoke the permit"); the finding's
        // words ("if investigators found the company ignored warnings") count for half.
        const conditionWords = best.kind === 'conditional' && !condition && best.condition ? new Set(comparisonTerms(clause.text.slice(best.condition.start, best.condition.end))) : new Set<string>();
        // "…in the final stages of preparations for a launch after apparently getting help from
        // Russia": the main claim says what the matter is; a trailing "after/amid/while…" part only
        // adds circumstance, and counts for half.
        const aside = asideTerms(a.article.text.slice(ownFrom, ownTo), inClause, ownFrom);
        const deniers = denierTerms(clause, from, inClause);
        for (const t of own) ownVector.set(t, (eventWords.has(t) || conditionWords.has(t) || aside.has(t) ? 0.5 : 1) * (deniers.has(t) ? DENIER_WEIGHT : 1) * weightOf(t));
        for (const [t, w] of ownVector) vector.set(t, w);
        const norm = Math.sqrt([...vector.values()].reduce((s, w) => s + w * w, 0));
        const ownNorm = Math.sqrt([...ownVector.values()].reduce((s, w) => s + w * w, 0));
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
          ownVector,
          ownNorm,
          leans,
          paragraph: sentence.paragraph,
        });
      }
    }
  });
  return out;
}

/** An organisation that denies counts as little as a person does: it says who denies, not what is denied. */
const DENIER_WEIGHT = 0.4;

/**
 * Organisations and places named ahead of a denial ("Castel Paper’s plant manager … denied that any
 * valve had been disabled"): who denies. Two denials by one company are often two matters, so
 * its name alone must not join them (people already count for little; see termWeights).
 */
function denierTerms(clause: Clause, from: number, mentions: Mention[]): Set<string> {
  const denial = clause.cues.find((c) => c.kind === 'denied');
  if (!denial) return new Set();
  const at = from + denial.at;
  return new Set(mentions.filter((m) => m.kind !== 'person' && m.end <= at).map((m) => `@${m.canonical}`));
}

const ASIDE = /\s(?:after|following|amid|because|while|despite|as\s+part\s+of)\s/i;

/** Words and actors only in a clause's trailing circumstance ("after getting help from Russia"). */
function asideTerms(text: string, mentions: Mention[], offset: number): Set<string> {
  const at = text.search(ASIDE);
  if (at < 0) return new Set();
  const head = new Set(comparisonTerms(text.slice(0, at)));
  const out = new Set(comparisonTerms(text.slice(at)).filter((t) => !head.has(t)));
  const headActors = new Set(mentions.filter((m) => m.end <= offset + at).map((m) => m.canonical));
  for (const m of mentions) if (m.start >= offset + at && !headActors.has(m.canonical)) out.add(`@${m.canonical}`);
  return out;
}

/**
 * The text of [from, to) with people's and organisations' names blanked: they count once, as actors,
 * not as words too ("Castel Paper" twice over would tie its every clause together). Places stay: their
 * words often name the matter ("Gaza", "the Redmoor mill").
 */
function withoutNames(text: string, from: number, to: number, mentions: Mention[]): string {
  let out = '';
  let at = from;
  for (const m of mentions) {
    if (m.kind === 'place' || m.start < at) continue;
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
  // Two clauses of one paragraph share its context trivially: unless one leans on it, only their
  // own words say whether they are one matter.
  if (a.article === b.article && a.paragraph === b.paragraph && !a.leans && !b.leans) return vectorCosine(a.ownVector, a.ownNorm, b.ownVector, b.ownNorm);
  return vectorCosine(a.vector, a.norm, b.vector, b.norm);
}

function vectorCosine(a: Map<string, number>, an: number, b: Map<string, number>, bn: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (an * bn || 1);
}

/** Groups of clause positions (into `clauses`), each one matter. */
export function groupClauses(clauses: CuedClause[], options: GroupOptions = {}): number[][] {
  const mergeAt = options.mergeAt ?? 0.1;
  const maxGroup = options.maxGroup ?? 12;
  // Every pair the candidates were scored on keeps its likeness: merging and settling ask again.
  const sim = new PairMemo(clauses.length * 8);
  const likeness = likenessOf(clauses);
  const edges = candidateEdges(clauses, sim, likeness);
  const groupOf = clauses.map((_, i) => i);
  const members = new Map<number, number[]>(clauses.map((_, i) => [i, [i]]));
  const pairSim = (i: number, j: number) => {
    const first = Math.min(i, j);
    const second = Math.max(i, j);
    let v = sim.get(first, second);
    if (v === undefined) {
      v = likeness.pair(i, j);
      sim.set(first, second, v);
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
  mergeTwoTellings(clauses, members, maxGroup);
  settle(clauses, edges, members, groupOf, pairSim, maxGroup);
  return [...members.values()].map((g) => g.sort((x, y) => x - y));
}

/** A clause moves only when it is this much closer, on average, to another group. */
const CLOSER_BY = 0.05;

/**
 * Best-first merging fixes a clause in the first group it meets; one pass moves each clause to the
 * group it is closest to on average, among the groups of its candidate partners ("South Korea said
 * North Korea was in the final stages of preparations for a launch after getting help from Russia"
 * belongs with the launch, not with the arms deals it touches).
 */
function settle(
  clauses: CuedClause[],
  edges: { i: number; j: number }[],
  members: Map<number, number[]>,
  groupOf: number[],
  pairSim: (i: number, j: number) => number,
  maxGroup: number,
): void {
  const partners: number[][] = clauses.map(() => []);
  for (const { i, j } of edges) {
    partners[i]!.push(j);
    partners[j]!.push(i);
  }
  // groupOf is stale after mergeTwoTellings: rebuild it from the groups.
  for (const [id, g] of members) for (const x of g) groupOf[x] = id;
  const mean = (i: number, g: number[]) => {
    let total = 0;
    let n = 0;
    for (const x of g) {
      if (x === i) continue;
      total += pairSim(i, x);
      n++;
    }
    return n > 0 ? total / n : 0;
  };
  clauses.forEach((_, i) => {
    const home = members.get(groupOf[i]!)!;
    if (home.length < 2) return;
    const here = mean(i, home);
    let best: { id: number; score: number } | undefined;
    for (const id of new Set(partners[i]!.map((j) => groupOf[j]!))) {
      if (id === groupOf[i]) continue;
      const g = members.get(id)!;
      if (g.length >= maxGroup) continue;
      const score = mean(i, g);
      if (score >= here + CLOSER_BY && (!best || score > best.score)) best = { id, score };
    }
    if (!best) return;
    home.splice(home.indexOf(i), 1);
    members.get(best.id)!.push(i);
    groupOf[i] = best.id;
  });
}

/** Shared words (context included) two tellings of one matter need, people left out. */
const TELLINGS_SHARED = 2;

/**
 * One outlet reports a claim and its denial ("an alarm was reportedly dismissed"; "the company
 * denied any alarm was ignored"), another the same matter in other words ("a sensor had allegedly
 * been disabled"; "the director denied it"). Groups from different outlets that each hold a hedge
 * and a denial merge when they share actors or words beyond chance; the candidates come from an
 * inverted index over those groups only.
 */
function mergeTwoTellings(clauses: CuedClause[], members: Map<number, number[]>, maxGroup: number): void {
  const disputed = [...members.entries()].filter(([, g]) => {
    const kinds = new Set(g.flatMap((i) => [...clauses[i]!.kinds]));
    return kinds.has('hedged') && kinds.has('denied');
  });
  if (disputed.length < 2) return;
  const termsOf = (g: number[]) => {
    const out = new Map<string, number>();
    for (const i of g) for (const [t, w] of clauses[i]!.vector) if (!t.startsWith('@') || clauses[i]!.own.has(t)) out.set(t, Math.max(out.get(t) ?? 0, w));
    return out;
  };
  const outletsOf = (g: number[]) => new Set(g.map((i) => clauses[i]!.article));
  const info = new Map(disputed.map(([id, g]) => [id, { terms: termsOf(g), articles: outletsOf(g) }]));
  const postings = new Map<string, number[]>();
  for (const [id, { terms }] of info) {
    for (const t of terms.keys()) {
      const list = postings.get(t);
      if (list) list.push(id);
      else postings.set(t, [id]);
    }
  }
  const pairs: { a: number; b: number; score: number }[] = [];
  for (const [id, { terms, articles }] of info) {
    const shared = new Map<number, number>();
    for (const t of terms.keys()) {
      // A word every disputed group uses says nothing about which two are one matter, and an
      // uncapped list makes this quadratic in a big story.
      const list = postings.get(t)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const other of list) if (other > id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    for (const [other, count] of shared) {
      if (count < TELLINGS_SHARED || sharesAny(articles, info.get(other)!.articles)) continue;
      pairs.push({ a: id, b: other, score: count });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const mergedInto = new Map<number, number>();
  for (const { a, b } of pairs) {
    if (mergedInto.has(a) || mergedInto.has(b)) continue;
    const ga = members.get(a)!;
    const gb = members.get(b)!;
    if (ga.length + gb.length > maxGroup) continue;
    ga.push(...gb);
    members.delete(b);
    mergedInto.set(b, a);
    mergedInto.set(a, a);
  }
}

function sharesAny<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Pairs worth comparing, strongest first: clauses sharing a word that is not everywhere. Each
 * pair's likeness goes into `sim` (keyed (i, j), i < j), as groupClauses reads it.
 */
function candidateEdges(clauses: CuedClause[], sim: PairMemo, likeness: Likeness): { i: number; j: number; w: number }[] {
  // Postings by word number (the clauses' vectors as likeness numbered them), in clause order.
  const postings: number[][] = Array.from({ length: likeness.words }, () => []);
  clauses.forEach((_, i) => {
    for (const id of likeness.wordsOf(i)) postings[id]!.push(i);
  });
  // Which later clauses share a word with clause i: marked with i, so no set is built per clause.
  const markedBy = new Int32Array(clauses.length).fill(-1);
  const edges: { i: number; j: number; w: number }[] = [];
  // Clauses come in order, so each word's postings up to clause i are behind it for good: a cursor
  // per word skips them (they would be passed over, as j <= i, anyway).
  const cursor = new Int32Array(postings.length);
  clauses.forEach((_, i) => {
    const seen: number[] = [];
    for (const id of likeness.wordsOf(i)) {
      const list = postings[id]!;
      if (list.length > MAX_POSTINGS) continue;
      let k = cursor[id]!;
      while (k < list.length && list[k]! <= i) k++;
      cursor[id] = k;
      for (; k < list.length; k++) {
        const j = list[k]!;
        if (markedBy[j] === i) continue;
        markedBy[j] = i;
        seen.push(j);
      }
    }
    const scored = likeness.from(i, seen).map((w, k) => {
      const j = seen[k]!;
      sim.set(i, j, w);
      return { i, j, w };
    });
    scored.sort((x, y) => y.w - x.w || x.j - y.j);
    edges.push(...scored.slice(0, MAX_CANDIDATES));
  });
  return edges.sort((x, y) => y.w - x.w || x.i - y.i || x.j - y.j);
}

/** Word numbers and weights of a clause vector, in the vector's order. */
interface Numbered {
  ids: Int32Array;
  weights: Float64Array;
}

export interface Likeness {
  /** `cosine(clauses[i], clauses[j])`, the same number. */
  pair: (i: number, j: number) => number;
  /** `cosine(clauses[i], clauses[j])` for each j of a list (i meets hundreds of clauses). */
  from: (i: number, others: number[]) => number[];
  /** How many distinct words the vectors hold, numbered from 0. */
  words: number;
  /** The numbers of clause i's vector words, in the vector's order. */
  wordsOf: (i: number) => Int32Array;
}

/**
 * Cosines as `cosine` works them out, the same numbers (the same products summed in the same order,
 * over the smaller vector's words, the first one's on a tie), with every vector numbered once: the
 * larger vector's word positions are spread into an array by word number, and a lookup there is
 * cheaper than in a map. test/cross-outlet/question-groups-likeness.test.ts compares with cosine.
 */
export function likenessOf(clauses: CuedClause[]): Likeness {
  const numbers = new Map<string, number>();
  const numbered = (vector: Map<string, number>): Numbered => {
    const ids = new Int32Array(vector.size);
    const weights = new Float64Array(vector.size);
    let k = 0;
    for (const [t, w] of vector) {
      let id = numbers.get(t);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(t, id);
      }
      ids[k] = id;
      weights[k++] = w;
    }
    return { ids, weights };
  };
  const full = clauses.map((c) => numbered(c.vector));
  const own = clauses.map((c) => numbered(c.ownVector));
  // Position + 1 of each word in a spread vector, 0 for a word it lacks: one array for clause i
  // while `from` runs, one for the other vector of a pair.
  const atFullI = new Int32Array(numbers.size);
  const atOwnI = new Int32Array(numbers.size);
  const atOther = new Int32Array(numbers.size);
  const spread = (into: Int32Array, { ids }: Numbered, clear: boolean) => {
    for (let k = 0; k < ids.length; k++) into[ids[k]!] = clear ? 0 : k + 1;
  };
  // The smaller vector's words in its order, each shared one adding its product, as vectorCosine sums.
  const dot = (small: Numbered, large: Numbered, largeAt: Int32Array) => {
    const { ids, weights } = small;
    const other = large.weights;
    let sum = 0;
    for (let k = 0; k < ids.length; k++) {
      const at = largeAt[ids[k]!]!;
      if (at !== 0) sum += weights[k]! * other[at - 1]!;
    }
    return sum;
  };
  // As cosine: two clauses of one paragraph compare by their own words unless one leans on it.
  const owned = (a: CuedClause, b: CuedClause) => a.article === b.article && a.paragraph === b.paragraph && !a.leans && !b.leans;
  const pair = (i: number, j: number) => {
    const a = clauses[i]!;
    const b = clauses[j]!;
    const byOwn = owned(a, b);
    const x = byOwn ? own[i]! : full[i]!;
    const y = byOwn ? own[j]! : full[j]!;
    const small = x.ids.length <= y.ids.length ? x : y;
    const large = small === x ? y : x;
    spread(atOther, large, false);
    const d = dot(small, large, atOther);
    spread(atOther, large, true);
    return byOwn ? d / (a.ownNorm * b.ownNorm || 1) : d / (a.norm * b.norm || 1);
  };
  const from = (i: number, others: number[]) => {
    const a = clauses[i]!;
    spread(atFullI, full[i]!, false);
    spread(atOwnI, own[i]!, false);
    const out = others.map((j) => {
      const b = clauses[j]!;
      const byOwn = owned(a, b);
      const x = byOwn ? own[i]! : full[i]!;
      const y = byOwn ? own[j]! : full[j]!;
      let d: number;
      if (x.ids.length <= y.ids.length) {
        // i's vector is the smaller one: its words, in its order, looked up in j's.
        spread(atOther, y, false);
        d = dot(x, y, atOther);
        spread(atOther, y, true);
      } else d = dot(y, x, byOwn ? atOwnI : atFullI);
      return byOwn ? d / (a.ownNorm * b.ownNorm || 1) : d / (a.norm * b.norm || 1);
    });
    spread(atFullI, full[i]!, true);
    spread(atOwnI, own[i]!, true);
    return out;
  };
  return { pair, from, words: numbers.size, wordsOf: (i) => full[i]!.ids };
}
