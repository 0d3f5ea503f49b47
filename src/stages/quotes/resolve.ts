// Who a pronoun or a description in an attribution refers to. "he"/"she": the most recent named
// person of that gender, searched sentence by sentence backwards (in each sentence, a matching
// gender the text states beats an unknown one, and a subject beats a possessive). "the minister":
// the most recent person whose role says so. "the ministry": the most recent organisation named
// so. Indefinite descriptions ("one participant", "officials") are never resolved: they are unnamed.

import type { Gender, Mention } from '../../analyse/types.ts';
import { genderFromName, genderFromRole } from '../../analyse/gender.ts';
import { lexiconTags } from '../../analyse/lexicon.ts';
import { COMMON_SPEECH } from '../../analyse/speech-verbs.ts';
import type { SpeakerRef } from './subject.ts';

export interface ResolveContext {
  text: string;
  /** People named outside quotations, sorted by start. */
  persons: Mention[];
  /** Organisations and places named outside quotations, sorted by start. */
  named: Mention[];
  sentenceStarts: number[];
  paragraphStarts: number[];
  genderOf(m: Mention): Gender | undefined;
  roleOf(m: Mention): string | undefined;
  /** Starts of the mentions named as speakers so far (filled in as the article is read). */
  spoken?: Set<number>;
}

export type Resolved = { mention: Mention } | { unnamed: string } | null;

const GOVERNMENT_HEADS = new Set(['government', 'ministry', 'military', 'army', 'navy', 'media', 'agency', 'office', 'embassy', 'administration', 'authorities', 'cabinet', 'presidency', 'leadership', 'regime', 'mission', 'department', 'forces', 'parliament', 'legislature', 'junta', 'state']);
const ORG_HEADS = new Set(['ministry', 'department', 'agency', 'newspaper', 'paper', 'daily', 'company', 'firm', 'group', 'party', 'court', 'council', 'committee', 'commission', 'office', 'embassy', 'military', 'army', 'organization', 'organisation', 'network', 'broadcaster', 'union', 'bank', 'bureau', 'institute', 'center', 'centre', 'alliance', 'coalition', 'movement', 'service', 'police', 'outlet', 'channel', 'publication', 'magazine', 'website', 'body', 'watchdog', 'regulator', 'charity', 'campaign', 'board', 'authority', 'fund']);
const DOCUMENTS = /^(?:bulletin|statement|report|note|memo|memorandum|notice|release|communique|communiqué|letter|filing|document|circular|update|briefing|summary|assessment|website|post)$/;
const PRESS = /Times|Post|News|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Daily|Sinmun|Ilbo|Mail|Press|Agency|TV|Radio|CNN|BBC|KCNA|Xinhua|Reuters|AP|AFP/;

function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastEndingBefore(list: Mention[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// A name right after a preposition or a transitive verb is an object, rarely who "he" is.
const OBJECT_BEFORE = /\b(?:about|on|with|to|for|by|against|from|of|at|into|toward|towards|than|like|met|meet|meets|meeting|visited|visit|called|told|thanked|urged|asked|praised|criticised|criticized|accused|blamed|and)\s+(?:(?:the|a|an|[\p{Lu}][\p{L}.’'-]*)\s+){0,4}$/u;
const isObject = (ctx: ResolveContext, m: Mention) => OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 60), m.start));

// "Ham also noted", "Cruz said in July", "said Ann Dole": a name that speaks somewhere is who a
// later "he said" most often continues (news names a speaker, then quotes them with a pronoun).
const SPEAKS_AFTER = new RegExp(`^\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:(?:also|then|later|again|has|had|once|\\p{Ll}+ly)\\s+){0,2}(?:${COMMON_SPEECH}|says|tweeted|added)\\b`, 'u');
const SPEAKS_BEFORE = /\b(?:said|says|added|according to|wrote|asked|noted|explained|argued|insisted|warned|replied|recalled|continued|tweeted)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;
// Or the attribution already credited this mention with words ("…,” noted NBC’s Dante Chinni).
const isSource = (ctx: ResolveContext, m: Mention) =>
  ctx.spoken?.has(m.start) === true || SPEAKS_AFTER.test(ctx.text.slice(m.end, m.end + 40)) || SPEAKS_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start));

// "… concerns Ann Dole, president of the caucus." / "Ann Dole, a pollster, warned": a name with an
// appositive introduces someone to the reader, most often the source quoted next.
const INTRODUCED = /^\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:a|an|the|who|one|chief|head|former|senior|president|director|chairman|chairwoman|founder|co-founder|professor|editor|author|executive|spokesman|spokeswoman)\s/;
const isIntroduced = (ctx: ResolveContext, m: Mention) => INTRODUCED.test(ctx.text.slice(m.end, m.end + 40));

const isPossessive = (ctx: ResolveContext, m: Mention) => /^[’']s?\b|^[’'](?=\s)/.test(ctx.text.slice(m.end, m.end + 3));

/**
 * The named person of this gender that `pos` most likely refers back to, within ten sentences.
 * Each candidate mention scores: −2 per paragraph and −0.5 per sentence back (news names the
 * speaker in the previous sentence or paragraph); +1.5 for the first person named in its sentence
 * (the subject, usually); −1 for a name after a preposition or transitive verb (an object); −3
 * for a name in a clause fronting the pronoun ("After meeting Cruz, he said"); +1 when the text
 * states the gender (an unknown gender is only compatible); +1 for the last speaker; −1 for a
 * possessive ("Blinken’s visit"). Ties go to the most recent.
 */
export function resolvePersonPronoun(ctx: ResolveContext, gender: Gender, pos: number, lastSpeaker?: Mention): Mention | null {
  const here = upperBound(ctx.sentenceStarts, pos) - 1;
  const paragraph = upperBound(ctx.paragraphStarts, pos) - 1;
  let best: { m: Mention; score: number } | null = null;
  // A gender guessed from a first name can be wrong ("Terry", "Rakeyia"): when no one of the
  // pronoun's gender is near, the speaker just quoted or named in the last three sentences stands.
  let fallback: Mention | null = null;
  for (let i = lastEndingBefore(ctx.persons, pos); i >= 0; i--) {
    const m = ctx.persons[i]!;
    const sentence = upperBound(ctx.sentenceStarts, m.start) - 1;
    const back = here - sentence;
    if (back > 10) break;
    const g = ctx.genderOf(m);
    // A gender only guessed from pronouns near the name ("Megyn", "Rakeyia") may be wrong: such a
    // name stays a candidate, behind everyone whose gender agrees.
    const clash = g !== undefined && g !== gender;
    if (clash && statedGender(ctx, m)) {
      if (!fallback && back <= 3 && (isSource(ctx, m) || (lastSpeaker && lastSpeaker.canonical === m.canonical))) fallback = m;
      continue;
    }
    // "Obama consultant Cornell Belcher": a name modifying the next one is not who speaks.
    if (isModifier(ctx, i)) continue;
    const paragraphsBack = paragraph - (upperBound(ctx.paragraphStarts, m.start) - 1);
    // "While Obama had a choir, Clinton has none, which worries Ann Dole": a name in a fronted
    // subordinate clause is not the sentence's subject; the first person after it may be.
    const subordinate = inFrontedClause(ctx, sentence, m);
    let previousPerson = i > 0 && isModifier(ctx, i - 1) ? i - 2 : i - 1;
    // "In an interview with Ann Dole, Ham said": an object before the name is no subject before it either.
    while (previousPerson >= 0 && upperBound(ctx.sentenceStarts, ctx.persons[previousPerson]!.start) - 1 === sentence && (inFrontedClause(ctx, sentence, ctx.persons[previousPerson]!) || isObject(ctx, ctx.persons[previousPerson]!))) previousPerson--;
    const firstInSentence = !subordinate && (previousPerson < 0 || upperBound(ctx.sentenceStarts, ctx.persons[previousPerson]!.start) - 1 !== sentence);
    // "After meeting Cruz, he said": a name in the clause fronting "he" is not "he".
    const fronted = back === 0 && /,\s*$/.test(ctx.text.slice(Math.max(m.end, pos - 3), pos)) && !/[.;:!?]/.test(ctx.text.slice(m.end, pos));
    const object = isObject(ctx, m);
    // "She says Trump's tweets accusing Ann Dole …": a name in a sentence whose subject is
    // already "she" is someone else.
    const sentenceStart = ctx.sentenceStarts[sentence] ?? 0;
    const pronounSubject = PRONOUN_OPENS[gender].test(ctx.text.slice(sentenceStart, sentenceStart + 6)) && m.start > sentenceStart;
    const score =
      (isSource(ctx, m) ? 1.5 : 0) -
      (pronounSubject ? 2 : 0) +
      -2 * paragraphsBack -
      0.5 * back +
      (firstInSentence && !object && !fronted ? 1.5 : 0) -
      (object ? 1 : 0) -
      (fronted ? 3 : 0) +
      (g === gender ? 1 : 0) -
      (clash ? GUESSED_GENDER_CLASH : 0) +
      (lastSpeaker && lastSpeaker.canonical === m.canonical ? 1 : 0) -
      (isPossessive(ctx, m) ? 1 : 0) +
      (isIntroduced(ctx, m) ? 1 : 0);
    if (!best || score > best.score) best = { m, score };
  }
  return best?.m ?? fallback ?? chainedReferent(ctx, gender, pos);
}

/**
 * Past ten sentences, a pronoun still continues the person of its gender last named when no one
 * nearer fits ("Ann Dole can be heard … She then urges … she becomes upset … “…,” she yells"):
 * a chain of pronouns keeps one referent. Only a person whose gender the text gives, within
 * forty sentences and the last six paragraphs.
 */
function chainedReferent(ctx: ResolveContext, gender: Gender, pos: number): Mention | null {
  const here = upperBound(ctx.sentenceStarts, pos) - 1;
  const paragraph = upperBound(ctx.paragraphStarts, pos) - 1;
  for (let i = lastEndingBefore(ctx.persons, pos); i >= 0; i--) {
    const m = ctx.persons[i]!;
    if (here - (upperBound(ctx.sentenceStarts, m.start) - 1) > 40 || paragraph - (upperBound(ctx.paragraphStarts, m.start) - 1) > 6) break;
    if (ctx.genderOf(m) === gender && !isModifier(ctx, i) && !isPossessive(ctx, m)) return m;
  }
  return null;
}

const GUESSED_GENDER_CLASH = 2.5;

const FRONTED = /^[“"]?(?:While|Although|Though|Even though|When|Whereas|After|Before|Because|Since|If|Unless|Unlike|Like|Despite|As)\s[^,;:“”"]*$/;

/** The mention sits in a subordinate clause that opens its sentence, before the clause's comma. */
function inFrontedClause(ctx: ResolveContext, sentence: number, m: Mention): boolean {
  const start = ctx.sentenceStarts[sentence] ?? 0;
  return m.start - start < 200 && FRONTED.test(ctx.text.slice(start, m.start));
}

/** The person at `i` modifies the next one, lower-case words between: "Clinton campaign chairman John Podesta". */
function isModifier(ctx: ResolveContext, i: number): boolean {
  const m = ctx.persons[i]!;
  const next = ctx.persons[i + 1];
  if (!next || next.canonical === m.canonical) return false;
  const between = ctx.text.slice(m.end, next.start);
  if (!/^(?:\s+\p{Ll}[\p{L}-]*){1,3}\s+$/u.test(between)) return false;
  const words = between.trim().split(/\s+/);
  const head = words[words.length - 1]!;
  return (ROLE_NOUNS.test(head) || lexiconTags(head).includes('Actor')) && words.every((w) => !lexiconTags(w).some((t) => NOT_IN_A_ROLE.has(t)));
}

// The head of a role phrase between two names ("Trump adviser", "Clinton campaign spokesman").
const ROLE_NOUNS = /^(?:adviser|advisor|aide|pollster|spokesman|spokeswoman|spokesperson|strategist|surrogate|ally|donor|lawyer|manager|chairman|chairwoman|chief|director|secretary|consultant|attorney|official|operative|staffer|mate|nominee|pick|supporter|backer|critic|rival|biographer|friend|confidant)$/;
const NOT_IN_A_ROLE = new Set(['Conjunction', 'Preposition', 'PastTense', 'PresentTense', 'Verb', 'Infinitive', 'Determiner', 'Pronoun']);

/** The text states the person's gender: a known first name, an honorific, a gendered role. */
function statedGender(ctx: ResolveContext, m: Mention): boolean {
  if (genderFromName(m.canonical) !== undefined) return true;
  const honorific = /^(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\b/.exec(m.text);
  if (honorific) return true;
  const role = ctx.roleOf(m);
  return role !== undefined && genderFromRole(role) !== undefined;
}

const PRONOUN_OPENS: Record<Gender, RegExp> = { male: /^[“"]?He\b/, female: /^[“"]?She\b/ };

function mostRecent(list: Mention[], pos: number, test: (m: Mention) => boolean, limit = 4000): Mention | null {
  for (let i = lastEndingBefore(list, pos); i >= 0; i--) {
    const m = list[i]!;
    if (pos - m.end > limit) break;
    if (test(m)) return m;
  }
  return null;
}

/**
 * Resolves a speaker reference at `pos`. `previous` is the last speaker of the same or the
 * previous paragraph, which "they" and "it" may continue.
 */
export function resolveSpeaker(ctx: ResolveContext, ref: SpeakerRef, pos: number, previous: Resolved): Resolved {
  if (ref.type === 'mention') return { mention: ref.mention };
  if (ref.type === 'pronoun') {
    const lastSpeaker = previous && 'mention' in previous && previous.mention.kind === 'person' ? previous.mention : undefined;
    if (ref.word === 'he') return wrap(resolvePersonPronoun(ctx, 'male', pos, lastSpeaker));
    if (ref.word === 'she') return wrap(resolvePersonPronoun(ctx, 'female', pos, lastSpeaker));
    if (ref.word === 'they') {
      if (previous && ('unnamed' in previous || previous.mention.kind !== 'person')) return previous;
      return null;
    }
    if (ref.word === 'it') {
      if (previous && 'mention' in previous && previous.mention.kind !== 'person') return previous;
      return wrap(mostRecent(ctx.named, pos, (m) => m.kind === 'organization', 400));
    }
    return null;
  }
  const description = ctx.text.slice(ref.start, ref.end);
  // "the filling would continue": a gerund is a thing, never a speaker.
  if (/\p{L}{2,}ing$/u.test(ref.head) && !/^(?:king|viking)$/.test(ref.head)) return null;
  // "according to a commission bulletin": a document of the organisation whose head word it borrows.
  if (DOCUMENTS.test(ref.head)) {
    const modifiers = description.toLowerCase().split(/\s+/).filter((w) => /^\p{Ll}+$/u.test(w) && w !== ref.head);
    const org = modifiers.length > 0 ? mostRecent(ctx.named, pos, (m) => m.kind === 'organization' && modifiers.includes(headWord(m.canonical))) : null;
    if (org) return { mention: org };
  }
  // "the 81-year-old said": the last person speaking, else the last one named.
  if (ref.definite && /^\d+-year-old$/.test(ref.head)) {
    const lastSpeaker = previous && 'mention' in previous && previous.mention.kind === 'person' ? previous.mention : null;
    return wrap(lastSpeaker ?? mostRecent(ctx.persons, pos, () => true, 1500));
  }
  if (ref.owner && ref.owner.kind !== 'person' && GOVERNMENT_HEADS.has(ref.head)) return { mention: ref.owner };
  if (ref.definite) {
    if (ORG_HEADS.has(ref.head)) {
      const org = mostRecent(ctx.named, pos, (m) => m.kind === 'organization' && (m.canonical.toLowerCase().includes(ref.head) || (/^(?:newspaper|paper|daily|outlet|publication|broadcaster|channel|agency)$/.test(ref.head) && PRESS.test(m.canonical))));
      if (org) return { mention: org };
    } else {
      const person = mostRecent(ctx.persons, pos, (m) => (ctx.roleOf(m) ?? '').toLowerCase().split(/[^a-z-]+/).includes(ref.head));
      if (person) return { mention: person };
      // "A senior EU diplomat said … “…,” the diplomat said": the same unnamed speaker.
      if (previous && 'unnamed' in previous && previous.unnamed.toLowerCase().split(/\s+/).includes(ref.head)) return previous;
    }
  }
  return { unnamed: description };
}

const headWord = (name: string) => name.toLowerCase().split(/\s+/).pop() ?? '';

function wrap(m: Mention | null): Resolved {
  return m ? { mention: m } : null;
}
