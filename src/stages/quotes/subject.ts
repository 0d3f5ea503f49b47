// What the subject words of a speech verb refer to: a named mention ("U.S. Secretary of State
// Antony Blinken"), a pronoun ("she"), or a description ("the ministry", "one participant",
// "officials at the Pentagon"), which is resolved later or reported as unnamed.

import type { Mention } from '../../analyse/types.ts';
import type { Token } from './tokens.ts';

export type SpeakerRef =
  | { type: 'mention'; mention: Mention }
  | { type: 'pronoun'; word: string }
  | { type: 'description'; start: number; end: number; head: string; definite: boolean; owner?: Mention };

const DETERMINERS = /^(?:the|a|an|one|some|several|two|three|four|five|many|other|another|its|his|her|their|this|that|these|those|both|all|most|few|senior|top|local|former)$/i;
const PRONOUN = /^(?:he|she|they|it|i|we|you)$/i;
// Things that carry words for an organisation: "a statement from Hamas", "a report by the agency".
const PREPOSITIONS = /^(?:of|for|from|at|with|in|on|to|close|familiar|inside|within|near|who|which)$/i;
const CARRIERS = /^(?:statement|statements|report|communique|communiqué|letter|post|posting|message|notice|announcement|release|editorial|commentary|article|dispatch|spokesman|spokeswoman|spokesperson)$/i;

export function classifySubject(tokens: Token[], from: number, to: number): SpeakerRef | null {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  if (words.length === 0 || words.every((w) => DETERMINERS.test(w.text) && !/^(?:one|two|three|four|five|some|several|many|few|both|all|most|others?|another)$/i.test(w.text))) return null;
  if (words.length === 1 && PRONOUN.test(words[0]!.text)) return { type: 'pronoun', word: words[0]!.text.toLowerCase() };

  // A person named in the subject, with only title words before it; else an organisation or place.
  for (const kind of ['person', 'other'] as const) {
    for (let i = 0; i < words.length; i++) {
      const m = words[i]!.mention;
      if (!m || words[i]!.possessive || (kind === 'person') !== (m.kind === 'person')) continue;
      const last = lastIndexOfMention(words, i);
      if (words[last]!.possessive) {
        i = last;
        continue;
      }
      const before = words.slice(0, i);
      // Title words may stand before the name ("engineer Lena Fischer", "Secretary of State Antony
      // Blinken"), but not a preposition that makes the name an object ("a spokesman for Blinken").
      const objectOf = before.some((w, k) => PREPOSITIONS.test(w.text) && !(/^(?:of|for)$/.test(w.text) && /^\p{Lu}/u.test(before[k - 1]?.text ?? '') && /^\p{Lu}/u.test((before[k + 1] ?? words[i]!).text)));
      if (kind === 'person' && !objectOf) return { type: 'mention', mention: m };
      // An organisation or place speaks only as the head of the subject: "the Treasury said",
      // not "a Treasury spokeswoman said".
      const isHead = words.slice(last + 1).every((w) => w.mention);
      if (kind === 'other' && !objectOf && isHead && before.every((w) => w.mention || /^(?:the|The)$/.test(w.text) || /^\p{Lu}/u.test(w.text))) return { type: 'mention', mention: m };
      i = last;
    }
  }
  // A description: its head is the last word before any prepositional tail ("a spokesman for the
  // ministry" → spokesman; "officials at the Pentagon" → officials; "North Korea’s state media" → media).
  const tail = words.findIndex((w, i) => i > 0 && !w.mention && PREPOSITIONS.test(w.text));
  const core = tail > 0 ? words.slice(0, tail) : words;
  const headWord = [...core].reverse().find((w) => !w.mention && !DETERMINERS.test(w.text)) ?? (core.some((w) => w.mention) ? undefined : core[core.length - 1]);
  if (!headWord) {
    const m = words.find((w) => w.mention && !w.possessive)?.mention ?? words.find((w) => w.mention)?.mention;
    return m ? { type: 'mention', mention: m } : null;
  }
  const head = headWord.text.toLowerCase();
  // Whose it is: "Russia’s foreign ministry", "the Israeli military", "a spokesman for Hamas".
  const owner = words.find((w) => w.mention && (w.possessive || w.start > headWord.start || w.mention.kind === 'place'))?.mention;
  const definite = /^(?:the|its|his|her|their|this|that)$/i.test(words[0]!.text) && !/s$/.test(head);
  if (CARRIERS.test(head) && owner && owner.kind !== 'person' && !/^spokes/.test(head)) return { type: 'mention', mention: owner };
  return { type: 'description', start: words[0]!.start, end: words[words.length - 1]!.end, head, definite, ...(owner ? { owner } : {}) };
}

function lastIndexOfMention(words: Token[], i: number): number {
  let j = i;
  while (j + 1 < words.length && words[j + 1]!.mention === words[i]!.mention) j++;
  return j;
}
