// People in news text. compromise alone misses most of them, so titles, honorifics and
// appositives ("X, an analyst with Y") name people first; compromise's tagger adds the rest.

import nlp from 'compromise';
import type { Gender, Mention } from './types.ts';

// compromise accepts `terms: false` (skip per-term output) though its typings do not say so.
const JSON_OFFSETS_ONLY = { offset: true, terms: false } as unknown as { offset: true };

const NAME_WORD = String.raw`(?!(?:Mr|Ms|Mrs|Miss|Dr|Prof)\b)[A-Z][a-z\-]+(?:['’][A-Z][a-z]+)?`;
const NAME = String.raw`${NAME_WORD}(?: (?:[A-Z]\. )?${NAME_WORD}){0,2}`;

const TITLES = [
  'Secretary of State',
  'Secretary of Defense',
  'Defence Secretary',
  'Defense Secretary',
  'Foreign Secretary',
  'Home Secretary',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Finance Minister',
  'Prime Minister',
  'Deputy Prime Minister',
  'Minister',
  'President',
  'Vice President',
  'Chancellor',
  'Senator',
  'Sen\\.',
  'Rep\\.',
  'Governor',
  'Gov\\.',
  'Mayor',
  'General',
  'Gen\\.',
  'Ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'Chief Executive',
  'CEO',
  'King',
  'Queen',
  'Pope',
];
// An optional national or institutional qualifier before the title: "U.S.", "South Korean".
const QUALIFIER = String.raw`(?:(?:U\.S\.|US|UK|U\.K\.|EU|UN|[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?`;
const TITLED = new RegExp(String.raw`\b(${QUALIFIER}(?:${TITLES.join('|')}))( ${NAME})`, 'g');

const HONORIFIC = new RegExp(String.raw`\b(Mr|Ms|Mrs|Miss|Dr|Prof)\.? (${NAME})`, 'g');
const HONORIFIC_GENDER: Record<string, Gender | undefined> = { Mr: 'male', Ms: 'female', Mrs: 'female', Miss: 'female' };

// "Duyeon Kim, an analyst with the Center for a New American Security"
const APPOSITIVE = new RegExp(
  String.raw`\b(${NAME_WORD} ${NAME_WORD}(?: ${NAME_WORD})?), (?:an?|the) ([a-z]+(?: [a-z]+){0,3}) (?:with|at|of|for) (?:the )?((?:[A-Z][\w’'-]*|of|for|a|the|and|on)(?: (?:[A-Z][\w’'-]*|of|for|a|the|and|on))*[A-Za-z])`,
  'g',
);

export interface PersonMention extends Mention {
  kind: 'person';
}

function person(text: string, start: number, extra: Partial<PersonMention> = {}): PersonMention {
  return { text, start, end: start + text.length, kind: 'person', canonical: text, ...extra };
}

/** People named with a title, honorific or appositive; roles come with them. */
export function findPeopleByRule(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  for (const m of text.matchAll(TITLED)) {
    const name = m[2]!.trim();
    const role = m[1]!.trim();
    found.push(person(name, m.index + m[1]!.length + 1, { role }));
  }
  for (const m of text.matchAll(HONORIFIC)) {
    const name = m[2]!;
    const gender = HONORIFIC_GENDER[m[1]!];
    found.push(person(name, m.index + m[0].length - name.length, gender ? { gender } : {}));
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    const role = `${m[2]}, ${m[3]}`;
    found.push(person(m[1]!, m.index, { role }));
  }
  return found;
}

/** compromise's own person tagging, offsets into `text`. */
export function findPeopleByTagger(text: string): PersonMention[] {
  const people = nlp(text).people().json(JSON_OFFSETS_ONLY) as { text: string; offset: { start: number; length: number } }[];
  return people
    .map((p) => {
      const surface = text.slice(p.offset.start, p.offset.start + p.offset.length).replace(/(’s|'s|[.,;:!?”"])+$/u, '');
      return person(surface, p.offset.start);
    })
    .filter((p) => /^\p{Lu}/u.test(p.text) && p.text.length > 1);
}
