// Words for one open matter: a short noun-phrase topic ("North Korea's launch attempt") and a plain
// question composed from the evidence's own clauses ("Will North Korea make a third launch
// attempt?"). Templates only rearrange what a source said; when none fits, a generic question
// about the topic stands in rather than a guess.

import { comparisonTerms } from '../briefing-scope.ts';
import {
  bare,
  type Composed,
  capitalise,
  infinitive,
  inQuestion,
  isPlural,
  mainPart,
  render,
  resolvePronouns,
  splitSubject,
  stripAttribution,
  withoutAsides,
  yesNo,
} from './grammar.ts';
import { nounPhrases } from '../differences/labels.ts';
import type { CuedClause } from './groups.ts';
import { balanced, isCleanQuestion, isCleanSubject, isCleanTopic, isRolePhrase, withoutTrailingAttribution } from './quality.ts';

export interface Wording {
  topic: string;
  question: string;
  /** The question only turns one clause's statement round: too weak to fill the list with. */
  plain: boolean;
}

export interface WordingContext {
  /** How much each stemmed word matters to this matter (group frequency × rarity). */
  salience: Map<string, number>;
  /** Words the articles capitalise mid-sentence: names, whose capitals a question keeps. */
  names: ReadonlySet<string>;
  /** Rarity of a stemmed word across the story's sentences. */
  idf: (term: string) => number;
  /** Canonical actor names and their kinds, for labels. */
  actorKind: Map<string, 'person' | 'organization' | 'place'>;
}

interface Candidate extends Composed {
  clause: CuedClause;
  /** Composed from an "if … confirmed" clause: fine alone, too vague as a second facet. */
  conditional?: boolean;
  /** The subject does not own the matter ("urged Congress to pass the package"). */
  ownerless?: boolean;
  /** The clause's own statement turned into a question: a fallback below every shaped template. */
  plain?: boolean;
  terms: Set<string>;
  weight: number;
}

const MAX_QUESTION = 150;
/** Words a question's frame brings, which say nothing about whether two facets are one matter. */
const FACET_FILLER = new Set(comparisonTerms('will did does do is are was were has have had there be been any deny denied'));

/**
 * The matter's topic and question, or nothing when no clause can be worded as a question of its
 * own: a generic wrapper ("Is what is reported about X confirmed?") says nothing the evidence does
 * not, so the matter is left out instead.
 */
export function wordMatter(group: CuedClause[], context: WordingContext): Wording | undefined {
  const candidates = group.flatMap((c) => composeFrom(c, context));
  candidates.sort((a, b) => b.weight - a.weight || a.clause.sentence.start - b.clause.sentence.start);
  const primary = candidates[0];
  if (!primary) return undefined;
  const topic = topicOf(group, context, primary);
  if (!topic) return undefined;
  return { topic, question: withFacet(primary, candidates.slice(1), context), plain: Boolean(primary.plain) };
}

/** Every question one clause supports, weighted by its cue and by the matter's words it covers. */
function composeFrom(clause: CuedClause, context: WordingContext): Candidate[] {
  // "According to the Tribune, X is believed to…": the source goes before asides are cut, or the
  // cut would take the claim for an aside.
  const raw = bare(clause.clause.text);
  const according = ACCORDING.exec(raw);
  const text = withSubject(withoutAsides(according ? raw.slice(according[0].length) : raw), clause);
  const attributed = stripAttribution(text);
  const speaker = according ? according[1]! : attributed.speaker;
  const rest = according ? text : attributed.rest;
  const out: Composed[] = [];
  const split = splitSubject(rest);
  // "The inspectorate has said its full report…": the possessive is the speaker's.
  const parts =
    split && speaker && isActorLike(speaker) && /^(?:its|their)\b/i.test(split.subject) ? { ...split, subject: resolvePronouns(split.subject, speaker) } : split;
  // "Such a case would be…", "It is due…": a subject leaning on another sentence asks nothing alone.
  const subject = parts && !ANAPHORIC_SUBJECT.test(parts.subject) ? parts.subject : undefined;
  const owner = subject ?? (parts && speaker && isActorLike(speaker) ? speaker : undefined);
  const body = parts?.rest ?? '';

  // "S is (believed to be) preparing to VP", "S plans to VP", "S is expected to VP", "S will VP".
  const pending =
    /^(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:(?:believed|thought|said|reported|understood|expected)\s+to\s+be\s+)?(?:preparing|planning|poised|set|due|expected|scheduled|slated|likely|going|about)\s+to\s+(.+)$/i.exec(body) ??
    /^(?:plans?|planned|intends?|intended|aims?|vows?|vowed|threatens?|threatened|prepares?|hopes?)\s+to\s+(.+)$/i.exec(body) ??
    /^(?:will|would)\s+(?!be\s+\w+(?:ant|ent|ful|ous|ive|ible|able|al)\b)(.+)$/i.exec(body);
  if (owner && pending) {
    const vp = mainPart(pending[1]!);
    if (vp) out.push({ lead: 'Will', subject: inQuestion(owner), body: vp });
  }
  // "S urged Congress to pass the aid package": will Congress pass it?
  const urged = /\b(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|pressed|presses|pressing|appealed\s+to)\s+((?:[\w’'.-]+\s+){1,4}?)to\s+(?!be\b)(.+)$/i.exec(rest);
  if (urged && !/^(?:it|them|him|her|us|me|you)\s*$/i.test(urged[1]!.trim())) {
    const vp = mainPart(urged[2]!);
    const who = urged[1]!.trim().replace(/\s+(?:on|this|last|next|earlier|later)\s+\w+$/i, '');
    // Congress decides on the package; it is not Congress's package: no owner in the topic.
    if (vp) out.push({ lead: 'Will', subject: inQuestion(who), body: vp, ownerless: true } as Composed);
  }
  // "The Post reported that the package could be split in two": could it?
  const reportedThat = /\b(?:reported|reports|report)\s+that\s+(.+)$/i.exec(rest);
  if (reportedThat) {
    const q = yesNo(reportedThat[1]!);
    if (q) out.push({ ...q, ownerless: true } as Composed);
  }
  // "S's attempt to VP" anywhere in the clause.
  const attempt = /\b([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,3})[’']s\s+(?:attempt|bid|plan|effort)\s+to\s+(.+)$/u.exec(rest);
  if (attempt) {
    const vp = mainPart(attempt[2]!.replace(/\s+and\s+(?:urged|called|asked|said)\b.*$/i, ''));
    if (vp) out.push({ lead: 'Will', subject: attempt[1]!, body: vp });
  }
  // "S is in the final stages of preparations for NP".
  const stages = /\bin\s+the\s+final\s+stages?\s+of\s+(?:preparations?\s+(?:for|to)\s+)?(.+)$/i.exec(body);
  if (owner && stages) {
    const np = mainPart(stages[1]!);
    if (np) out.push({ lead: 'Will', subject: inQuestion(owner), body: `go ahead with ${np}` });
  }
  // "S has reportedly VPed", "S is believed to have VPed / to be VPing".
  const believed = /^(is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|said|reported|alleged|suspected|understood)\s+to\s+(be|have)\s+(.+)$/i.exec(body);
  if (owner && believed && !pending) {
    const plural = /^(?:are|were)$/i.test(believed[1]!);
    const lead = believed[2]!.toLowerCase() === 'have' ? (plural ? 'Have' : 'Has') : capitalise(believed[1]!.toLowerCase());
    const vp = mainPart(believed[3]!);
    if (vp) out.push({ lead, subject: inQuestion(owner), body: vp });
  }
  if (owner && /^(?:is|are|was|were|has|have|had)\s+(?:reportedly|allegedly|apparently|purportedly)\b/i.test(body)) {
    const q = yesNo(`${owner} ${body}`);
    if (q) out.push(q);
  }
  // "… after apparently getting help from Russia": is the subject getting it?
  const gerund = /\b(?:apparently|reportedly|allegedly)\s+(\w+ing)\s+(.+)$/i.exec(body);
  if (owner && gerund) {
    const tail = mainPart(gerund[2]!);
    if (tail) out.push({ lead: isPlural(owner) ? 'Are' : 'Is', subject: inQuestion(owner), body: `${gerund[1]!.toLowerCase()} ${tail}` });
  }
  // Denials: "S denied (reports that) CLAUSE", "S denied VPing", "S denied any NP".
  const denial = /^(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|rejected|rejects|disputed|disputes|dismissed)\s+(.+)$/i.exec(body);
  if (owner && denial) out.push(...fromDenial(owner, denial[1]!));
  // "If any link is confirmed": will it be?
  const condition = /\b(?:if|once)\s+(.+?)\s+(?:is|are|was|were)\s+(confirmed|proven|verified|established|substantiated)\b/i.exec(rest);
  if (condition && !/^(?:it|they|this|that)$/i.test(condition[1]!)) {
    out.push({ lead: 'Will', subject: inQuestion(condition[1]!), body: `be ${condition[2]!.toLowerCase()}`, conditional: true } as Composed);
  }
  // "The question is why nobody acted sooner."
  const why = /\bquestion\s+(?:is|was|remains)\s+(why|whether|how|when|who)\s+(.+)$/i.exec(rest);
  if (why) {
    const q = yesNo(why[2]!);
    if (q) out.push({ ...q, lead: why[1]!.toLowerCase() === 'whether' ? q.lead : `${capitalise(why[1]!.toLowerCase())} ${q.lead.toLowerCase()}` });
  }
  // "Results of tests on the wells are due later this week": what will they show?
  const awaited = /^(?:(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:expected|due)|will\s+take)\b/i.exec(body);
  if (subject && awaited && AWAITED_RESULT.test(subject)) out.push({ lead: 'What will', subject: inQuestion(subject), body: 'show' });
  // Any other clause: the plain yes/no question of its subject and predicate, hedges dropped
  // ("A meeting could take place in June if…" → "Could a meeting take place in June?").
  if (subject && !quoted(clause) && !/^(?:if|when|unless|whether|because|although|though|while|once|as)\b/i.test(rest)) {
    // `rest` was parsed for its subject just above.
    const plain = yesNo(rest, { parsed: true });
    // A matter still to come asks about the future: "Did Democrats assemble in Iowa…?" from an
    // "upcoming election" restates a fact.
    const pastOfPending = clause.clause.cues[0]?.kind === 'pending' && /^(?:Did|Was|Were|Had)$/.test(plain?.lead ?? '');
    if (plain && !ANAPHORIC_SUBJECT.test(plain.subject) && !pastOfPending) out.push({ ...plain, plain: true } as Composed);
  }
  return out
    .map((q) => ({ ...q, subject: inQuestion(q.subject, context.names), body: withoutTrailingAttribution(q.body) }))
    .filter((q) => render(q).length <= MAX_QUESTION && !/\b(?:I|we|you|me|us)\b/.test(`${q.subject} ${q.body}`) && isCleanSubject(q.subject) && isCleanQuestion(render(q)))
    .map((q) => {
      const terms = new Set(comparisonTerms(`${q.subject} ${q.body}`));
      const covered = [...terms].reduce((s, t) => s + (context.salience.get(t) ?? 0), 0);
      const shape = (q as Partial<Candidate>).conditional ? 0.5 : (q as Partial<Candidate>).plain ? 0.6 : 1;
      return { ...q, clause, terms, weight: clause.strength * covered * shape };
    });
}

/** Someone's quoted words: a source for the matter, but their sentence is not ours to rephrase. */
function quoted(clause: CuedClause): boolean {
  return /^[“"‘']/.test(clause.sentence.text) || /^[“"‘']/.test(clause.clause.text);
}

const ACCORDING = /^according\s+to\s+([^,]{2,60}),\s+(?=\S)/i;

const ANAPHORIC_SUBJECT = /^(?:it|they|he|she|this|that|these|those|such\b.*|the\s+same\b.*|(?:his|her|their|its)\b.*|said\b.*|what|who|which|there|here|one|nobody|none|neither\b.*)$/i;
const AWAITED_RESULT = /\b(?:results?|tests?|findings?|report|review|verdict|ruling|inquiry|investigation|audit|count)\b/i;

/**
 * A clause split off its sentence at "and" starts on its verb ("is due to be completed in 2028"):
 * it borrows the subject of the sentence's first clause ("The upgrade … and is due…").
 */
function withSubject(text: string, clause: CuedClause): string {
  if (!/^(?:is|are|was|were|has|have|had|will|would)\b/i.test(text) || clause.clause.start === 0) return text;
  // The clause it is coordinated with: after the last "that" ("told a newspaper that a warning
  // light had flashed … and had reportedly been ignored"), else the sentence's start.
  const before = clause.sentence.text.slice(0, clause.clause.start);
  const that = before.lastIndexOf(' that ');
  const first = withoutAsides(that >= 0 ? before.slice(that + 6) : stripAttribution(before).rest);
  const parts = splitSubject(first);
  return parts && !ANAPHORIC_SUBJECT.test(parts.subject) ? `${parts.subject} ${text}` : text;
}

function fromDenial(denier: string, object: string): Composed[] {
  const reported = /^(?:the\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|charges?)\s+(?:by\s+[^,]*?\s+)?that\s+(.+)$/i.exec(object);
  const that = reported ?? /^that\s+(.+)$/i.exec(object);
  if (that) {
    const q = yesNo(resolvePronouns(that[1]!, denier));
    return q ? [q] : [];
  }
  const gerund = /^(\w+ing)\s+(.+)$/i.exec(object);
  if (gerund) {
    const tail = mainPart(resolvePronouns(gerund[2]!, denier));
    return tail ? [{ lead: 'Did', subject: inQuestion(denier), body: `${infinitive(gerund[1]!)} ${tail}` }] : [];
  }
  const np = mainPart(object.replace(/^(?:any|all|the|a|an)\s+/i, ''), 6);
  if (!np || /^(?:it|them|this|that|these|those|reports?|claims?)$/i.test(np)) return [];
  const parties = /^(.+?)\s+and\s+(.+)$/.exec(denier);
  const plural = isPlural(np);
  const lead = plural ? 'Are there' : 'Is there';
  const between = parties ? ` between ${parties[1]} and ${parties[2]}` : ` involving ${denier}`;
  return [{ lead, subject: np, body: between.trim() }];
}

function isActorLike(text: string): boolean {
  return /^[A-Z]/.test(text) && text.split(/\s+/).length <= 4;
}

/** Adds a second facet ("…, and is it getting technical help from Russia?") when one adds enough. */
function withFacet(primary: Candidate, others: Candidate[], context: WordingContext): string {
  const first = render(primary);
  // A facet must bring words as rare as half the first question's, not just repeat it.
  const rarity = (terms: Iterable<string>) => [...terms].reduce((s, t) => s + (context.idf(t) ?? 0), 0);
  const novelty = (c: Candidate) => rarity([...c.terms].filter((t) => !primary.terms.has(t)));
  const worth = (c: Candidate) => [...c.terms].filter((t) => !primary.terms.has(t)).reduce((s, t) => s + (context.salience.get(t) ?? 0), 0);
  const second = others
    .filter((c) => c.clause.sentence !== primary.clause.sentence && c.clause.clause.text !== primary.clause.clause.text && !c.conditional && !c.plain)
    .map((c) => ({ c, gain: worth(c) }))
    .filter(({ c }) => novelty(c) >= 0.5 * rarity(primary.terms))
    // A facet is another side of the same matter: it shares the subject or a word with the first.
    .filter(({ c }) => c.subject.toLowerCase() === primary.subject.toLowerCase() || [...c.terms].some((t) => primary.terms.has(t) && !FACET_FILLER.has(t)))
    // The same act asked twice ("make a third launch attempt, and will it launch a spy satellite?").
    .filter(({ c }) => !repeatsAct(c, primary))
    .sort((a, b) => b.gain - a.gain)[0]?.c;
  if (!second) return first;
  const sameSubject = second.subject.toLowerCase() === primary.subject.toLowerCase();
  const pronoun = isPlural(primary.subject) ? 'they' : 'it';
  const lead = second.lead.charAt(0).toLowerCase() + second.lead.slice(1);
  const tail = render({ lead, subject: sameSubject ? pronoun : second.subject, body: second.body });
  const joined = `${first.slice(0, -1)}, and ${tail}`;
  return joined.length <= MAX_QUESTION && isCleanQuestion(joined) ? joined : first;
}

/** A facet whose verb (or, for "Is there…", whose thing) the first question already asks about. */
function repeatsAct(facet: Candidate, primary: Candidate): boolean {
  const head = /^(?:Are|Is) there$/.test(facet.lead) ? facet.subject : facet.body.split(/\s+/)[0] ?? '';
  const act = comparisonTerms(head).filter((t) => !FACET_FILLER.has(t));
  return act.length > 0 && act.every((t) => primary.terms.has(t));
}

const LABEL_NOISE = /^(?:the|a|an|any|some|its|their|his|her|this|that|these|those|all|other)\s+/i;
const HOW_WORDS = new Set(['report', 'claim', 'accus', 'allegation', 'denial', 'question', 'concern', 'way', 'time', 'thing', 'part']);
const NOT_A_TOPIC = /^(?:it|they|he|she|we|i|you|who|which|nobody|no one|anyone|anybody|someone|somebody|everyone|everybody|nothing|something|anything)$/i;

/**
 * A short noun phrase naming the matter, read off the chosen question where its shape says where
 * the thing is: the object of "Will North Korea make a third launch attempt", the subject of
 * "Have North Korean weapons appeared…", the noun of "Are there arms deals…". The owner goes in
 * front when the question's subject is a country or organisation ("North Korea’s third launch
 * attempt", "North Korea–Russia arms deals"). Without a usable question, the most salient phrase
 * of the clauses stands in.
 */
function topicOf(group: CuedClause[], context: WordingContext, primary: Candidate): string | undefined {
  const fromQuestion = phraseOf(primary, context);
  const phrase = fromQuestion && isMatterTopic(fromQuestion) ? fromQuestion : salientPhrase(group, context);
  if (!phrase || !isMatterTopic(phrase)) return whTopic(primary);
  const there = primary && /^(?:Are|Is) there$/.test(primary.lead);
  const owner = primary && !primary.ownerless ? ownerOf(there ? betweenParties(primary.body) : primary.subject, context) : undefined;
  if (!owner || phrase.includes(owner.display) || containsActor(phrase, context)) return capitalise(phrase);
  if (owner.parties) return capitalise(`${owner.parties.join('–')} ${lowerCommon(phrase)}`);
  return capitalise(`${owner.display}’s ${lowerCommon(phrase)}`);
}

/** A clean noun phrase that names a thing, not who speaks about it ("Castel Paper’s plant manager"). */
function isMatterTopic(phrase: string): boolean {
  return isCleanTopic(phrase) && !isRolePhrase(phrase);
}

const PHRASE_END = /\s+(?:from|to|in|on|at|for|with|by|about|during|after|before|between|involving|into|over|under|next|last|this|since|until|as|than|because|if|and|or)\b.*$/i;

const NUMBERISH = /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|first|second|third)$/;
const STARTS_WITH_PREPOSITION = /^(?:in|on|at|to|from|by|with|for|of|about|into|during|over|under|against|across|through|after|before|between|among|around|toward|towards|within|without)\b/i;

function phraseOf(q: Candidate, context: WordingContext): string | undefined {
  const clean = (text: string) => {
    // "offered the dockworkers any pay rise": the last noun group is the thing offered.
    const groups = text.replace(PHRASE_END, '').split(/\b(?:the|a|an|any|some|its|their|his|her)\s+/i).filter((g) => g.trim());
    let out = (groups[groups.length - 1] ?? '').trim().replace(/[?.,;:]+$/, '');
    while (LABEL_NOISE.test(out)) out = out.replace(LABEL_NOISE, '');
    const words = out.split(/\s+/);
    const usable = out && words.length <= 5 && !NOT_A_TOPIC.test(out) && !STARTS_WITH_PREPOSITION.test(out);
    return usable && !isActorPhrase(out, context) ? out : undefined;
  };
  if (/^(?:Are|Is) there$/.test(q.lead)) return clean(q.subject);
  if (/^(?:Will|Did|Does|Do|Had|Has|Have)$/.test(q.lead) && !/^(?:be|been|being)\b/.test(q.body)) {
    // "make a third launch attempt", "ignored earlier warnings from…": the verb's object.
    const object = q.body.split(/\s+/).slice(1).join(' ');
    const found = object && clean(object);
    if (found) return found;
  }
  return clean(q.subject);
}

function salientPhrase(group: CuedClause[], context: WordingContext): string | undefined {
  const phrases = new Map<string, { text: string; score: number }>();
  for (const c of group) {
    for (const { text, quoted } of nounPhrases(withoutAsides(bare(c.clause.text)))) {
      const terms = comparisonTerms(text);
      // "Castel Paper’s plant manager" says who speaks, not what about.
      if (terms.length === 0 || terms.every((t) => HOW_WORDS.has(t)) || NOT_A_TOPIC.test(text) || isActorPhrase(text, context) || isRolePhrase(text)) continue;
      // Numbers ("two precincts") are details of a matter, not its name.
      const named = terms.filter((t) => !NUMBERISH.test(t));
      const score = (quoted ? 0.5 : 1) * named.reduce((s, t) => s + (context.salience.get(t) ?? 0), 0);
      const key = terms.join(' ');
      const prev = phrases.get(key);
      phrases.set(key, { text: prev?.text ?? text, score: (prev?.score ?? 0) + score });
    }
  }
  return [...phrases.values()].sort((a, b) => b.score - a.score || a.text.length - b.text.length)[0]?.text;
}

/** "North Korea and Russia": names only, which say who, not what. */
function isActorPhrase(text: string, context: WordingContext): boolean {
  return text.split(/\s*(?:,|\band\b|&)\s*/).every((part) => context.actorKind.has(part.trim()));
}

function betweenParties(body: string): string {
  return /^between\s+(.+)$/.exec(body)?.[1] ?? /^involving\s+(.+)$/.exec(body)?.[1] ?? '';
}

/**
 * "Why did nobody act sooner?" has no thing to name: the embedded question is its topic ("Why
 * nobody acted sooner"), read off the clause that asked it.
 */
function whTopic(primary: Candidate): string | undefined {
  if (!/^(?:Why|How|When|Who)\b/.test(primary.lead)) return undefined;
  const m = /\bquestion\s+(?:is|was|remains)\s+((?:why|how|when|who)\s+.+)$/i.exec(bare(primary.clause.clause.text));
  const text = m ? mainPart(m[1]!, 8) : '';
  return text && balanced(text) ? capitalise(text) : undefined;
}

function ownerOf(subject: string, context: WordingContext): { display: string; parties?: string[] } | undefined {
  const names = subject.split(/\s+and\s+/).map((s) => s.trim());
  const known = names.filter((n) => {
    const kind = context.actorKind.get(n);
    return kind === 'place' || kind === 'organization';
  });
  if (known.length !== names.length || known.length === 0 || known.length > 2) return undefined;
  return known.length === 2 ? { display: subject, parties: known } : { display: known[0]! };
}

function containsActor(phrase: string, context: WordingContext): boolean {
  for (const name of context.actorKind.keys()) if (phrase.includes(name)) return true;
  return /\b[A-Z][a-z]+(?:an|ese|ish|i)\b/.test(phrase); // demonyms: "North Korean weapons"
}

function lowerCommon(phrase: string): string {
  return /^[A-Z][a-z]/.test(phrase) && !/^[A-Z][a-z]+\s+[A-Z]/.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}
