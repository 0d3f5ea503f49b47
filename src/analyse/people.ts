// People named by rule: after a title ("South Korean Foreign Minister Park Jin"), after an
// honorific ("Mr Blinken"), with an appositive role ("Duyeon Kim, an analyst with the Center for a
// New American Security"; "South Korea’s foreign minister, Park Jin,"), or with an age ("X, 45,").
// Each regex is tried only near the literal words its matches need (see anchored-match.ts).

import { type AnchorWindows, anchoredRule, MAY_START_NAME, MAY_START_WORD, matchAllNear } from './anchored-match.ts';
import { classifyPiece } from './chunk-kinds.ts';
import { genderFromHonorific, genderFromRole } from './gender.ts';
import { isCommonWord, isKnownFirstName } from './lexicon.ts';
import { INDUSTRY_HEADS, NEVER_NAMES, ORG_HEADS, PERSON_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './name-words.ts';
import type { Mention } from './types.ts';

export interface PersonMention extends Mention {
  kind: 'person';
  /** How the rule found it: roles from titles are preferred over appositives. */
  via?: 'title' | 'honorific' | 'appositive' | 'age' | 'speech' | 'name';
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const caseFree = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRe(w.slice(1))}`;

// Buildings named with a title ("Imam Mosque", "Shah Palace"); not Park, Hall or Field, which are surnames too.
const BUILDINGS = ['Mosque', 'Masjid', 'Cathedral', 'Basilica', 'Temple', 'Shrine', 'Palace', 'Museum', 'Stadium', 'Arena', 'Station', 'Bridge', 'Square', 'Avenue', 'Mausoleum', 'Monastery'];
const BUILDING_AFTER = new RegExp(`^ (?:${BUILDINGS.join('|')})(?![\\p{L}])`, 'u');

// Words that end or sit inside titles and organisation names, never a person's name.
const NOT_NAME_WORDS = [
  ...ORG_HEADS,
  ...INDUSTRY_HEADS,
  ...TITLE_HEADS,
  ...NEVER_NAMES,
  'Affairs',
  'State',
  'Security',
  'Staff',
  'Defense',
  'Defence',
  'Foreign',
  'Finance',
  'Interior',
  'Justice',
  'Health',
  'Trade',
  'Energy',
  'Commerce',
  'Treasury',
  'Homeland',
  'Education',
  'Labor',
  'Labour',
  'Agriculture',
  'Transportation',
  'Veterans',
  'Unification',
  'Economy',
  'Economic',
  'Development',
  'Environment',
  'Prime',
  'Vice',
  'Deputy',
  'Acting',
  'Former',
  'National',
  'Federal',
  'Central',
  'Supreme',
  'Republican',
  'Democratic',
  'Democrat',
  'Conservative',
  'Liberal',
  'Minister',
  'Ministers',
  'Jr',
  'Sr',
  'Motors',
  'Electric',
  'Dynamics',
  'Mills',
  'Staff',
  'Hospital',
  'Airport',
  ...BUILDINGS,
  // Fields, works, prizes and ways named after people or places: "Professor of East Asian
  // Studies", "Inspector Varn Mysteries", "Queen Creek", "Admiral Blvd".
  'Studies',
  'Mysteries',
  'Prize',
  'Award',
  'Awards',
  'Medal',
  'Trophy',
  'Creek',
  'Blvd',
  'Boulevard',
  'Road',
  'Highway',
  'Parkway',
  'Turnpike',
  'River',
  'Island',
  'Islands',
  'Bay',
  'Springs',
  'Valley',
  'Mountains',
  'County',
];
const NOT_NAME = `(?!(?:${[...new Set(NOT_NAME_WORDS)].map((w) => escapeRe(w.replace(/\.$/, ''))).join('|')}|\\p{Lu}\\p{Ll}{2,}works)(?![\\p{L}'’-]))`;
// One word of a personal name: "Blinken", "O’Brien", "Ocasio-Cortez", "DeSantis", or an initial "J.".
const NAME_WORD = String.raw`${NOT_NAME}(?:\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}]*(?:['’]\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]+)*|\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}\.)`;
const NAME_CONNECTOR = `(?:de|da|di|du|dos|van|von|der|den|bin|ibn|al|el|la|le)`;
const NAME = String.raw`${NAME_WORD}(?: (?:${NAME_CONNECTOR} )*${NAME_WORD}){0,3}(?: (?:Jr\.|Sr\.|II|III|IV))?`;

const HEADS = [...TITLE_HEADS].sort((a, b) => b.length - a.length).map(caseFree).join('|');
const MODIFIERS = TITLE_MODIFIERS.map(escapeRe).join('|');
// A qualifier word before the title: "U.S.", "South", "Korean", "Russia’s", "White", "House".
const QUALIFIER = String.raw`(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}-]*(?:['’]s)?|then-\p{Ll}+)`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}.-]*`;
const ROLE = String.raw`(?:(?:${QUALIFIER}|${MODIFIERS}) ){0,5}(?:${HEADS})(?![\p{L}-])(?: (?:of|for) (?:the )?${CAP_WORD}(?: (?:and )?${CAP_WORD}){0,3}?)?`;
// French forms too: "Mademoiselle Corinne Vartan", "Mme Arlette Sorel", "Monsieur Dravel".
const HONORIFIC = `(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Mademoiselle|Mlle|Madame|Mme|Monsieur)`;

const TITLED = new RegExp(String.raw`(?<![\p{L}\p{N}])(${ROLE}) (?:(${HONORIFIC})\.? )?(${NAME})(?![\p{L}\p{N}]|\.\p{L})`, 'gu');
// A particle may open the surname after an honorific: "Mlle. du Pellier", "Mr van Daalen".
const HONORED = new RegExp(String.raw`(?<![\p{L}\p{N}])(${HONORIFIC})\.? ((?:(?:de|du|van|von|der|le|la) )?${NAME})(?![\p{L}\p{N}])`, 'gu');

// Nouns that head a role; group words and vague ones ("people", "source") do not.
const ROLE_NOUNS = PERSON_NOUNS.filter((n) => !['people', 'police', 'officials', 'man', 'woman', 'person', 'source', 'member'].includes(n));
// Any "-ist" is a person's occupation too: "a freshwater ecologist", "a hydrologist".
const PERSON_NOUN = [...ROLE_NOUNS.map(escapeRe), String.raw`\p{Ll}{3,}ist`].join('|');
// Words that start a clause, not a role: "Blinken, who met the minister," is no appositive.
const NOT_CLAUSE = String.raw`(?!(?:who|which|that|and|but|or|said|says|told|was|is|has|had|will|would|met|when|while|after)\b)`;
// "Duyeon Kim, an analyst with the Center for a New American Security," — role up to the next comma.
const APPOSITIVE_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME}), ((?:(?:a|an|the|its|his|her|their) |(?=\p{Lu}))(?:${NOT_CLAUSE}[\p{L}\p{M}.’'-]+ ){0,6}?(?:${PERSON_NOUN})s?(?: (?:(?:with|at|of|for|from|to|in) (?:the )?[\p{Lu}\p{N}][^,;.]{0,60}?))?)(?=,|;|\.(?:\s|$)| who\b| said\b| told\b| says\b|$)`,
  'gmu',
);
const NOT_LINKING = String.raw`(?!(?:in|on|at|of|for|with|to|by|from|her|his|its|their|our|my|and|or|but|that|who|which|said|told|says|is|was|as|a|an|the)\b)`;
// "South Korea’s foreign minister, Park Jin, said"
const APPOSITIVE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'])((?:(?:the|The) )?(?:${QUALIFIER} ){0,3}(?:(?:${MODIFIERS}|${NOT_LINKING}[\p{Ll}-]+) ){0,3}(?:${PERSON_NOUN})), (${NAME})(?=,|;|\.(?:\s|$)| said\b| told\b|$)`,
  'gu',
);
// "Lukas Brenner-Hall, who is married to …, has been a non-executive director of Vessen since 2021"
const ROLE_AFTER_CLAUSE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME}), who [^,;.“”"]{1,100}, (?:has been|had been|is|was|became|has become|serves as|has served as) ((?:a|an|the) (?:${NOT_CLAUSE}[\p{L}\p{M}.’'-]+ ){0,4}?(?:${PERSON_NOUN})(?: (?:with|at|of|for) (?:the )?[\p{Lu}\p{N}][^,;.]{0,60}?)?)(?=,|;|\.(?:\s|$)| since\b| until\b| for\b| who\b|$)`,
  'gmu',
);
// A lower-case title after an organisation's name: "Vessen Signalworks chief executive Ragnhild Ostrow".
const LOWER_TITLE = `(?:(?:${MODIFIERS}|non-executive|managing|executive) ){0,2}(?:chief executive|chief operating officer|chief financial officer|executive|chairman|chairwoman|chairperson|chair|president|director|spokesman|spokeswoman|spokesperson|founder|owner|manager|head|economist|analyst|counsel|secretary|treasurer)`;
const ORG_TITLED = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])((?:\p{Lu}[\p{L}\p{M}&.-]* ){1,4})(${LOWER_TITLE}) (${NAME})(?![\p{L}\p{N}]|\.\p{L})`, 'gu');
// A name set in capitals, as the Congressional Record and transcripts print it: "KAMALA HARRIS"
// (a known first name opens it) and "Senator PADILLA" (after a title or honorific).
const CAPS_WORD = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})?`;
const CAPS_FULL = new RegExp(String.raw`(?<![\p{L}\p{N}])(${CAPS_WORD}) (${CAPS_WORD})(?![\p{L}\p{N}])`, 'gu');
const CAPS_TITLED = /(?<![\p{L}\p{N}])((?:Vice )?President|Senator|Representative|Congressman|Congresswoman|Governor|Leader|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) (\p{Lu}{3,}(?:-\p{Lu}{2,})?)(?![\p{L}\p{N}])/gu;
const capsToName = (w: string) => w.toLowerCase().replace(/(^|-)(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
// Kin and companions, and occupations a life names people by, beside the roles above.
const KIN_NOUNS = ['brother', 'sister', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'half-brother', 'half-sister', 'fiancé', 'fiancée', 'widow', 'widower', 'boyfriend', 'girlfriend', 'companion', 'mentor', 'pupil', 'disciple', 'successor', 'predecessor', 'teammate', 'classmate', 'publisher', 'composer', 'painter', 'poet', 'actor', 'actress', 'singer', 'architect', 'philosopher', 'mathematician', 'playwright', 'sculptor', 'rapper', 'conductor', 'producer', 'explorer', 'biographer', 'collaborator', 'assistant', 'secretary', 'lover', 'child', 'ally'];
const KIN_OR_ROLE = [...KIN_NOUNS, ...ROLE_NOUNS.filter((n) => !['chief', 'head', 'member', 'resident'].includes(n))].map(escapeRe).join('|');
// "his daughter Lensa", "the brother Petrov", "her publisher Brandt", "his two brothers, Nils and
// Johan", "his publisher, Brandt,": a lower-case noun of kin or occupation right before a name.
const KIN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'-])((?:(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Ww]hose|[Tt]he|[Aa]n?|[Ii]ts|two|three|four|five) )(?:${NOT_LINKING}[\p{Ll}-]+ ){0,2}?(?:${KIN_OR_ROLE}|\p{Ll}{3,}ist)(s)?(,)?) (${NAME})(?:,? and (${NAME}))?(?![\p{L}\p{N}]|\.\p{L}| (?:\p{Lu}|of))`,
  'gu',
);
const AGED = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}), (?:aged )?\d{1,3},`, 'gu');

// Where each rule can match (see anchored-match.ts): the anchor its match must contain, and how
// many spaces the part of the match before the anchor may span.
const ANY_CLAUSE = Number.POSITIVE_INFINITY;
const COMMA = /, /g;
/** A title head, in any case; the role before it is up to five qualifiers or modifiers. */
const TITLED_NEAR: AnchorWindows = { anchor: new RegExp([...TITLE_HEADS].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'gi'), maxSpaces: 5, canStart: MAY_START_WORD };
/** The first word of a lower-case title; before it up to two modifiers and four capitalised words. */
const ORG_TITLED_NEAR: AnchorWindows = {
  anchor: /chief|executive|chair|president|director|spokes|founder|owner|manager|head|economist|analyst|counsel|secretary|treasurer/g,
  maxSpaces: 6,
  canStart: MAY_START_NAME,
};
/** The comma after the name; a name may hold any number of connectors ("de", "van"). */
const APPOSITIVE_AFTER_NEAR: AnchorWindows = { anchor: COMMA, anchorFits: appositiveAfterComma, maxSpaces: ANY_CLAUSE, canStart: MAY_START_NAME };
const ROLE_NOUN_SET = new Set<string>(ROLE_NOUNS);
const isLowerOrHyphen = (code: number) => (code >= 97 && code <= 122) || code === 45;

/**
 * A role's noun ends right before the comma ("minister, Park Jin"). The noun is the run of
 * lower-case letters and hyphens there, or a part of it after a hyphen ("vice-president"); a
 * non-ASCII letter before the run may belong to an "-ist" noun, so it passes.
 */
function roleNounBefore(text: string, comma: number): boolean {
  let from = comma;
  while (from > 0 && isLowerOrHyphen(text.charCodeAt(from - 1))) from--;
  if (from > 0 && text.charCodeAt(from - 1) >= 128) return true;
  const run = text.slice(from, comma);
  if (run.endsWith('ist') || ROLE_NOUN_SET.has(run)) return true;
  for (let i = run.indexOf('-'); i >= 0; i = run.indexOf('-', i + 1)) if (ROLE_NOUN_SET.has(run.slice(i + 1))) return true;
  return false;
}

/** After the comma, the role opens with an article or pronoun, or a capital letter. */
const APPOSITIVE_OPENER = /, (?:(?:a|an|the|its|his|her|their) |[A-Z\u0080-\uffff])/y;
function appositiveAfterComma(text: string, comma: number): boolean {
  APPOSITIVE_OPENER.lastIndex = comma;
  return APPOSITIVE_OPENER.test(text);
}

/** The comma after the role: "the", three qualifiers and three modifiers before its noun. */
const APPOSITIVE_BEFORE_NEAR: AnchorWindows = { anchor: COMMA, anchorFits: roleNounBefore, maxSpaces: 7, canStart: MAY_START_WORD };
/** An honorific: Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Sir, Dame, Lord, Lady, Rev, and the French ones. */
const HONORED_NEAR: AnchorWindows = { anchor: /M(?:[rsxi]|ademoiselle|adame|lle|me|onsieur)|Dr|Prof|Sir|Dame|L(?:ord|ady)|Rev/g, maxSpaces: 0, canStart: MAY_START_NAME };
const ROLE_AFTER_CLAUSE_NEAR: AnchorWindows = { anchor: /, who /g, maxSpaces: ANY_CLAUSE, canStart: MAY_START_NAME };
/**
 * The kin or role noun; before it the determiner and two modifiers. The anchor (a hundred-odd
 * nouns, or any "-ist" word) would be tried at every letter of the text; it ends in a space and a
 * capital, and before those holds only the nouns' letters, an "s" and a comma, so it is tried only
 * in such a run before each space and capital.
 */
const KIN_BEFORE_NEAR: AnchorWindows = {
  anchor: new RegExp(String.raw`(?:${KIN_OR_ROLE}|[a-z]{3,}ist)s?,? [A-Z\u0080-\uffff]`, 'g'),
  anchorHint: { hint: / [A-Z\u0080-\uffff]/g, spans: kinNounChar() },
  maxSpaces: 3,
  canStart: MAY_START_WORD,
};

/** The characters of the kin and role nouns (lower-case letters, hyphens, "é"), and the comma after them. */
function kinNounChar(): (code: number) => boolean {
  const extra = new Set<number>([44]);
  for (const noun of [...KIN_NOUNS, ...ROLE_NOUNS]) for (const ch of noun) if (!/[a-z]/.test(ch)) extra.add(ch.charCodeAt(0));
  if (extra.has(32)) throw new Error('a kin or role noun with a space would need another anchor hint');
  return (code) => (code >= 97 && code <= 122) || extra.has(code);
}
const AGED_NEAR: AnchorWindows = { anchor: /, (?:aged )?\d/g, maxSpaces: ANY_CLAUSE, canStart: MAY_START_NAME };

/** Each rule with where it can match; exported for the test that compares them with `matchAll`. */
export const PERSON_RULES = {
  orgTitled: anchoredRule(ORG_TITLED, ORG_TITLED_NEAR),
  titled: anchoredRule(TITLED, TITLED_NEAR),
  honored: anchoredRule(HONORED, HONORED_NEAR),
  appositiveAfter: anchoredRule(APPOSITIVE_AFTER, APPOSITIVE_AFTER_NEAR),
  appositiveBefore: anchoredRule(APPOSITIVE_BEFORE, APPOSITIVE_BEFORE_NEAR),
  roleAfterClause: anchoredRule(ROLE_AFTER_CLAUSE, ROLE_AFTER_CLAUSE_NEAR),
  aged: anchoredRule(AGED, AGED_NEAR),
  kinBefore: anchoredRule(KIN_BEFORE, KIN_BEFORE_NEAR),
};

const LEADING_NOISE = new Set([...NEVER_NAMES, 'When', 'While', 'As', 'After', 'Before', 'If', 'Since', 'Earlier', 'Later', 'Last', 'Next', 'On', 'In', 'At', 'By', 'With', 'From', 'For', 'Under', 'Also', 'Both', 'Then-']);

// A generational number after a full name is no part of how the person is called ("Tavin Q. Orrick II").
const GENERATION = / (?:II|III|IV)$/;

function person(text: string, start: number, canonical: string, extra: Partial<PersonMention> = {}): PersonMention {
  const name = GENERATION.test(canonical) && canonical.replace(GENERATION, '').includes(' ') ? canonical.replace(GENERATION, '') : canonical;
  return { text, start, end: start + text.length, kind: 'person', canonical: name, ...extra };
}

/** Leading words that are no part of a role ("Thursday President" → "President"). */
function cleanRole(role: string): string {
  const words = role.split(' ');
  while (words.length > 1 && LEADING_NOISE.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** "an analyst with the Center for …" → "analyst, Center for …" */
export function formatAppositiveRole(phrase: string): string {
  const bare = phrase.replace(/^(?:a|an|the|its|his|her|their) /i, '');
  const m = /^(.*?) (?:with|at|of|for|from) (?:the )?([\p{Lu}\p{N}].*)$/u.exec(bare);
  if (m && !/^(?:state|defense|defence)$/i.test(m[2]!)) return `${m[1]}, ${m[2]}`;
  return bare;
}

function withGender(p: PersonMention, honorific?: string): PersonMention {
  const g = (honorific ? genderFromHonorific(honorific) : undefined) ?? (p.role ? genderFromRole(p.role) : undefined);
  return g ? { ...p, gender: g } : p;
}

/** People named with a title, honorific, appositive or age; roles and gender come with them. */
export function findPeopleByRule(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  for (const m of matchAllNear(text, PERSON_RULES.orgTitled)) {
    const orgWords = m[1]!.trim().split(' ');
    while (orgWords.length > 1 && LEADING_NOISE.has(orgWords[0]!)) orgWords.shift();
    const kind = classifyPiece(orgWords, { sentenceInitial: false, credit: false, speaker: false });
    if (kind?.kind !== 'organization') continue;
    const org = orgWords.slice(kind.from, kind.to).join(' ');
    const name = m[3]!;
    const start = m.index + m[0].length - name.length;
    found.push(withGender(person(name, start, name, { role: `${m[2]!}, ${org}`, via: 'title' })));
  }
  for (const m of matchAllNear(text, PERSON_RULES.titled)) {
    // "secretary-general of the Ossel Basin Commission": the end of a hyphenated word is no title.
    if (text[m.index - 1] === '-' && /^\p{Ll}/u.test(m[1]!)) continue;
    const role = cleanRole(m[1]!);
    const honorific = m[2];
    const name = m[3]!;
    // "Sheikh Lotfar Mosque": a building's name, not Sheikh Lotfar.
    if (BUILDING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    const nameStart = m.index + m[0].length - name.length;
    const start = honorific ? m.index + m[0].lastIndexOf(honorific, m[0].length - name.length) : nameStart;
    found.push(withGender(person(text.slice(start, nameStart + name.length), start, name, { role, via: 'title' }), honorific));
  }
  for (const m of matchAllNear(text, PERSON_RULES.honored)) {
    const name = m[2]!;
    found.push(withGender(person(m[0], m.index, name, { via: 'honorific' }), m[1]));
  }
  for (const m of matchAllNear(text, PERSON_RULES.appositiveAfter)) {
    const role = formatAppositiveRole(m[2]!);
    found.push(withGender(person(m[1]!, m.index, m[1]!, { role, via: 'appositive' })));
  }
  for (const m of matchAllNear(text, PERSON_RULES.appositiveBefore)) {
    const role = cleanRole(m[1]!.replace(/^(?:the|The|Its|His|Her|Their|Our) /, ''));
    const name = m[2]!;
    found.push(withGender(person(name, m.index + m[0].length - name.length, name, { role, via: 'appositive' })));
  }
  for (const m of matchAllNear(text, PERSON_RULES.roleAfterClause)) {
    const role = formatAppositiveRole(m[2]!);
    found.push(withGender(person(m[1]!, m.index, m[1]!, { role, via: 'appositive' })));
  }
  for (const m of matchAllNear(text, PERSON_RULES.aged)) found.push(person(m[1]!, m.index, m[1]!, { via: 'age' }));
  for (const m of matchAllNear(text, PERSON_RULES.kinBefore)) {
    const [, lead, plural, comma, name, second] = m;
    // A plural noun names people only as a list after its comma ("two brothers, Nils and Johan");
    // after a singular one the comma closes around the name ("his publisher, Brandt, who …").
    if (plural ? !(comma && second) : comma && !/^[,.;]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    const role = plural ? undefined : cleanRole(lead!.replace(/,$/, '').replace(/^(?:the|a|an|his|her|their|my|our|your|whose|its) /i, ''));
    found.push(person(name!, m.index + lead!.length + 1, name!, { via: 'appositive', ...(role ? { role } : {}) }));
    if (second) found.push(person(second, m.index + m[0].length - second.length, second, { via: 'appositive' }));
  }
  if (mayNameInCapitals(text)) found.push(...peopleInCapitals(text));
  if (/ v(?:s?\.|ersus) \p{Lu}/u.test(text)) {
    for (const m of text.matchAll(CASE_PARTY_BEFORE)) found.push(person(m[1]!, m.index, m[1]!, { via: 'name' }));
    for (const m of text.matchAll(CASE_PARTY_AFTER)) found.push(person(m[1]!, m.index + m[0].length - m[1]!.length, m[1]!, { via: 'name' }));
  }
  // A signature needs a comma ending its line ("Best wishes,"): most articles have none.
  if (COMMA_ENDS_LINE.test(text)) for (const m of text.matchAll(SIGNED)) found.push(person(m[1]!, m.index + m[0].lastIndexOf(m[1]!), m[1]!, { via: 'name' }));
  return found;
}

const COMMA_ENDS_LINE = /,[ \t]*\n/;

// Whether the text may name someone in capitals: what /\p{Lu}{2,} \p{Lu}{2,}|[a-z.] \p{Lu}{3,}/u
// finds, asked only at spaces before an upper-case or non-ASCII character (that regex, tried at
// every position of the text, cost as much as all the person rules).
const CAPITALS_AROUND_SPACE = / (?:(?<=\p{Lu}{2} )\p{Lu}{2}|(?<=[a-z.] )\p{Lu}{3})/uy;

export function mayNameInCapitals(text: string): boolean {
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next < 128 && !(next >= 65 && next <= 90)) continue;
    CAPITALS_AROUND_SPACE.lastIndex = at;
    if (CAPITALS_AROUND_SPACE.test(text)) return true;
  }
  return false;
}

// The parties of a case: "Lynch v. Overholser", "Wade versus Jacobs" (a place or a body is dropped later).
const CASE_PARTY_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(${NAME_WORD}) v(?:s?\.|ersus) (?=\p{Lu})`, 'gu');
const CASE_PARTY_AFTER = new RegExp(String.raw`(?<=\p{L} v(?:s?\.|ersus) )(${NAME_WORD})(?![\p{L}\p{N}]| \p{Lu}| (?:of|for)\b)`, 'gu');
// A letter's signature: a name alone on its line after a closing line ("Best wishes,\n\nBill").
const CLOSING = `(?:(?:With )?[Ll]ove|Best(?: wishes| regards)?|(?:Kind|Warm|Warmest|With best) regards|Regards|Yours(?: truly| sincerely| faithfully| ever)?|Sincerely(?: yours)?|Cheers|Thanks|Thank you|Affectionately|Respectfully(?: yours)?|Faithfully|Fondly|All the best)`;
const SIGNED = new RegExp(String.raw`(?<=^|\n)[ \t]*${CLOSING}(?: [\p{Ll} ]{1,30})?,[ \t]*\n+[ \t]*(${NAME})[ \t]*(?=\n|$)`, 'gu');

/** People named in capitals: a known first name and a surname ("KAMALA HARRIS"), or a title and a surname ("Senator PADILLA"). */
function peopleInCapitals(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  // A text in capitals throughout is a shout or a header, not a transcript's names.
  if (!/\p{Ll}{3,} \p{Ll}{3,}/u.test(text)) return found;
  for (const m of text.matchAll(CAPS_FULL)) {
    const first = capsToName(m[1]!);
    const last = capsToName(m[2]!);
    if (!isKnownFirstName(first) || isCommonWord(last) || NEVER_NAMES.has(last)) continue;
    found.push(person(m[0], m.index, `${first} ${last}`, { via: 'name' }));
  }
  for (const m of text.matchAll(CAPS_TITLED)) {
    const last = capsToName(m[2]!);
    if (isCommonWord(last) || NEVER_NAMES.has(last)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    found.push(withGender(person(m[2]!, start, last, { role: m[1]!, via: 'title' }), /^M/.test(m[1]!) ? m[1]!.replace(/\.$/, '') : undefined));
  }
  return found;
}
