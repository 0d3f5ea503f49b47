// Small English surgery for turning a source's clause into a plain question without adding
// anything it did not say: find the subject, invert the auxiliary ("have reportedly appeared" →
// "Have … appeared?"), or use do-support ("denied ignoring" → "Did … ignore?").

import nlp from 'compromise';
import { scoped } from '../briefing-scope.ts';

export interface Term {
  text: string;
  tags: Set<string>;
}

/**
 * Work kept across briefings, newest last (a bounded LRU): a story rebuilt after an article joins
 * words the same clauses again, and stories of one kind share their verbs and subjects ("delayed",
 * "the ministry"). Each answer depends on its text alone.
 */
const memories: Map<string, unknown>[] = [];

export function rememberedAcrossBriefings<T>(compute: (text: string) => T, max: number): (text: string) => T {
  const memory = new Map<string, T>();
  memories.push(memory as Map<string, unknown>);
  return (text) => {
    const known = memory.get(text);
    if (known !== undefined) {
      memory.delete(text);
      memory.set(text, known);
      return known;
    }
    const value = compute(text);
    memory.set(text, value);
    if (memory.size > max) memory.delete(memory.keys().next().value!);
    return value;
  };
}

/** Parsed once per text in a briefing: clauses are worded again for each question they may ask. */
export const termsOf: (text: string) => readonly Term[] = scoped('grammar-terms', rememberedAcrossBriefings(parseTerms, 1024));

/** Forgets the parses and word forms kept across briefings (for measuring a cold briefing). */
export function forgetParses(): void {
  for (const memory of memories) memory.clear();
}

/**
 * compromise's full pipeline minus two steps that change no term or tag: the chunker, which only
 * marks noun/verb chunks (term.chunk) from the finished tags (about 15% of the cost), and typeahead,
 * which completes words from a prefix list we never load. The terms are read off the document
 * itself rather than through `.terms().json()`, which builds an object per term with offsets,
 * ids and normal forms we do not use: the same text (the term with its punctuation, spaces
 * trimmed) and tags. test/cross-outlet/open-questions-selection.test.ts checks both against the
 * full pipeline.
 */
export function parseTerms(text: string): Term[] {
  const world = nlp.world() as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'chunks' && h !== 'typeahead');
  try {
    const docs = (nlp(text) as unknown as { docs: DocTerm[][] }).docs;
    return docs.flatMap((terms) => terms.map((t) => ({ text: `${t.pre}${t.text}${t.post}`.trim(), tags: new Set(t.tags) })));
  } finally {
    world.hooks = hooks;
  }
}

interface DocTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

const AUX = /^(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|do|did)$/i;
const SUBORDINATE = /\s+(?:after|before|because|although|though|while|when|whereas|if|unless|as\s+(?:it|they|he|she)|despite|amid|following|saying|which|who|whose|so\s+that|in\s+order\s+to)\s+|\s-{1,2}\s|,(?!\d{3})|[;:(—–]/i;
const HEDGE_ADVERB = /\b(?:reportedly|allegedly|apparently|purportedly|seemingly|ostensibly|also|still|now)\s+/gi;

/** The words of a clause up to where a new clause or aside begins ("make an attempt after …"). */
export function mainPart(text: string, maxWords = 16): string {
  const cut = text.search(SUBORDINATE);
  const main = (cut >= 0 ? text.slice(0, cut) : text).replace(/[.!?"”’']+$/u, '').trim();
  const words = main.split(/\s+/);
  return words.length > maxWords ? '' : main;
}

/** A clause as the source says it, minus page-level wrapping: quotation marks, final punctuation. */
export function bare(text: string): string {
  return text
    .replace(/^[“"‘']+/u, '')
    .replace(/[”"’'.!?]+$/u, '')
    .trim();
}

/** "South Korea said last week North Korea was …" → speaker "South Korea", rest "North Korea was …". */
export function stripAttribution(text: string): { speaker?: string; rest: string } {
  // "According to the Tribune, Mr Delorme is believed to…": the source goes, the claim stays.
  const according = /^according\s+to\s+([^,]{2,60}),\s+(?=\S)/i.exec(text);
  if (according) return { speaker: according[1]!, rest: text.slice(according[0].length) };
  const m = /^(.{2,60}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|told\s+\w+|added|noted|warned|announced)\s+(?:(?:on|last|this|earlier|late|early)\s+\w+\s+)?(?:that\s+)?/i.exec(text);
  if (!m || /[,;]/.test(m[1]!) || m[1]!.split(/\s+/).length > 6) return { rest: text };
  return { speaker: m[1]!, rest: text.slice(m[0].length) };
}

/** Drops asides between commas (", which operates the ferries under a state contract,"). */
export function withoutAsides(text: string): string {
  return text
    .replace(/,\s+(?:which|who|whose|a|an|the|including|based)\b[^,]*,/gi, '')
    .replace(/,\s+(?:which|who|whose|a|an|the)\b[^,]*[.!?]?$/i, '');
}

/** Splits "North Korean weapons have reportedly appeared…" into subject and the rest. */
export function splitSubject(text: string, parsed: readonly Term[] = termsOf(text)): { subject: string; rest: string } | undefined {
  const terms = parsed;
  let at = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const word = t.text.replace(/[^\p{L}’'-]/gu, '');
    const verbish = AUX.test(word) || (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')) || /^(?:reportedly|allegedly|apparently)$/i.test(word);
    if (verbish && i > 0) {
      at = i;
      break;
    }
    if (i >= 8) return undefined;
  }
  if (at === 0) return undefined;
  const subject = terms
    .slice(0, at)
    .map((t) => t.text)
    .join(' ')
    .replace(/[,;]$/, '');
  if (/^(?:and|but|or|so|then|also)$/i.test(subject)) return undefined;
  const rest = terms
    .slice(at)
    .map((t) => t.text)
    .join(' ');
  return { subject, rest };
}

/** Base form of a verb ("ignoring" → "ignore", "appeared" → "appear"). */
export const infinitive = scoped('infinitive', rememberedAcrossBriefings(baseForm, 1024));

function baseForm(verb: string): string {
  const out = nlp(verb).verbs().toInfinitive().out('text') as string;
  return out || verb;
}

/**
 * The subject as it reads inside a question: "The ministry" → "the ministry". A capital that only
 * opened the sentence ("Engineers") is lowered when `names` (words the articles capitalise
 * mid-sentence) does not know the word; without `names`, only function words are lowered.
 */
export function inQuestion(subject: string, names?: ReadonlySet<string>): string {
  const first = /^[\p{L}’'-]+/u.exec(subject)?.[0];
  if (!first || !/^[A-Z](?:[a-z]|$)/.test(first)) return subject;
  const lower = () => subject.charAt(0).toLowerCase() + subject.slice(1);
  if (FUNCTION_WORDS.test(first)) return lower();
  if (!names) return subject;
  // "North Korean weapons", "Brightwater Shipping": a run of capitals is a name.
  if (/^\S+\s+[A-Z]/.test(subject)) return subject;
  return names.has(first) ? subject : lower();
}

const FUNCTION_WORDS = /^(?:the|a|an|this|that|these|those|its|their|his|her|some|any|all|many|most|several|both|each|every|no|local|officials?)$/i;

export const isPlural = scoped('plural', rememberedAcrossBriefings(pluralSubject, 1024));

function pluralSubject(subject: string): boolean {
  if (/\band\b/i.test(subject)) return true;
  if (/^(?:they|we|you)$/i.test(subject)) return true;
  const nouns = nlp(subject).nouns();
  const plural = (nouns.isPlural().out('array') as string[]).length;
  return plural > 0 && plural === (nouns.out('array') as string[]).length;
}

export interface Composed {
  /** The opening word: "Will", "Have", "Did", "Are there", "Why did". */
  lead: string;
  subject: string;
  body: string;
}

export function render(q: Composed): string {
  return `${q.lead} ${q.subject}${q.body ? ` ${q.body}` : ''}?`.replace(/\s+/g, ' ').replace(/\s+\?$/, '?');
}

/**
 * A yes/no question from a plain statement, inverting its auxiliary or adding "did/does":
 * "its weapons were being used by Hamas" → Were | its weapons | being used by Hamas. `parsed`:
 * the caller has parsed the statement (termsOf), so its hedge-less, shortened copy is tagged from
 * that parse rather than parsed again.
 */
export function yesNo(statement: string, { parsed = false }: { parsed?: boolean } = {}): Composed | undefined {
  const said = bare(statement);
  const clean = mainPart(said.replace(HEDGE_ADVERB, ''), 18);
  if (!clean) return undefined;
  // A statement the caller has parsed whole lends its tags to the shorter copy; any other is
  // parsed only as far as the copy goes (a parse costs by the word).
  const parts = splitSubject(clean, parsed ? termsWithin(said, clean) : termsOf(clean));
  if (!parts) return undefined;
  const [first, ...others] = parts.rest.split(/\s+/);
  if (!first) return undefined;
  const rest = others.join(' ');
  if (AUX.test(first)) return { lead: capitalise(first.toLowerCase()), subject: inQuestion(parts.subject), body: rest };
  const tags = termsOf(first)[0]?.tags ?? new Set<string>();
  if (!tags.has('Verb')) return undefined;
  const base = infinitive(first);
  const lead = tags.has('PastTense') || /ed$/.test(first) ? 'Did' : isPlural(parts.subject) ? 'Do' : 'Does';
  return { lead, subject: inQuestion(parts.subject), body: `${base}${rest ? ` ${rest}` : ''}` };
}

const HEDGE_WORD = /^(?:reportedly|allegedly|apparently|purportedly|seemingly|ostensibly|also|still|now)$/i;

/**
 * The terms of `clean` (`said` with its hedges dropped and its end cut off, as yesNo makes it),
 * tagged as they read in `said`: the clause as the source wrote it, usually parsed already for its
 * subject, so its hedge-less copy costs no second parse. The words are compromise's own tokens of
 * `clean` (its tokeniser alone is a tenth of a parse); they must be `said`'s terms in order, the
 * hedges left out, the last one perhaps cut short ("line," → "line"), or `clean` is parsed alone.
 */
function termsWithin(said: string, clean: string): readonly Term[] {
  // Contractions are split by the tagging steps, not by the tokeniser: their terms would not line up.
  if (said === clean || /['’]/.test(clean)) return termsOf(clean);
  const kept = termsOf(said).filter((t, i, all) => !(HEDGE_WORD.test(t.text) && i < all.length - 1));
  const words = tokensOf(clean);
  if (words.length === 0 || words.length > kept.length) return termsOf(clean);
  const last = words.length - 1;
  for (let i = 0; i < words.length; i++) {
    const own = kept[i]!.text;
    if (i < last ? words[i] !== own : !own.startsWith(words[i]!)) return termsOf(clean);
  }
  return words.map((text, i) => ({ text, tags: kept[i]!.tags }));
}

/** compromise's tokens of a text, as parseTerms gives their words, without tagging them. */
function tokensOf(text: string): string[] {
  const docs = (nlp.tokenize(text) as unknown as { docs: DocTerm[][] }).docs;
  return docs.flatMap((terms) => terms.map((t) => `${t.pre}${t.text}${t.post}`.trim()));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Replaces a clause's own pronouns with who they stand for ("it had ignored" → "Brightwater had ignored"). */
export function resolvePronouns(text: string, owner: string): string {
  // Once the subject is named, a later "its" reads right; without it, name the first owner.
  if (/^(?:it|they|he|she)\b/i.test(text)) return text.replace(/^(?:it|they|he|she)\b/i, owner);
  const possessive = /s$/.test(owner) ? `${owner}’` : `${owner}’s`;
  return text.replace(/\b(?:its|their|his|her)(?:\s+own)?\b/i, possessive);
}
