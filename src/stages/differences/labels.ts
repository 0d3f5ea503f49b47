// Noun phrases a sentence offers as short labels ("G7 foreign ministers", "South Korean
// protesters"): determiners and trailing prepositional phrases dropped, pronouns and bare
// numbers left out.

import nlp from 'compromise';
import { scoped } from '../briefing-scope.ts';
import { rememberedAcrossBriefings } from '../open-questions/grammar.ts';
import type { Analysis } from '../../analyse/types.ts';

const LEADING = /^(?:the|a|an|any|some|its|their|his|her|this|that|these|those|all|other|such|one|many|several)\s+/i;
const TRAILING =
  /\s+(?:of|for|to|in|on|at|from|by|with|between|about|during|after|before|into|over|under|against|outside|inside|near|around|through|across|without|within|amid|among|despite|toward|towards|which|who|that|and|or|next|last|this|since|until)\b.*$/i;
const PREPOSITION = /^(?:of|for|to|in|on|at|from|by|with|between|about|during|after|before|into|over|under|against|outside|inside|near|around|through|across|without|within|amid|among|despite|toward|towards)\s+/i;
const NOT_A_LABEL = /^(?:it|they|he|she|we|i|you|who|which|what|this|that|one|nobody|someone|anyone|everyone|nothing|something|anything|time|way|part|people)$/i;
const DATE_ONLY = /^(?:\d[\d,.]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|year|week|month|day|today|yesterday)$/i;

export interface Phrase {
  text: string;
  /** Inside someone's quoted words: a label should be the outlet's words where it can. */
  quoted: boolean;
}

/** Words the articles capitalise where no sentence starts, and the words of named mentions: names. */
export function capitalisedNames(analysis: Analysis): Set<string> {
  const names = new Set<string>();
  for (const a of analysis.articles) {
    for (const m of a.mentions) for (const w of m.text.split(/\s+/)) names.add(w.replace(/[’']s$/u, ''));
    for (const s of a.sentences) {
      for (const m of s.text.matchAll(/(?<=[\p{Ll},;:]\s+)[A-Z][\p{L}’'-]*/gu)) names.add(m[0].replace(/[’']s$/u, ''));
    }
  }
  return names;
}

/**
 * A sentence's noun phrases, as compromise finds them: a full parse each, kept across briefings as
 * the clauses' parses are (a story rebuilt after an article joins labels the same sentences again).
 */
const nounsOf: (sentence: string) => readonly string[] = scoped(
  'nouns',
  rememberedAcrossBriefings((sentence) => nlp(sentence).nouns().out('array') as string[], 1024),
);

export function nounPhrases(sentence: string, names?: ReadonlySet<string>): Phrase[] {
  const out: Phrase[] = [];
  const quotedSpans = [...sentence.matchAll(/[“"][^”"]*[”"]?/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  let from = 0;
  for (const raw of nounsOf(sentence)) {
    const at = sentence.indexOf(raw, from);
    if (at >= 0) from = at + raw.length;
    const quoted = at >= 0 && quotedSpans.some(([s, e]) => at >= s && at < e);
    let text = raw.replace(/^[“"‘(]+/u, '').replace(/[”"’),.;:!?]+$/u, '').trim().replace(PREPOSITION, '');
    while (LEADING.test(text)) text = text.replace(LEADING, '');
    // "a group of South Korean protesters" is about the protesters.
    text = text.replace(/^(?:group|number|crowd|team|handful|series|pair|couple|lot|host|dozens|hundreds|thousands|millions)\s+of\s+/i, '');
    while (LEADING.test(text)) text = text.replace(LEADING, '');
    text = text.replace(TRAILING, '').replace(/[’']s$/u, '').trim();
    const words = text.split(/\s+/);
    if (!text || words.length > 4 || NOT_A_LABEL.test(text) || words.every((w) => DATE_ONLY.test(w))) continue;
    // Keep names' capitals; lower a common noun that only led its sentence.
    const lowered = /^[A-Z][a-z]+$/.test(words[0]!) && words.length > 1 && !/^[A-Z]/.test(words[1]!) && !names?.has(words[0]!);
    out.push({ text: lowered ? text.charAt(0).toLowerCase() + text.slice(1) : text, quoted });
  }
  return out;
}
