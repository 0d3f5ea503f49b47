// What the subject words of a speech verb refer to: a named mention ("U.S. Secretary of State
// Antony Blinken"), a pronoun ("she"), or a description ("the ministry", "one participant",
// "officials at the Pentagon"), which is resolved later or reported as unnamed.

import type { Mention } from '../../analyse/types.ts';
import { lexiconTags } from '../../analyse/lexicon.ts';
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
  // "He’s claiming …": a pronoun with a contracted auxiliary.
  const contracted = words.length === 1 ? /^(he|she|they|it|i|we|you)[’'](?:s|d|ll|re|ve|m)$/i.exec(words[0]!.text) : null;
  if (contracted) return { type: 'pronoun', word: contracted[1]!.toLowerCase() };

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
      // "In a Bloomberg interview Trump declared": a phrase of its own (a common noun ends it)
      // stands between the preposition and the name, which is then the subject.
      const objectOf = before.some(
        (w, k) =>
          PREPOSITIONS.test(w.text) &&
          !(/^(?:of|for)$/.test(w.text) && /^\p{Lu}/u.test(before[k - 1]?.text ?? '') && /^\p{Lu}/u.test((before[k + 1] ?? words[i]!).text)) &&
          !(kind === 'person' && last === words.length - 1 && before.slice(k + 1).some((x) => !x.mention && /^\p{Ll}{3,}$/u.test(x.text) && !DETERMINERS.test(x.text))),
      );
      if (kind === 'person' && !objectOf) return { type: 'mention', mention: headPerson(words, last) ?? m };
      // An organisation or place speaks only as the head of the subject: "the Treasury said",
      // not "a Treasury spokeswoman said".
      const isHead = words.slice(last + 1).every((w) => w.mention);
      if (kind === 'other' && !objectOf && isHead && before.every((w) => w.mention || /^(?:the|The)$/.test(w.text) || /^\p{Lu}/u.test(w.text))) return { type: 'mention', mention: m };
      i = last;
    }
  }
  // A name the analysis did not know ("said Carl Ode", "Vann Q. Ostrow II, a writer for …"): a
  // person of its own, never a description whose "head" is a surname.
  const unknown = unknownName(words);
  if (unknown) return { type: 'mention', mention: unknown };
  // "The Hill reported", "the Times wrote": a proper name the analysis did not know, with "the".
  const press = pressName(words);
  if (press) return { type: 'mention', mention: press };
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

/**
 * "Trump attorney Alan Garten", "campaign chairman Jon Podd of the Clinton camp": the person the
 * phrase is about is its head, the last person named before any preposition, unless "and" or a
 * comma joins two people (then the first speaks for both).
 */
function headPerson(words: Token[], firstEnd: number): Mention | undefined {
  let head: Mention | undefined;
  for (let j = firstEnd + 1; j < words.length; j++) {
    const w = words[j]!;
    if (!w.mention) {
      if (PREPOSITIONS.test(w.text) || /^(?:and|or|&)$/i.test(w.text)) break;
      continue;
    }
    if (w.mention.kind === 'person' && !w.possessive) {
      const end = lastIndexOfMention(words, j);
      if (words[end]!.possessive) {
        j = end;
        continue;
      }
      head = w.mention;
      j = end;
    }
  }
  return head;
}

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’'-]+)?|\p{Lu}[\p{Ll}]*\p{Lu}[\p{Ll}]+|(?:\p{Lu}\.){1,3}|\p{Lu}|II|III|IV|Jr\.?|Sr\.?)$/u;
const CONNECTOR = /^(?:de|del|della|van|von|der|den|da|di|du|le|la|bin|al|el|ibn)$/;
const NOT_NAME = /^(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.?|Rep\.?|Gov\.?|Gen\.?|Lt\.?|Del\.?|Prof\.?|Rev\.?|President|Senator|Governor|Secretary|Minister|Mayor|Judge|Justice|Chairman|Chairwoman|Chair|Director|Spokesman|Spokeswoman|Representative|Congressman|Congresswoman|Democrat|Democrats|Republican|Republicans|Democratic|American|Americans|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Twitter|Facebook|Instagram|Fox|CNN|MSNBC|NBC|CBS|ABC|News|Times|Post|Journal)$/;

/** A run of two or more capitalised words with no mention on them, at the head of the subject. */
function unknownName(words: Token[]): Mention | undefined {
  let best: { from: number; to: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.mention || !NAME_WORD.test(words[i]!.text) || NOT_NAME.test(words[i]!.text)) continue;
    let j = i + 1;
    while (j < words.length && !words[j]!.mention && (NAME_WORD.test(words[j]!.text) || (CONNECTOR.test(words[j]!.text) && NAME_WORD.test(words[j + 1]?.text ?? ''))) && !NOT_NAME.test(words[j]!.text)) j++;
    // A name ends the subject, or a preposition follows it ("Ann Dole of the union").
    const atHead = j === words.length || PREPOSITIONS.test(words[j]!.text);
    if (j - i >= 2 && atHead && /\p{Ll}/u.test(words[j - 1]!.text + words[i]!.text)) best = { from: i, to: j };
    i = j - 1;
  }
  if (!best && words.length === 1) {
    // "Schiff said", "said Ellis": one unknown capitalised word, not a plural ("Democrats said").
    const w = words[0]!;
    if (!w.mention && NAME_WORD.test(w.text) && !NOT_NAME.test(w.text) && !/(?:ers|ists|ans|ats|ents|ors|ives|ees|ies|ics|als)$/.test(w.text) && lexiconTags(w.text.toLowerCase()).every((t) => /Name$/.test(t))) {
      return { text: w.text, start: w.start, end: w.end, kind: 'person', canonical: w.text };
    }
  }
  if (!best) {
    // "Mr. King added": an honorific and one name.
    const k = words.findIndex((w, i) => /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/.test(w.text) && i + 2 === words.length && !words[i + 1]!.mention && NAME_WORD.test(words[i + 1]!.text) && !NOT_NAME.test(words[i + 1]!.text));
    if (k === -1) return undefined;
    const w = words[k + 1]!;
    return { text: w.text, start: w.start, end: w.end, kind: 'person', canonical: w.text };
  }
  const first = words[best.from]!;
  const last = words[best.to - 1]!;
  // "said Ann Dole," — the words before the name must be titles or lower-case descriptions.
  for (let k = 0; k < best.from; k++) {
    const w = words[k]!;
    if (w.mention && w.mention.kind !== 'person' && !w.possessive && k === best.from - 1) return undefined;
  }
  const text = words.slice(best.from, best.to).map((w) => w.text).join(' ');
  const canonical = text.replace(/\s+(?:II|III|IV|Jr\.?|Sr\.?)$/, '');
  return { text, start: first.start, end: last.end, kind: 'person', canonical };
}

const PRESS_WORDS = /^(?:Times|Post|Hill|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Globe|Sun|Star|Mail|Examiner|Observer|Economist|Atlantic|Beast|Caller|Intercept|Register|Chronicle|Inquirer|Bulletin|Record|Review|Monitor|Standard|Independent|Mirror|Express|Wire|Press|Blaze|Federalist|Politico|Axios)$/;

/** "the Times", "The Hill", "the Daily Caller": a definite proper name ending in a press word. */
function pressName(words: Token[]): Mention | undefined {
  if (words.length < 2 || words.length > 4 || !/^the$/i.test(words[0]!.text)) return undefined;
  const rest = words.slice(1);
  if (!rest.every((w) => !w.mention && /^\p{Lu}/u.test(w.text)) || !PRESS_WORDS.test(rest[rest.length - 1]!.text)) return undefined;
  const text = rest.map((w) => w.text).join(' ');
  return { text, start: rest[0]!.start, end: rest[rest.length - 1]!.end, kind: 'organization', canonical: text };
}
