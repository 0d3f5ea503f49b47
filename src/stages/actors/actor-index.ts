// All actors of an analysis, merged across articles, and the way back from any mention to its
// actor. Merging: the same name key ("Centre"/"Center", "the Pentagon"/"Pentagon"); a surname
// alone or with an honorific to the one full name that has it; full names that are one person
// ("Joe Biden" / "Joseph R. Biden"); an acronym to the organisation it abbreviates. Never actors:
// the outlet's own name in its own article, honorifics alone, picture credits.

import { createGazetteer, type Gazetteer } from '../../analyse/gazetteer.ts';
import { CREDIT_NAMES, KIN_OF, ORG_HEADS, SURNAME_FIRST } from '../../analyse/name-words.ts';
import type { Analysis, Gender, Mention } from '../../analyse/types.ts';
import type { Actor, ActorKind } from '../../briefing.ts';
import { initials, nameKey, nameParts, samePerson, surnames, withoutForeignHonorific } from './actor-names.ts';
import { type BracketedName, bracketedNames, namesAPlace, roadNumbers } from './bracketed-names.ts';
import { isJunkName } from './junk-names.ts';
import { PLACE_WORDS, placeQualifiedMatches } from './place-qualified-matches.ts';
import { MORE_ORG_HEADS, VENUE_HEADS } from './gazetteer/heads.ts';
import { definedAbbreviation, droppedHead, PLACE_SHORT_HEAD, PLACE_ONLY_HEAD, SHORT_IN_SENTENCE_ONLY, STREET_ABBREVIATIONS, shortForm, teamShortForm, US_STATE_ABBREVIATIONS, US_STATE_CODES } from './short-forms.ts';

export interface ActorEntry extends Actor {
  gender?: Gender;
}

export interface ActorIndex {
  /** Every actor, unsorted and uncut. */
  actors: ActorEntry[];
  /** The actor a mention of this article counts for; undefined for excluded names. */
  actorOf(articleId: string, mention: Pick<Mention, 'kind' | 'canonical'>): ActorEntry | undefined;
}

interface Group {
  kind: ActorKind;
  names: Map<string, number>;
  /** Sets keep the order of first use and answer membership at once (a story may have thousands of mentions). */
  surfaces: Set<string>;
  roles: { role: string; rank: number; order: number }[];
  genders: Gender[];
  mentions: number;
  articleIds: Set<string>;
  first: number;
  into?: Group;
  /** Mentions right after "the brother of" and the like: a surname so used is a relative's. */
  kinMentions?: number;
}

const cache = new WeakMap<Analysis, ActorIndex>();

export function actorIndex(analysis: Analysis): ActorIndex {
  let index = cache.get(analysis);
  if (!index) {
    index = buildActorIndex(analysis);
    cache.set(analysis, index);
  }
  return index;
}

/** Names an article's own outlet goes by: "The Globe and Mail", "Globe and Mail", "The Globe". */
export function outletNames(outlet: string): Set<string> {
  const key = nameKey(outlet);
  const names = new Set([key]);
  const words = key.split(' ');
  if (words.length >= 3) names.add(words.slice(0, words.indexOf('and') > 0 ? words.indexOf('and') : 2).join(' '));
  return names;
}

const HONORIFIC_ONLY = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?$/;

// Titles a person is addressed by, before the name: "Speaker Pelosi", "Senator Ulla Varn".
const ADDRESS_TITLE = /(?:^|[^\p{L}.])((?:Vice )?President|Speaker|Senator|Sen\.|Congressman|Congresswoman|Representative|Rep\.|Governor|Gov\.|Mayor|Chairman|Chairwoman|Judge|Justice|Professor|Prof\.|Inspector|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Admiral|Commissioner|Ambassador|Chancellor|Premier|King|Queen|Prince|Princess|Emperor|Empress|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Sheikh|Saint|St\.|Reverend|Rev\.|Father|Sister|Brother|Coach|Chief|Tsar|Tsarevna|Czar|Sultan|Shah|Pharaoh|Count|Countess|Duke|Duchess|Baron|Lord|Lady|Sir|Dame) $/u;

/** The name as addressed with its title when a title of address stands right before it. */
function formOfAddress(text: string, m: Mention): string | undefined {
  if (m.kind !== 'person') return undefined;
  const t = ADDRESS_TITLE.exec(text.slice(Math.max(0, m.start - 20), m.start));
  if (!t) return undefined;
  // "Tsar Peter the Great": the epithet after the name the title stands before is part of the form.
  const epithet = / the \p{Lu}\p{Ll}+(?![\p{L}’'])/u.exec(text.slice(m.end, m.end + 30));
  const withEpithet = epithet?.index === 0 && m.canonical.endsWith(`${m.text}${epithet[0]}`) ? epithet[0] : '';
  return `${t[1]} ${m.text.replace(/[’']s$/, '')}${withEpithet}`;
}

function roleRank(m: Mention): number {
  const via = (m as { via?: string }).via;
  if (via === 'title') return /^(?:\p{Lu}|U\.)/u.test(m.role ?? '') ? 0 : 1;
  return 2;
}

function buildActorIndex(analysis: Analysis): ActorIndex {
  const groups = new Map<string, Group>();
  const lookup = new Map<string, Group>();
  const defined: [Group, string][] = [];
  const bracketed: [Group, BracketedName][] = [];
  let order = 0;
  for (const { article, mentions } of analysis.articles) {
    const own = outletNames(article.outlet);
    const terms = termsDefinedInLowerCase(article.text);
    for (const m of mentions) {
      const key = nameKey(m.canonical);
      if (!key || own.has(key) || HONORIFIC_ONLY.test(m.canonical) || (CREDIT_NAMES.has(m.canonical) && /\/|Getty|Pool/.test(m.text))) continue;
      if (terms.has(m.canonical) || (CODE_LABELS.test(m.canonical) && article.text.slice(m.end, m.end + 1) === ':')) continue;
      if (isJunkName(m.canonical, m.kind) && !gazetteer().lookup(m.canonical)) continue;
      const gkey = `${m.kind}:${key}`;
      let g = groups.get(gkey);
      if (!g) {
        g = { kind: m.kind, names: new Map(), surfaces: new Set(), roles: [], genders: [], mentions: 0, articleIds: new Set(), first: order++ };
        groups.set(gkey, g);
      }
      g.names.set(m.canonical, (g.names.get(m.canonical) ?? 0) + 1);
      g.mentions++;
      const surface = m.text.replace(/[’']s$/, '');
      g.surfaces.add(surface);
      const bare = m.kind === 'person' ? withoutForeignHonorific(surface) : undefined;
      if (bare) g.surfaces.add(bare);
      const addressed = formOfAddress(article.text, m);
      if (addressed) g.surfaces.add(addressed);
      if (m.role) g.roles.push({ role: m.role, rank: roleRank(m), order: order++ });
      if (m.gender) g.genders.push(m.gender);
      if (m.kind === 'person' && KIN_OF.test(article.text.slice(Math.max(0, m.start - 30), m.start))) g.kinMentions = (g.kinMentions ?? 0) + 1;
      g.articleIds.add(article.id);
      lookup.set(`${article.id}\u0000${m.kind}\u0000${m.canonical}`, g);
    }
    addDatelinePlace(article, groups, () => order++);
    for (const m of mentions) if (m.kind === 'organization' || isFacilityOfPlace(m)) addPlacesNamedInside(article.id, m, groups, () => order++);
    for (const m of mentions) {
      const g = lookup.get(`${article.id}\u0000${m.kind}\u0000${m.canonical}`);
      if (!g) continue;
      let after = article.text.slice(m.end, m.end + 240);
      for (let hop = 0; hop < 2; hop++) {
        const alts = bracketedNames(after);
        for (const alt of alts) bracketed.push([g, alt]);
        // "an Armenian Quarter called Varnfa (originally called New Varnfa)": a name given outside
        // brackets may have a bracket of its own, which names the same thing.
        const given = alts.length === 1 && alts[0]!.via === 'known' && !after.trimStart().startsWith('(') ? alts[0]! : undefined;
        if (!given) break;
        after = after.slice(after.indexOf(given.name) + given.name.length);
      }
    }
    for (const m of mentions) {
      if (m.kind === 'person') continue;
      const abbr = definedAbbreviation(article.text, m.canonical, m.end);
      const g = lookup.get(`${article.id}\u0000${m.kind}\u0000${m.canonical}`);
      if (abbr && g) defined.push([g, abbr]);
    }
  }
  for (const { article } of analysis.articles) {
    addHeadReferences(article.text, article.id, groups);
    addStateForms(article.text, groups);
    addPlaceQualifiedForms(article.text, article.id, groups);
    addAbbreviationsDefinedAfterLongNames(article.text, article.id, groups);
    addStateCodes(article.text, article.id, groups);
    addAirportCodes(article.text, article.id, groups);
    addStreetAbbreviations(article.text, article.id, groups);
    addInitialledForms(article.text, article.id, groups);
    addIslandPlurals(article.text, article.id, groups);
    addAccentVariants(article.text, article.id, groups);
    mergeSpellingVariants(article.id, groups);
    for (const [number, road] of roadNumbers(article.text)) groups.get(`place:${nameKey(road)}`)?.surfaces.add(number);
    mergeNewYork(article.text, article.id, groups);
  }
  mergeBracketed(bracketed, groups);
  mergePlacePrefixed(groups);
  mergePeople([...groups.values()].filter((g) => g.kind === 'person'));
  mergeDefined(defined, groups);
  mergeAcronyms([...groups.values()].filter((g) => g.kind === 'organization'));
  mergeShortForms(groups, analysis);
  addSurnamesAlone(groups, analysis);
  mergePiecesOfLongerNames(groups, analysis);

  const root = (g: Group): Group => (g.into ? root(g.into) : g);
  const actors = new Map<Group, ActorEntry>();
  for (const g of groups.values()) {
    const r = root(g);
    if (r !== g) absorb(r, g);
  }
  for (const g of groups.values()) if (!g.into) actors.set(g, toActor(g));
  return {
    actors: [...actors.values()],
    actorOf(articleId, mention) {
      const g = lookup.get(`${articleId}\u0000${mention.kind}\u0000${mention.canonical}`);
      return g ? actors.get(root(g)) : undefined;
    },
  };
}

let knownPlaces: Gazetteer | undefined;
const gazetteer = (): Gazetteer => {
  knownPlaces ??= createGazetteer();
  return knownPlaces;
};

/**
 * The place a dateline names ("VALLIS (Ridgeway) -") left the text when the article was cleaned;
 * a town the gazetteer does not know is an actor all the same. Known ones are named in the text.
 */
function addDatelinePlace(article: Analysis['articles'][number]['article'], groups: Map<string, Group>, next: () => number): void {
  if (!article.place) return;
  const name = /\p{Ll}/u.test(article.place) ? article.place.trim() : article.place.trim().toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  const key = nameKey(name);
  if (!key || gazetteer().lookup(name) || /\d/.test(name)) return;
  const gkey = `place:${key}`;
  let g = groups.get(gkey);
  if (!g) {
    g = { kind: 'place', names: new Map(), surfaces: new Set(), roles: [], genders: [], mentions: 0, articleIds: new Set(), first: next() };
    groups.set(gkey, g);
  }
  g.names.set(name, (g.names.get(name) ?? 0) + 1);
  g.mentions++;
  g.surfaces.add(name);
  g.articleIds.add(article.id);
}

/**
 * A place the gazetteer knows inside an organisation's name ("University of Oslo", "Boston
 * University", "Bank of Japan") is named by the article too: it counts for that place. A demonym
 * ("Chinese Communist Party") names no place.
 */
// Facilities named after the place they serve: "Newark Airport", "Auckland Hospital", "Cleveland Museum of Art".
const FACILITY_OF_PLACE = /^\S.* (?:Airport|Hospital|Museum|Station|Stadium|Arena|Library|Zoo|Cathedral|Harbou?r|Port|Museum of [\p{L} ]+)$/u;

/** A place's mention that is a facility named after a place: the place inside it is a place too. */
function isFacilityOfPlace(m: Mention): boolean {
  return m.kind === 'place' && m.text.includes(' ') && FACILITY_OF_PLACE.test(m.text);
}

function addPlacesNamedInside(articleId: string, m: Mention, groups: Map<string, Group>, next: () => number): void {
  for (const hit of gazetteer().find(m.text)) {
    if (hit.kind !== 'place' || hit.via === 'demonym' || hit.text === m.text) continue;
    const key = nameKey(hit.canonical);
    const gkey = `place:${key}`;
    let g = groups.get(gkey);
    if (!g) {
      g = { kind: 'place', names: new Map(), surfaces: new Set(), roles: [], genders: [], mentions: 0, articleIds: new Set(), first: next() };
      groups.set(gkey, g);
    }
    g.names.set(hit.canonical, (g.names.get(hit.canonical) ?? 0) + 1);
    g.mentions++;
    g.surfaces.add(hit.text);
    g.articleIds.add(articleId);
  }
}

// Head words a name may be referred back to by: "the House" for the House of Representatives,
// "the Society", "the Lodge", "the Square".
const REFERABLE_HEADS = new Set<string>([...ORG_HEADS, ...MORE_ORG_HEADS, ...VENUE_HEADS, 'House', 'Square', 'Press', 'Palace', 'Airport', 'Island', 'Islands']);
const HEAD_REFERENCE = /(?<![\p{L}\p{N}])(?:the|this|that) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}’'-]| (?:of|for)\b| \p{Lu})/gu;

// "free to Lodge guests", "open to House members": the head alone, after a preposition, before the
// noun it qualifies (no "the" before it). Not before a function word or verb ("to Park, who", "to Hall said").
const HEAD_BEFORE_NOUN = /(?<![\p{L}\p{N}])(?:to|for|of|with|by|from|among) (\p{Lu}\p{Ll}+) (?!(?:and|or|but|nor|the|a|an|in|on|at|to|of|for|by|with|from|as|is|was|are|were|be|been|has|had|have|said|says|told|who|whom|which|that|said|did|does|will|would|could|should|may|might|can)\b)\p{Ll}{3,}(?![\p{L}\p{N}’'-])/gu;

// Heads opening a name in another language, and the English head an English text refers back by.
const FOREIGN_HEADS: Record<string, string> = {
  Catedral: 'Cathedral', Cattedrale: 'Cathedral', Iglesia: 'Church', Chiesa: 'Church', Église: 'Church', Palacio: 'Palace',
  Palazzo: 'Palace', Museo: 'Museum', Musée: 'Museum', Castillo: 'Castle', Castello: 'Castle', Château: 'Castle', Mercado: 'Market',
  Teatro: 'Theatre', Puente: 'Bridge', Ponte: 'Bridge',
};

/** The head word a name of several words is referred back to by: its last word, or its first before "of". */
function headOf(name: string): string | undefined {
  const words = name.replace(/^the /i, '').split(' ');
  if (words.length < 2) return undefined;
  // "Catedral de San Ildefonso" is "the Cathedral" in an English text.
  const translated = FOREIGN_HEADS[words[0]!];
  if (translated && /^(?:de|del|de la|di|della|du|des)$/.test(words[1]!)) return translated;
  const head = words[1] === 'of' || words[1] === 'for' ? words[0]! : words[words.length - 1]!;
  return REFERABLE_HEADS.has(head) ? head : undefined;
}

/**
 * "the House" after "House of Representatives", "the Society" after "Society of the Cincinnati":
 * a head word alone, after "the", is the one organisation or place of the article with that head
 * (none when two have it). A group named by the head alone ("Senate") joins it too.
 */
function addHeadReferences(text: string, articleId: string, groups: Map<string, Group>): void {
  const owners = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.kind === 'person' || !g.articleIds.has(articleId)) continue;
    const heads = new Set([...g.names.keys()].map(headOf).filter((h): h is string => Boolean(h)));
    for (const h of heads) owners.set(h, [...(owners.get(h) ?? []), g]);
  }
  if (owners.size === 0) return;
  // "the House" is the House of Representatives, not the White House: of two names with the head,
  // the one that opens with it before "of" is the one the head alone refers back to.
  for (const [head, list] of owners) {
    if (list.length < 2) continue;
    const opening = list.filter((g) => [...g.names.keys()].some((n) => headOf(n) === head && /^(?:the )?\S+ (?:of|for) /i.test(n)));
    if (opening.length === 1) owners.set(head, opening);
  }
  for (const m of [...text.matchAll(HEAD_REFERENCE), ...text.matchAll(HEAD_BEFORE_NOUN)]) {
    const list = owners.get(m[1]!);
    if (list?.length !== 1) continue;
    list[0]!.surfaces.add(m[1]!);
  }
  for (const [head, list] of owners) {
    if (list.length !== 1) continue;
    for (const kind of ['organization', 'place'] as const) {
      const alone = groups.get(`${kind}:${nameKey(head)}`);
      if (alone && alone !== list[0] && !alone.into && alone.articleIds.has(articleId) && !gazetteer().lookup(head)) alone.into = list[0];
    }
  }
}

const STATE_FORM = /(?<![\p{L}\p{N}])(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Emirate|Grand Duchy|City|Municipality|Province|County|Island|Isle) of (\p{Lu}[\p{L}\p{M}-]*(?: \p{Lu}[\p{L}\p{M}-]*){0,2})/gu;

/**
 * "Republic of Albania", "State of Pennsylvania", "City of Tulsa": another form of a place the
 * article names. The head alone after "the" ("the State", "the Republic") then refers back to it,
 * when one place is so named; "the States" is the United States.
 */
function addStateForms(text: string, groups: Map<string, Group>): void {
  const byHead = new Map<string, Set<Group>>();
  for (const m of text.matchAll(STATE_FORM)) {
    const g = groups.get(`place:${nameKey(m[1]!)}`);
    if (!g) continue;
    rootOf(g).surfaces.add(m[0]);
    const head = m[0].slice(0, m[0].indexOf(' of '));
    byHead.set(head, (byHead.get(head) ?? new Set()).add(rootOf(g)));
  }
  const us = groups.get('place:united states');
  if (us) byHead.set('States', new Set([rootOf(us)]));
  for (const [head, owners] of byHead) {
    if (owners.size !== 1) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])(?:the|this|that) ${head}(?![\\p{L}\\p{N}’'-]| (?:of|for)\\b| \\p{Lu})`, 'u');
    if (alone.test(text)) [...owners][0]!.surfaces.add(`the ${head}`);
  }
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "U.S. Congress" or "Senate of the United States" where the organisation is named "Congress" or
 * "Senate": the name with a place the gazetteer knows before it or after "of" is the same
 * organisation's, as an alias. Where the text qualifies the name with two different places
 * ("Ohio Senate", "U.S. Senate") it is two bodies, and neither form is added.
 */
function addPlaceQualifiedForms(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    // A venue too: "Phoenix Sky Harbor International Airport" for "Sky Harbor International Airport".
    if ((g.kind !== 'organization' && !(g.kind === 'place' && [...g.names.keys()].some((n) => n.split(' ').length >= 3))) || g.into || !g.articleIds.has(articleId)) continue;
    const forms = new Map<string, string>();
    for (const name of new Set([...g.names.keys(), ...g.surfaces])) {
      const bare = name.replace(/^the /i, '');
      if (!/^\p{Lu}/u.test(bare)) continue;
      const { before, after } = placeQualifiedMatches(text, bare);
      for (const [matches, isAfter] of [[before, false], [after, true]] as const) {
        for (const m of matches) {
          const place = m[1]!;
          const known = gazetteer().lookup(place) ?? gazetteer().lookup(`the ${place}`);
          // "General Assembly of the United Nations": after "of", an international body qualifies a name too.
          if (known?.kind !== 'place' && !(isAfter && known?.kind === 'organization' && nameKey(known.canonical) !== nameKey(bare))) continue;
          forms.set(m[0], known.canonical);
        }
      }
    }
    if (new Set(forms.values()).size === 1) for (const f of forms.keys()) g.surfaces.add(f);
  }
  addLocatedForms(text, articleId, groups);
  addUnitShortForms(text, articleId, groups);
}

const UNIT_OF = /^(?:the )?(?:Office|Division|Department|Ministry|Bureau) (?:of|for) (?:the )?(\p{Lu}\S* (?:(?:and|of|for|&) )?\p{Lu}.*)$/u;

/**
 * "University Relations" where the text names the "Office of University Relations", "Homeland
 * Security" after the "Department of Homeland Security": a unit's name without "Office of" is its
 * form, when the text writes it so on its own; a group so named joins it. Only names of two words
 * or more ("Justice" alone is a word, not the Department of Justice).
 */
function addUnitShortForms(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind !== 'organization' || g.into || !g.articleIds.has(articleId)) continue;
    for (const name of [...g.names.keys()]) {
      const short = UNIT_OF.exec(name)?.[1];
      // "Office of the Prime Minister": the rest is a title, no name of the office.
      if (!short || /(?:Minister|President|Presidency|Secretary|General|Director|Governor|Commissioner|Chancellor|Chief|Speaker)$/.test(short)) continue;
      const alone = new RegExp(`(?<!(?:of|for) (?:the )?)(?<![\\p{L}\\p{N}])${esc(short)}(?![\\p{L}\\p{N}]| \\p{Lu})`, 'u');
      if (alone.test(text)) g.surfaces.add(short);
      const other = groups.get(`organization:${nameKey(short)}`);
      if (other && rootOf(other) !== g) rootOf(other).into = g;
    }
  }
}

/**
 * "Ohio State University in Columbus": an organisation's name with "in" and a place the gazetteer
 * knows or the article names is the form the text gives it there (a university, a firm's office).
 */
function addLocatedForms(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind !== 'organization' || g.into || !g.articleIds.has(articleId)) continue;
    for (const name of [...g.names.keys()]) {
      const bare = name.replace(/^the /i, '');
      // The literal first: most names are never followed by "in" (a regex per name would scan the whole text).
      if (!/^\p{Lu}/u.test(bare) || !bare.includes(' ') || !text.includes(`${bare} in `)) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(bare)} in (${PLACE_WORDS})(?![\\p{L}\\p{N}]| of\\b)`, 'gu');
      for (const m of text.matchAll(re)) {
        const place = m[1]!;
        const group = groups.get(`place:${nameKey(place)}`);
        if (gazetteer().lookup(place)?.kind === 'place' || group?.articleIds.has(articleId)) g.surfaces.add(m[0]);
      }
    }
  }
}

/**
 * "… the United Nations Interim Administration Mission in Kosovo (UNMIK)": an abbreviation in
 * brackets after a long name the mentions split up. The shortest run of capitalised words (and
 * small words between them) before the bracket whose initials spell the abbreviation is its full
 * name: an alias of the abbreviation's organisation, and pieces of it that are no name of their
 * own ("Interim Administration Mission") join it.
 */
function addAbbreviationsDefinedAfterLongNames(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const m of text.matchAll(/\((\p{Lu}[\p{Lu}&]{1,9})\)/gu)) {
    const abbr = m[1]!;
    const g = groups.get(`organization:${nameKey(abbr)}`) ?? groups.get(`place:${nameKey(abbr)}`);
    if (!g?.articleIds.has(articleId)) continue;
    const full = longNameBefore(text.slice(Math.max(0, m.index - 140), m.index).trimEnd(), abbr);
    if (!full) continue;
    const target = rootOf(g);
    target.surfaces.add(full);
    target.names.set(full, target.names.get(full) ?? 1);
    for (const other of groups.values()) {
      if (other.kind !== 'organization' || rootOf(other) === target || !other.articleIds.has(articleId)) continue;
      const name = longestName(other);
      if (name.split(' ').length >= 2 && full.includes(name) && !full.startsWith(name) && !gazetteer().lookup(name)) rootOf(other).into = target;
    }
  }
}

/**
 * "Paramus, NJ": a US state's postal code after a town is that state's alias where the article
 * names the state; a group named by the code alone ("NJ") joins it.
 */
function addStateCodes(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const m of text.matchAll(/\p{Lu}[\p{L}.’'-]+, ([A-Z]{2}(?![\p{L}\p{N}])|[A-Z][a-z]{1,4}\.(?!\p{L})|[A-Z]\.[A-Z][a-z]?\.)/gu)) {
    const state = US_STATE_CODES[m[1]!] ?? US_STATE_ABBREVIATIONS[m[1]!];
    const g = state ? groups.get(`place:${nameKey(state)}`) : undefined;
    if (!g?.articleIds.has(articleId)) continue;
    const target = rootOf(g);
    target.surfaces.add(m[1]!);
    // "Cal." after a town is no person "Cal", where that is all the text calls one.
    const abbreviated = m[1]!.endsWith('.');
    for (const kind of ['organization', 'place', 'person'] as const) {
      const other = groups.get(`${kind}:${nameKey(m[1]!)}`);
      if (kind === 'person' && (!abbreviated || (other?.mentions ?? 0) > 1)) continue;
      if (other && rootOf(other) !== target) rootOf(other).into = target;
    }
  }
}

// Labels of codes, not actors where a code follows: "(IATA: TUL)".
const CODE_LABELS = /^(?:IATA|ICAO|ISBN|ISSN|DOI)$/;

/**
 * "the source text (ST)", "return on equity (ROE)": an abbreviation the text defines for words in
 * lower case is a term, not a name, wherever it is used.
 */
export function termsDefinedInLowerCase(text: string): Set<string> {
  const terms = new Set<string>();
  if (!text.includes('(')) return terms;
  for (const m of text.matchAll(/((?:\p{Ll}[\p{Ll}-]* ){2,6})\((\p{Lu}{2,6})\)/gu)) {
    const words = m[1]!.trim().split(' ');
    const abbr = m[2]!;
    if (spells(abbr, words.slice(words.length - abbr.length).map((w) => w.toUpperCase())) || spells(abbr, words.slice(-abbr.length - 1).map((w) => w.toUpperCase()))) terms.add(abbr);
  }
  return terms;
}

/**
 * "Tarn Regional Airport (IATA: TRN)": an airport's code is its alias, and a group named by the
 * code alone joins the airport (the name ending right before the bracket, the longest known).
 */
function addAirportCodes(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const m of text.matchAll(/ \((?:IATA|ICAO)(?: code)?:? ([A-Z]{3,4})\)/g)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    let best: Group | undefined;
    let bestLength = 0;
    for (const g of groups.values()) {
      if (g.kind === 'person' || !g.articleIds.has(articleId)) continue;
      for (const s of g.surfaces) if (s.length > bestLength && before.endsWith(s)) [best, bestLength] = [g, s.length];
    }
    if (!best) continue;
    const target = rootOf(best);
    target.surfaces.add(m[1]!);
    // "Cal." after a town is no person "Cal", where that is all the text calls one.
    const abbreviated = m[1]!.endsWith('.');
    for (const kind of ['organization', 'place', 'person'] as const) {
      const other = groups.get(`${kind}:${nameKey(m[1]!)}`);
      if (kind === 'person' && (!abbreviated || (other?.mentions ?? 0) > 1)) continue;
      if (other && rootOf(other) !== target) rootOf(other).into = target;
    }
  }
}

/**
 * "GW Bridge" where the article names the "George Washington Bridge": the initials of the words
 * before the head, then the head, are another form of the name; a group so named joins it.
 */
function addInitialledForms(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind === 'person' || g.into || !g.articleIds.has(articleId)) continue;
    for (const name of [...g.names.keys()]) {
      const words = name.replace(/^the /i, '').split(' ');
      // "School of Open Africa" / "SOO Africa": "of" and "for" inside the name give their letter too.
      const inner = (w: string, i: number) => i > 0 && i < words.length - 2 && /^(?:of|for)$/.test(w);
      if (words.length < 3 || words.length > 5 || !words.every((w, i) => /^\p{Lu}\p{Ll}+$/u.test(w) || inner(w, i))) continue;
      const letters = words.slice(0, -1).map((w) => w[0]!.toUpperCase()).join('');
      const form = `${letters} ${words[words.length - 1]}`;
      if (!new RegExp(`(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`, 'u').test(text)) continue;
      g.surfaces.add(form);
      // The initials alone, read as a name of their own before the head ("SOO Africa teams"), join it
      // when they are three letters or more (two collide too easily).
      const forms = letters.length >= 3 ? [form, letters] : [form];
      for (const kind of ['organization', 'place'] as const) {
        for (const f of forms) {
          const other = groups.get(`${kind}:${nameKey(f)}`);
          if (other && rootOf(other) !== rootOf(g)) rootOf(other).into = rootOf(g);
        }
      }
    }
  }
}

/**
 * "Tåsinge" where the mentions spell "Taasinge", "Valdana" where they spell "Valdaña": a word the
 * text writes with other accents is the same place's or organisation's name (one-word names only).
 */
function addAccentVariants(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const m of text.matchAll(/(?<![\p{L}\p{M}’'-])\p{Lu}[\p{L}\p{M}]{2,}(?![\p{L}\p{M}’'-])/gu)) {
    const word = m[0];
    const key = nameKey(word);
    for (const kind of ['place', 'organization'] as const) {
      const g = groups.get(`${kind}:${key}`);
      if (!g?.articleIds.has(articleId)) continue;
      const target = rootOf(g);
      if (target.surfaces.has(word) || g.names.has(word)) continue;
      if (/^[\x00-\x7f]*$/.test(word) && [...g.names.keys()].every((n) => /^[\x00-\x7f]*$/.test(n))) continue;
      target.surfaces.add(word);
    }
  }
}

/**
 * "Sheikh Lotfollah Mosque" and "Sheikh Lotf Allah Mosque", "Ministry of Defence" and "Ministry of
 * Defense": two names of places or organisations in one article that differ by one letter (spaces,
 * hyphens and apostrophes aside) are one name spelt two ways. Long names of several words only, with
 * the same first and last word and no digit or numeral ("Terminal 3", "Louis XIV"): short ones collide
 * ("Gambia", "Zambia"), people too ("Daniel"/"Daniela"), so people are left alone.
 */
function mergeSpellingVariants(articleId: string, groups: Map<string, Group>): void {
  const squash = (n: string) => n.toLowerCase().replace(/[\s’'-]+/g, '');
  for (const kind of ['place', 'organization'] as const) {
    const names: [Group, string][] = [];
    for (const g of groups.values()) {
      if (g.kind !== kind || !g.articleIds.has(articleId)) continue;
      for (const n of g.names.keys()) {
        const words = n.replace(/^the /i, '').split(' ');
        if (words.length >= 2 && squash(n).length >= 12 && !/\d|\b[IVXLC]+\b/.test(n)) names.push([g, n]);
      }
    }
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [ga, a] = names[i]!;
        const [gb, b] = names[j]!;
        if (rootOf(ga) === rootOf(gb)) continue;
        const wa = a.split(' ');
        const wb = b.split(' ');
        if (wa[0] !== wb[0] || wa[wa.length - 1] !== wb[wb.length - 1]) continue;
        if (!oneEditApart(squash(a), squash(b))) continue;
        const [keep, join] = ga.mentions >= gb.mentions ? [ga, gb] : [gb, ga];
        rootOf(join).into = rootOf(keep);
      }
    }
  }
}

/** Whether two different strings differ by one letter replaced, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** "the Chathams" where the article names the "Chatham Islands": the plural of the name's word is the group's alias. */
function addIslandPlurals(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind !== 'place' || g.into || !g.articleIds.has(articleId)) continue;
    for (const name of [...g.names.keys()]) {
      const m = /^(?:the )?(\p{Lu}\p{Ll}+[^s\W]) Islands$/u.exec(name);
      if (m && new RegExp(`(?<![\\p{L}\\p{N}])${m[1]}s(?![\\p{L}\\p{N}])`, 'u').test(text)) g.surfaces.add(`${m[1]}s`);
    }
  }
}

/** "Main St." where the article names "Main Street": the abbreviated form is an alias. */
function addStreetAbbreviations(text: string, articleId: string, groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.kind !== 'place' || g.into || !g.articleIds.has(articleId)) continue;
    for (const name of [...g.names.keys()]) {
      const words = name.split(' ');
      const abbr = STREET_ABBREVIATIONS[words[words.length - 1]!];
      if (!abbr || words.length < 2) continue;
      const short = [...words.slice(0, -1), abbr].join(' ');
      if (new RegExp(`(?<![\\p{L}\\p{N}])${esc(short)}`, 'u').test(text)) g.surfaces.add(short);
    }
  }
}

/**
 * "New York" where the article names "New York City" and never the state ("New York State",
 * "state of New York", "upstate New York"): the city, the one city whose common name drops "City".
 */
function mergeNewYork(text: string, articleId: string, groups: Map<string, Group>): void {
  const city = groups.get('place:new york city');
  const bare = groups.get('place:new york');
  if (!city || !bare || !city.articleIds.has(articleId) || !bare.articleIds.has(articleId) || rootOf(bare) === rootOf(city)) return;
  if (/New York State|New York state|[Ss]tate of New York|[Uu]pstate New York|New York Governor|Governor of New York/.test(text)) return;
  rootOf(bare).into = rootOf(city);
}

const SMALL = /^(?:of|the|and|for|in|on|at|de|du|la|le|des|&)$/;

/** The shortest name ending the text whose word initials (small words may give a letter or none) spell `abbr`. */
export function longNameBefore(before: string, abbr: string): string | undefined {
  const words = before.split(' ');
  const letters = abbr.replace(/&/g, '');
  for (let n = 2; n <= Math.min(words.length, letters.length + 4); n++) {
    const run = words.slice(words.length - n);
    if (!/^\p{Lu}/u.test(run[0]!) || !run.every((w) => /^\p{Lu}[\p{L}\p{M}’'-]*$/u.test(w) || SMALL.test(w))) continue;
    if (SMALL.test(run[run.length - 1]!)) return undefined;
    if (spells(letters, run)) return run.join(' ');
  }
  return undefined;
}

/**
 * The letters are the initials of words of the run in order ("UNMIK": United Nations [Interim
 * Administration] Mission in Kosovo); the first and the last word each give one.
 */
function spells(letters: string, words: string[], li = 0, wi = 0): boolean {
  if (wi === words.length) return li === letters.length;
  const w = words[wi]!;
  const edge = wi === 0 || wi === words.length - 1;
  if (li < letters.length && w[0]!.toUpperCase() === letters[li] && spells(letters, words, li + 1, wi + 1)) return true;
  return !edge && spells(letters, words, li, wi + 1);
}

/**
 * "Daly explained …" where the article names "Marymegan Daly": a surname written alone (no other
 * capitalised word beside it) is an alias of the one person with that surname, when no other
 * actor of any kind goes by it.
 */
function addSurnamesAlone(groups: Map<string, Group>, analysis: Analysis): void {
  const bySurname = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.kind !== 'person' || g.into) continue;
    // "Peter the Great": an epithet is no surname.
    const name = longestName(g).split(' the ')[0]!;
    const words = name.split(' ');
    if (nameParts(name).length < 2 || SURNAME_FIRST.has(words[0]!)) continue;
    const last = words[words.length - 1]!;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last)) continue;
    bySurname.set(last, [...(bySurname.get(last) ?? []), g]);
  }
  const used = new Set<string>();
  for (const g of groups.values()) if (!g.into && (g.kind !== 'person' || nameParts(longestName(g)).length === 1)) for (const n of g.names.keys()) used.add(nameKey(n));
  for (const [surname, list] of bySurname) {
    if (list.length !== 1 || used.has(nameKey(surname)) || gazetteer().lookup(surname)) continue;
    const owner = list[0]!;
    if (owner.surfaces.has(surname)) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{Lu}[\\p{L}.’'-]* )${surname}(?![\\p{L}\\p{N}]| \\p{Lu})`, 'u');
    if (analysis.articles.some(({ article }) => owner.articleIds.has(article.id) && alone.test(article.text))) owner.surfaces.add(surname);
  }
}

/**
 * "Office of Science" where the text only ever writes "Office of Science and Technology Policy",
 * "Sent Gaming" only inside "Heaven Sent Gaming": a name every occurrence of which, in every
 * article naming it, lies inside one longer name of another actor is a piece of that name, not
 * an actor. A place the gazetteer knows stays, and so does any place inside an organisation's
 * name (the "Oslo" of "University of Oslo", the "Columbus" of "… University in Columbus" are named too).
 */
function mergePiecesOfLongerNames(groups: Map<string, Group>, analysis: Analysis): void {
  const roots = [...groups.values()].filter((g) => !g.into);
  // Longer names by each of their words, so that a name's possible hosts are found without a scan of all.
  const byWord = new Map<string, Group[]>();
  for (const h of roots) for (const t of h.surfaces) for (const w of new Set(t.split(' '))) if (t.includes(' ')) byWord.set(w, [...(byWord.get(w) ?? []), h]);
  const articles = new Map(analysis.articles.map(({ article }) => [article.id, article]));
  for (const g of roots) {
    if ([...g.names.keys()].some((n) => gazetteer().lookup(n))) continue;
    const forms = [...new Set([...g.names.keys(), ...g.surfaces])];
    const hostsOf = new Map(forms.map((f) => [f, [...new Set(byWord.get(f.split(' ')[0]!) ?? [])].filter((h) => h !== g && [...h.surfaces].some((t) => t.length > f.length && t.includes(f)))]));
    if (forms.every((f) => hostsOf.get(f)!.length === 0)) continue;
    let owner: Group | undefined;
    let alone = false;
    for (const id of g.articleIds) {
      const text = articles.get(id)?.text ?? '';
      for (const form of forms) {
        for (const at of occurrences(text, form)) {
          const host = hostsOf.get(form)!.find((h) => !h.into && h.articleIds.has(id) && !(g.kind === 'place' && h.kind !== 'place') && [...h.surfaces].some((t) => t.length > form.length && t.includes(form) && covers(text, t, at, form.length)));
          if (!host || (owner && host !== owner)) alone = true;
          else owner = host;
          if (alone) break;
        }
        if (alone) break;
      }
      if (alone) break;
    }
    if (owner && !alone) {
      g.into = owner;
      // The piece is no form of the longer name: it gives that actor neither a name nor an alias.
      g.names = new Map();
      g.surfaces = new Set();
    }
  }
}

/** Where `form` stands as whole words in the text. */
function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + form.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(i);
  }
  return out;
}

/** True when an occurrence of `longer` in the text spans [at, at + length). */
function covers(text: string, longer: string, at: number, length: number): boolean {
  const from = Math.max(0, at + length - longer.length);
  for (let i = text.indexOf(longer, from); i >= 0 && i <= at; i = text.indexOf(longer, i + 1)) if (i + longer.length >= at + length) return true;
  return false;
}

/**
 * "U.S. Congress" and "Congress", "UN General Assembly" and "General Assembly of the United
 * Nations": an organisation named with its place before or after it and the same name without
 * it are one, when only one place is so named with it.
 */
function mergePlacePrefixed(groups: Map<string, Group>): void {
  const byCore = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.kind !== 'organization' || g.into) continue;
    const core = placeFreeCore(longestName(g));
    if (core) byCore.set(nameKey(core), [...(byCore.get(nameKey(core)) ?? []), g]);
  }
  for (const [key, list] of byCore) {
    const bare = groups.get(`organization:${key}`);
    const owners = list.filter((g) => g !== bare);
    if (owners.length !== 1) continue;
    if (bare && !bare.into) bare.into = owners[0];
  }
}

/** The name without a leading or closing place the gazetteer knows ("U.S. Congress" → "Congress"), or undefined. */
function placeFreeCore(name: string): string | undefined {
  const words = name.replace(/^the /i, '').split(' ');
  if (words.length < 2) return undefined;
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const lead = gazetteer().lookup(words.slice(0, n).join(' '));
    if (lead) return words.slice(n).join(' ');
  }
  const of = /^(.+?) of (?:the )?(.+)$/.exec(words.join(' '));
  if (of && gazetteer().lookup(of[2]!)) return of[1];
  return undefined;
}

function absorb(into: Group, g: Group): void {
  for (const [n, c] of g.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
  for (const s of g.surfaces) into.surfaces.add(s);
  into.roles.push(...g.roles);
  into.genders.push(...g.genders);
  into.mentions += g.mentions;
  for (const id of g.articleIds) into.articleIds.add(id);
  into.first = Math.min(into.first, g.first);
}

function longestName(g: Group): string {
  return [...g.names.entries()].sort((a, b) => nameParts(b[0]).length - nameParts(a[0]).length || b[1] - a[1])[0]![0];
}

/** Surname-only groups join the one full name that has the surname; full-name variants join up. */
function mergePeople(people: Group[]): void {
  const full = people.filter((g) => nameParts(longestName(g)).length >= 2).sort((a, b) => b.mentions - a.mentions);
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const a = full[i]!;
      const b = full[j]!;
      if (!b.into && !a.into && samePerson(longestName(a), longestName(b))) b.into = a;
    }
  }
  const bySurname = new Map<string, Group[]>();
  const byGiven = new Map<string, Group[]>();
  const add = (map: Map<string, Group[]>, key: string, g: Group) => {
    const list = map.get(key);
    if (list) list.push(g);
    else map.set(key, [g]);
  };
  for (const g of full) {
    if (g.into) continue;
    for (const s of surnames(longestName(g))) add(bySurname, s, g);
    add(byGiven, nameParts(longestName(g))[0]!, g);
  }
  for (const g of people) {
    if (g.into || nameParts(longestName(g)).length !== 1) continue;
    const part = nameParts(longestName(g))[0]!;
    const owners = bySurname.get(part) ?? byGiven.get(part);
    // "Peter Varn, the brother of Inspector Varn": a surname only ever written as a relative's is not
    // Peter's (a relative given the same title was resolved with the mentions).
    if (g.kinMentions === g.mentions) continue;
    if (owners && owners.length > 0) g.into = ownerByTitle(g, owners) ?? [...owners].sort((a, b) => b.mentions - a.mentions)[0];
  }
}

const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Judge|Justice|Senator|Sen|Governor|Gov|Mayor|General|Gen|Colonel|Col|Captain|Capt|Inspector|Sister|Brother|Father)\.?$/;
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady|Sister)\.?$/;
const MALE_TITLE = /^(?:Mr|Sir|Lord|Brother|Father)\.?$/;

/**
 * "Dr. Nelson" where the text names Dr. Alondra Nelson and Bill Nelson: of several people with the
 * surname, the one the text gives the same title, or else the one whose gender the title says
 * ("Mrs. Nelson"); undefined when that picks no single one.
 */
function ownerByTitle(g: Group, owners: Group[]): Group | undefined {
  if (owners.length < 2) return undefined;
  const titles = new Set([...g.surfaces].map((s) => s.split(' ')[0]!).filter((w) => TITLE_WORD.test(w)).map((w) => w.replace(/\.$/, '')));
  if (titles.size === 0) return undefined;
  const titled = owners.filter((o) => [...o.surfaces].some((s) => titles.has(s.split(' ')[0]!.replace(/\.$/, ''))));
  if (titled.length === 1) return titled[0];
  const wants = [...titles].some((t) => FEMALE_TITLE.test(t)) ? 'female' : [...titles].some((t) => MALE_TITLE.test(t)) ? 'male' : undefined;
  if (!wants) return undefined;
  const fit = owners.filter((o) => genderOf(o) === wants);
  return fit.length === 1 ? fit[0] : undefined;
}

function genderOf(g: Group): Gender | undefined {
  const male = g.genders.filter((x) => x === 'male').length;
  const female = g.genders.length - male;
  return male > female ? 'male' : female > male ? 'female' : undefined;
}

const rootOf = (g: Group): Group => (g.into ? rootOf(g.into) : g);

/**
 * "Ālī Qāpū (The Royal Palace)", "Varn Arena ("The V")", "Jerome (Latin: Eusebius Hieronymus)": the
 * name in brackets is the same one's, an alias, and a group so named joins it. Never a place the
 * gazetteer knows ("Leiden (The Netherlands)" is where, not who), nor another person named in full;
 * a language's name only for a person, and only a person's. A "person" whose other name is a
 * palace or a square ("Chehel Sotoun (The Palace of Forty Columns)") is that place.
 */
function mergeBracketed(bracketed: [Group, BracketedName][], groups: Map<string, Group>): void {
  for (const [g, alt] of bracketed) {
    // A name the gazetteer knows is where or for whom ("Leiden (The Netherlands)", "Ann Varn (The Guardian)").
    if (gazetteer().lookup(alt.name) ?? gazetteer().lookup(alt.name.replace(/^The /, ''))) continue;
    const target = rootOf(g);
    if (alt.via === 'language' && target.kind !== 'person') continue;
    const kinds = alt.via === 'language' ? (['person'] as const) : (['place', 'organization', 'person'] as const);
    const other = kinds.map((k) => groups.get(`${k}:${nameKey(alt.name)}`)).find((o) => o && rootOf(o) !== target);
    if (other && alt.via !== 'language' && other.kind === 'person' && nameParts(longestName(other)).length >= 2) continue;
    // In apposition only a place's name is another name ("Joe Varn, the Party Leader," gives a role).
    if (alt.via === 'apposition' && !(namesAPlace(alt.name) && (target.kind !== 'person' || target.roles.length === 0))) continue;
    // A person's bracket names another only as a place ("… (The Palace of …)") or as said ("known as"):
    // "Ann Varn (The Varnby Courier)" is where she writes.
    if (target.kind === 'person' && (alt.via === 'the' || alt.via === 'apposition' || other?.kind !== 'person') && alt.via !== 'language' && alt.via !== 'known' && !namesAPlace(alt.name)) continue;
    if (target.kind === 'person' && alt.via === 'known' && other && other.kind !== 'person') continue;
    target.surfaces.add(alt.name);
    if (target.kind === 'person' && alt.via !== 'language' && target.roles.length === 0 && namesAPlace(alt.name)) {
      if (other && other.kind !== 'person') {
        target.into = rootOf(other);
        continue;
      }
      target.kind = 'place';
    }
    if (other) rootOf(other).into = target;
  }
}

/**
 * "Korean People's Army (KPA)": the abbreviation an article defines joins the name, as an alias
 * even where the abbreviation is not used again, and with every mention of it in any article.
 */
function mergeDefined(defined: [Group, string][], groups: Map<string, Group>): void {
  for (const [g, abbr] of defined) {
    const target = rootOf(g);
    target.surfaces.add(abbr);
    for (const kind of ['organization', 'place', 'person'] as const) {
      const other = groups.get(`${kind}:${nameKey(abbr)}`);
      if (other && rootOf(other) !== target) rootOf(other).into = target;
    }
  }
}

/**
 * "Tsinghua" joins "Tsinghua University", "Socotra" "Socotra Island", when exactly one name has
 * that short form and the gazetteer does not know the short form as a place of its own (it may,
 * for an island: "Socotra" is the island). Where the article writes the short form without its
 * being a mention ("teaching at Tsinghua"), it is an alias all the same, unless it is part of a
 * person's name.
 */
function mergeShortForms(groups: Map<string, Group>, analysis: Analysis): void {
  const owners = new Map<string, Group[]>();
  const shorts = new Map<Group, string>();
  for (const g of groups.values()) {
    if (g.kind === 'person' || g.into) continue;
    const short = shortForm(longestName(g)) ?? (g.kind === 'organization' ? teamShortForm(longestName(g)) : undefined);
    if (!short) continue;
    const key = nameKey(short);
    owners.set(key, [...(owners.get(key) ?? []), g]);
    shorts.set(g, short);
  }
  const personWords = new Set<string>();
  for (const g of groups.values()) if (g.kind === 'person') for (const n of g.names.keys()) for (const w of n.split(' ')) personWords.add(w);
  for (const [key, list] of owners) {
    if (list.length !== 1) continue;
    const owner = list[0]!;
    const short = shorts.get(owner)!;
    const known = gazetteer().lookup(short);
    if (known && !(owner.kind === 'place' && PLACE_SHORT_HEAD.has(droppedHead(longestName(owner))))) continue;
    // A square's or a street's short form is a place's only ("Times Square" is not The Times).
    for (const kind of PLACE_ONLY_HEAD.has(droppedHead(longestName(owner))) ? (['place'] as const) : (['organization', 'place'] as const)) {
      const g = groups.get(`${kind}:${key}`);
      if (!g || g.into || g === owner) continue;
      g.into = owner;
    }
    const team = teamShortForm(longestName(owner)) === short;
    if (personWords.has(short) || groups.has(`person:${key}`) || (/\s/.test(short) && !team)) continue;
    const inSentence = SHORT_IN_SENTENCE_ONLY.has(droppedHead(longestName(owner))) ? '(?<=(?<![\\p{L}])\\p{Ll}+,? )' : '';
    const alone = new RegExp(`${inSentence}(?<![\\p{L}\\p{N}])(?<!(?<![\\p{L}])(?!(?:The|A|An) )\\p{Lu}[\\p{L}’'-]* )${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]| \\p{Lu})`, 'u');
    if (analysis.articles.some(({ article }) => owner.articleIds.has(article.id) && alone.test(article.text))) owner.surfaces.add(short);
  }
}

/**
 * "KCNA" joins "Korean Central News Agency" when exactly one organisation has those initials, or
 * else the one organisation whose name it closes ("Air Force ROTC").
 */
function mergeAcronyms(orgs: Group[]): void {
  const byInitials = new Map<string, Group[]>();
  for (const g of orgs) {
    const name = longestName(g);
    if (/^[A-Z]{2,}$/.test(name)) continue;
    const ini = initials(name);
    if (ini.length >= 2) {
      const list = byInitials.get(ini);
      if (list) list.push(g);
      else byInitials.set(ini, [g]);
    }
  }
  // "Air Force ROTC" and "ROTC": an abbreviation closing one organisation's longer name is that one.
  const byLastWord = new Map<string, Group[]>();
  for (const g of orgs) {
    const words = longestName(g).split(' ');
    if (words.length < 2 || words.includes('of') || !/^[A-Z]{3,}$/.test(words[words.length - 1]!)) continue;
    byLastWord.set(words[words.length - 1]!, [...(byLastWord.get(words[words.length - 1]!) ?? []), g]);
  }
  for (const g of orgs) {
    const name = longestName(g);
    if (!/^[A-Z]{2,}$/.test(name) || g.into) continue;
    const owners = byInitials.get(name) ?? byLastWord.get(name);
    if (owners?.length === 1 && owners[0] !== g) g.into = owners[0];
  }
}

function bestRole(g: Group): string | undefined {
  if (g.roles.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const r of g.roles) counts.set(nameKey(r.role), (counts.get(nameKey(r.role)) ?? 0) + 1);
  return [...g.roles].sort((a, b) => a.rank - b.rank || counts.get(nameKey(b.role))! - counts.get(nameKey(a.role))! || a.order - b.order)[0]!.role;
}

function toActor(g: Group): ActorEntry {
  // An organisation is named in full rather than by its abbreviation ("Brevian People’s Army", not "BPA").
  const acronym = (n: string) => (/^[\p{Lu}\d&.-]+$/u.test(n) ? 1 : 0);
  const name = g.kind === 'person' ? longestName(g) : [...g.names.entries()].sort((a, b) => acronym(a[0]) - acronym(b[0]) || b[1] - a[1] || b[0].length - a[0].length)[0]![0];
  const role = bestRole(g);
  const male = g.genders.filter((x) => x === 'male').length;
  const female = g.genders.length - male;
  const gender: Gender | undefined = male > female ? 'male' : female > male ? 'female' : undefined;
  return {
    name,
    kind: g.kind,
    ...(role ? { role } : {}),
    aliases: [...g.surfaces],
    mentions: g.mentions,
    articleIds: [...g.articleIds],
    ...(gender ? { gender } : {}),
  };
}
