// A person's grammatical gender, from what the text gives: an honorific ("Ms"), a role word
// ("spokeswoman"), a first name compromise knows, or the pronouns used after the name.

import { extraFirstNameGender } from './first-names.ts';
import { firstNameGender } from './lexicon.ts';
import { SURNAME_FIRST } from './name-words.ts';
import type { Gender } from './types.ts';

const HONORIFIC_GENDER: Record<string, Gender> = {
  Mr: 'male',
  Sir: 'male',
  Lord: 'male',
  King: 'male',
  Prince: 'male',
  Mrs: 'female',
  Ms: 'female',
  Miss: 'female',
  Dame: 'female',
  Lady: 'female',
  Queen: 'female',
  Princess: 'female',
};

const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|councilwoman|woman|mother|wife|daughter|sister|grandmother|widow|actress|queen|princess|duchess|empress|first lady)\b/i;
const MALE_ROLE = /\b(?:spokesman|chairman|congressman|businessman|statesman|councilman|man|father|husband|son|brother|grandfather|widower|actor|king|prince|duke|emperor)\b/i;

export function genderFromHonorific(honorific: string): Gender | undefined {
  return HONORIFIC_GENDER[honorific.replace(/\.$/, '')];
}

export function genderFromRole(role: string): Gender | undefined {
  if (FEMALE_ROLE.test(role)) return 'female';
  if (MALE_ROLE.test(role)) return 'male';
  return undefined;
}

// First names borne by men and women alike ("Lindsey Graham", "Terry Strada"): they give no
// gender; the pronouns the text uses for the person decide.
const UNISEX = new Set(['lindsey', 'lindsay', 'terry', 'terri', 'leslie', 'lesley', 'kelly', 'jordan', 'taylor', 'casey', 'jamie', 'morgan', 'robin', 'lynn', 'dana', 'pat', 'chris', 'alex', 'sam', 'jesse', 'jean', 'shannon', 'tracy', 'tracey', 'kerry', 'carey', 'stacy', 'avery', 'blair', 'cameron', 'drew', 'devon', 'jody', 'jodie', 'jackie', 'lee', 'marion', 'sidney', 'sydney', 'riley', 'shelby', 'kris', 'kendall', 'quinn', 'jan', 'gale', 'dale', 'leigh', 'val', 'aubrey', 'frankie', 'sandy', 'toby', 'billie', 'bobbie', 'charlie', 'rory', 'reese', 'skyler', 'peyton', 'hayden', 'emerson', 'laurie']);

/** Gender from a full name's first word, unless that word may be a surname written first ("Kim Jong Un"). */
export function genderFromName(name: string): Gender | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const first = words[0]!;
  if (SURNAME_FIRST.has(first) || UNISEX.has(first.toLowerCase())) return undefined;
  return extraFirstNameGender(first) ?? firstNameGender(first);
}

const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;

export function pronounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'male';
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'female';
  return undefined;
}

/**
 * Votes from pronoun use: the first gendered pronoun after a person's name, within the same
 * sentence-sized window and before any other person is named, usually refers back to them.
 */
export function pronounVotes(
  text: string,
  people: { start: number; end: number; canonical: string }[],
  windowChars = 160,
): Map<string, { male: number; female: number }> {
  const votes = new Map<string, { male: number; female: number }>();
  const sorted = [...people].sort((a, b) => a.start - b.start);
  // Every pronoun of the text, found once: a pronoun is a whole word, so the first one a scan from
  // any position finds is the first of these at or after it (a scan per person went on to the end
  // of the text whenever no pronoun followed).
  const pronouns = sorted.length > 0 ? [...text.matchAll(PRONOUN)] : [];
  let k = 0;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    const next = sorted[i + 1];
    const limit = Math.min(p.end + windowChars, next ? next.start : text.length);
    while (k > 0 && pronouns[k - 1]!.index >= p.end) k--;
    while (k < pronouns.length && pronouns[k]!.index < p.end) k++;
    const m = pronouns[k];
    if (!m || m.index >= limit) continue;
    // A pronoun inside quoted speech usually refers to someone else: only count those outside.
    // Nor across a paragraph (a headline's name is not the dateline's "he"); and "him" is an
    // object, never the subject of its own clause ("Kelly confronted him").
    const between = text.slice(p.end, m.index);
    if (/[“”"\n]/.test(between) || m[1]!.toLowerCase() === 'him') continue;
    const g = pronounGender(m[1]!);
    if (!g) continue;
    const v = votes.get(p.canonical) ?? { male: 0, female: 0 };
    v[g]++;
    votes.set(p.canonical, v);
  }
  return votes;
}
