// Key quote or quoted fragment. A key quote is a clause or more that someone said: it stands as
// its own utterance (opens its sentence or follows "said:"/"said," and ends at the attribution or
// the sentence), or it is embedded but carries a verb of its own ("said the U.S. would “not stand
// idly by”"). Fragments are the short phrases a sentence borrows: “two-way street”, scare quotes,
// names of things.

import { lexiconTags } from '../../analyse/lexicon.ts';
import type { Token, Unit } from './tokens.ts';

const CLAUSE_TAGS = new Set(['Copula', 'Modal', 'Auxiliary', 'PastTense']);
const SUBJECT_PRONOUN = /^(?:i|we|you|he|she|they|it|there|this|that)$/;
const CONTRACTION = /[’'](?:re|s|ll|ve|d|m|t)$/;

/** Words as a reader counts them: "U.S.-Israel" and "well-known" are one each. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:[’'.-]+[\p{L}\p{N}]+)*/gu) ?? []).length;
}

/**
 * A verb of its own: a copula, modal, past tense, contraction or subject pronoun. A present tense
 * alone ("targets", "plans") is as often a plural noun, so it counts only in longer quotes.
 */
export function hasClause(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+(?:[’'][\p{L}]+)?/gu) ?? [];
  if (words.some((w) => CONTRACTION.test(w) || SUBJECT_PRONOUN.test(w) || lexiconTags(w).some((t) => CLAUSE_TAGS.has(t)) || /^\p{L}{3,}ed$/u.test(w))) return true;
  return words.length >= 6 && words.some((w) => lexiconTags(w).includes('PresentTense'));
}

/** Whether the quote at token `q` stands as its own utterance in its unit. */
export function standsAlone(tokens: Token[], unit: Unit, q: number, closing: string): boolean {
  const prev = tokens[q - 1];
  const opens = q === unit.from || !prev || prev.kind === 'quote' || (prev.kind === 'punct' && /^[:—–-]$/.test(prev.text)) || (prev.kind === 'punct' && prev.text === ',' && isSpeechish(tokens[q - 2]));
  if (!opens) return false;
  const next = tokens[q + 1];
  if (!next || q + 1 >= unit.to || next.kind === 'quote' || next.kind === 'punct') return true;
  // “…,” he said / “…” said X: the attribution follows, usually after a comma inside the marks.
  return closing === ',' || closing === '.' || closing === '?' || closing === '!' || next.mention !== undefined || /^(?:he|she|they|it|said|says|the|a|an|one)$/i.test(next.text);
}

function isSpeechish(t: Token | undefined): boolean {
  return Boolean(t && t.kind === 'word' && /^(?:said|says|say|added|adds|told|tells|wrote|writes|asked|continued|explained|warned|declared|insisted|replied|stated|noted|tweeted|posted|adding|saying|telling|writing|warning|reads|read)$/i.test(t.text));
}

// Words that open a phrase completing the reporter's own clause: “at a pace …”, “as soon as …”.
const COMPLEMENT_OPENERS = /^(?:at|as|until|till|in|on|by|for|with|from|after|before|because|if|when|whenever|while|since|without|within|like|than|over|under|through|during|into|onto|toward|towards|against|despite|about|among|between|beyond|per|via|once|unless)$/;
// "said he had “recused himself …”", "said the kill was “the worst I have seen”".
const COMPLEMENT_AFTER = /^(?:had|has|have|having|was|were|is|are|be|been|being)$/i;

/**
 * Whether an embedded quote only completes the reporter's sentence: it opens in lower case with a
 * preposition or subordinator, or follows an auxiliary ("had", "was"). Such pieces are fragments
 * attached to the speaker; a clause with its own subject (“the vote was fair”) or a predicate
 * after a modal (“never accept a deal …”) stays a key quote. Long pieces are key quotes anyway.
 */
export function completesReportedClause(text: string, wordBefore: string | undefined): boolean {
  if (!/^\p{Ll}/u.test(text) || wordCount(text) >= 15) return false;
  const first = text.match(/^\p{L}+/u)?.[0] ?? '';
  return COMPLEMENT_OPENERS.test(first) || (wordBefore !== undefined && COMPLEMENT_AFTER.test(wordBefore));
}

export function isKeyQuote(text: string, standalone: boolean, wordBefore?: string): boolean {
  const words = wordCount(text);
  if (standalone) return words >= 2;
  if (completesReportedClause(text, wordBefore)) return false;
  return (words >= 4 && hasClause(text)) || words >= 10;
}
